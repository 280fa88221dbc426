#pragma once

#include <QString>
#include <QVector>

namespace kasibi {

enum class Severity { Error, Warning };

// One problem found by validation, pointing at the field that fails.
struct Finding {
    QString criterion; // Appendix 3 number: "1.1" ... "3.5", "1.2a" for the glossary
    Severity severity = Severity::Error;
    QString path;      // JSON Pointer in the interchange format, e.g. /standard/passport/name
    QString elementId; // id of the element the field belongs to
    QString field;     // field name within that element as in Schema ("" for the element itself)
    QString language;  // "kk" or "ru" when the finding is about one language, else ""
    QString messageRu;
    QString messageKk;
    QString messageEn;

    QString message(const QString& language) const {
        if (language == QLatin1String("kk")) return messageKk;
        if (language == QLatin1String("en")) return messageEn;
        return messageRu;
    }
};

using Findings = QVector<Finding>;

} // namespace kasibi
