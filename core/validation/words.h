#pragma once

#include <initializer_list>
#include <QString>

namespace kasibi::validation {

// One phrase in the three languages of the interface.
struct Words {
    QString ru;
    QString kk;
    QString en;

    // The wording in "ru", "kk" or "en" (any other: English).
    const QString& in(const QString& language) const;
    // The same text in every language: a number, a code, a value the user typed.
    static Words same(const QString& text);
    // A value the user typed, in the quotation marks of each language («…», "…").
    static Words inQuotes(const QString& text);
    static Words inQuotes(const Words& words);
};

// The phrase with %1, %2, ... replaced by the values in each language, in one pass: a value
// that holds "%1" itself stays as it is.
Words fill(const Words& phrase, std::initializer_list<Words> values);

} // namespace kasibi::validation
