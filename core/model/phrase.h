#pragma once

#include <initializer_list>
#include <QString>

namespace kasibi {

// One text in the languages Kasibi speaks: Kazakh and Russian, the two a standard is written and
// published in, and English, which the interface and the validator's messages also speak. The
// same type holds a document's texts (where English is empty), the fixed wording of a printed
// document, the messages of the checks and the titles of criteria, steps and statuses, so each
// is looked up one way. Kazakh first, as the standards print it; an empty wording is one not
// written yet.
struct Phrase {
    QString kk;
    QString ru;
    QString en;

    // The wording in "kk", "ru" or "en". English falls back on Russian where there is none
    // (a document's texts, the printed wording); any other language reads Russian.
    const QString& in(const QString& language) const {
        if (language == QLatin1String("kk")) return kk;
        if (language == QLatin1String("en") && !en.isEmpty()) return en;
        return ru;
    }
    // The wording where a format keeps one string for the text (the conclusion's state body and
    // remarks in the interchange format): the Russian, or the Kazakh when there is no Russian.
    QString asOneString() const { return ru.trimmed().isEmpty() ? kk : ru; }
    bool isEmpty() const {
        return kk.trimmed().isEmpty() && ru.trimmed().isEmpty() && en.trimmed().isEmpty();
    }
    bool operator==(const Phrase&) const = default;

    // The same text in every language: a number, a code, a value the user typed.
    static Phrase same(const QString& text) { return {text, text, text}; }
    // A value in the quotation marks of each language («…», "…").
    static Phrase inQuotes(const QString& text) { return inQuotes(same(text)); }
    static Phrase inQuotes(const Phrase& phrase);
};

// A text in the quotation marks of Kazakh and Russian, «…».
inline QString quoted(const QString& text) {
    return QStringLiteral("«") + text + QStringLiteral("»");
}
// A text in English quotation marks, "…".
inline QString enQuoted(const QString& text) {
    return QLatin1Char('"') + text + QLatin1Char('"');
}

// The phrase with %1, %2, ... replaced by the values in each language, in one pass: a value
// that holds "%1" itself stays as it is.
Phrase fill(const Phrase& phrase, std::initializer_list<Phrase> values);

} // namespace kasibi
