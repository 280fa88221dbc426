#pragma once

#include "core/model/phrase.h"

#include <QString>

namespace kasibi {

// How the recognition of a standard reads the text of a field as Word prints it: quotes, list
// numbers, dashes that mean "none", and a form of a name to compare two printings of it.
class PrintedText {
public:
    // The text without the quotes around it («…», "…", “…”), when they enclose all of it.
    static QString stripQuotes(QString text);
    // The lines of a text, each simplified, joined by '\n'.
    static QString cleanLines(const QString& text);
    // «-», «–» or «—» alone: the field is printed as not applying.
    static bool isDash(const QString& text);
    static bool hasLetters(const QString& text);
    // Lower case, without quotes, spaces and punctuation: two printings of one name compare equal.
    static QString comparable(QString text);
    // Whether the text is the mark in Russian or in Kazakh.
    static bool isMark(const QString& text, const Phrase& mark);
    // «1. text»: the number is the layout's running item number, not the text's.
    static QString withoutItemNumber(const QString& text);
};

} // namespace kasibi
