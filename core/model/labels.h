#pragma once

#include <QCoreApplication>
#include <QString>

namespace kasibi {

// What the user reads for each field, list and element of the schema: one table, in the
// wording of the Rules, translated like the rest of the interface.
class Labels {
    Q_DECLARE_TR_FUNCTIONS(Labels)
public:
    // "Main purpose of the activity"
    static QString field(const QString& kind, const QString& field);
    // A longer explanation shown under the label and as a tooltip; may be empty.
    static QString hint(const QString& kind, const QString& field);
    // Heading of a list of children: "Other possible names of the profession".
    static QString list(const QString& kind, const QString& role);
    // One element of that list, in running text: "skill", "profession card".
    static QString elementName(const QString& kind, const QString& role);
    // The same as the heading of its page: "Profession card", "Skill".
    static QString pageTitle(const QString& kind);
    // The text with a capital first letter: a phrase built around an element's name may begin
    // with it (Kazakh puts the object first: "%1 қосу").
    static QString sentence(QString text);
    static QString enumValue(const QString& field, const QString& value);
    static QString language(const QString& code);
    // Heading of chapter 1-4 of the standard; 5 is extra chapters and appendices.
    static QString chapter(int chapter);
    // Whether people write paragraphs in this field (a multi-line editor).
    static bool isParagraph(const QString& kind, const QString& field);
    // A label put in running text: "Main purpose" -> "main purpose", acronyms kept.
    static QString sentenceFragment(const QString& label);
};

} // namespace kasibi
