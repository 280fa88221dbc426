#include "findingoutput.h"

namespace findingoutput {

using namespace kasibi;

QJsonObject toJson(const Finding& finding, const QString& language) {
    return QJsonObject{{QStringLiteral("criterion"), finding.criterion},
                       {QStringLiteral("severity"), finding.severity == Severity::Error
                                                        ? QStringLiteral("error")
                                                        : QStringLiteral("warning")},
                       {QStringLiteral("path"), finding.path},
                       {QStringLiteral("elementId"), finding.elementId},
                       {QStringLiteral("language"), finding.language},
                       {QStringLiteral("message"), finding.message(language)}};
}

QString toLine(const Finding& finding, const QString& language) {
    QString line = (finding.severity == Severity::Error ? QStringLiteral("error")
                                                        : QStringLiteral("warning")) +
                   QStringLiteral(" [") + finding.criterion + QStringLiteral("] ") + finding.path;
    if (!finding.language.isEmpty())
        line += QStringLiteral(" (") + finding.language + QLatin1Char(')');
    return line + QStringLiteral(": ") + finding.message(language);
}

} // namespace findingoutput
