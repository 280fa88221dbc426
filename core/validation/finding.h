#pragma once

#include "core/model/phrase.h"

#include <QString>
#include <QStringList>
#include <QVector>

namespace kasibi {

// Info: something the author should know but need not act on (e.g. the serial number the
// platform will assign); it neither fails a criterion nor counts as a warning.
enum class Severity { Error, Warning, Info };

// As the command line and the JSON output name it.
inline QString severityName(Severity severity) {
    switch (severity) {
    case Severity::Error:
        return QStringLiteral("error");
    case Severity::Warning:
        return QStringLiteral("warning");
    case Severity::Info:
        break;
    }
    return QStringLiteral("info");
}

// One problem found by validation, pointing at the field that fails.
struct Finding {
    QString criterion; // Appendix 3 number: "1.1" ... "3.5", "1.2a" for the glossary
    Severity severity = Severity::Error;
    QString path;      // JSON Pointer in the interchange format, e.g. /standard/passport/name
    QString elementId; // id of the element the field belongs to
    QString field;     // field name within that element as in Schema ("" for the element itself)
    QString language;  // "kk" or "ru" when the finding is about one language, else ""
    Phrase message;
    // The message without the place it begins with, and that place from the outside in
    // ("Карточка «Взрывник»", "трудовая функция 2"): for a view that shows the place otherwise
    // (by grouping) and the instruction first. Empty when the message names no place.
    Phrase instruction;
    QVector<Phrase> place;
    // A finding about the check itself (a classifier edition that does not reach a level, what
    // to load into Kasibi) is for the user of the program: a conclusion is never drafted from it.
    bool aboutTheCheck = false;
    // What a conclusion's remark says (Kazakh and Russian) where the message names what the
    // standard knows nothing of (the classifier edition it was checked against); empty: the
    // message itself.
    Phrase remark;

    QString instructionIn(const QString& language) const {
        const QString& own = instruction.in(language);
        return own.isEmpty() ? message.in(language) : own;
    }
    QString remarkIn(const QString& language) const {
        const QString& own = remark.in(language);
        return own.isEmpty() ? message.in(language) : own;
    }
    QStringList placeIn(const QString& language) const {
        QStringList names;
        for (const Phrase& part : place)
            names << part.in(language);
        return names;
    }
};

using Findings = QVector<Finding>;

} // namespace kasibi
