#include "app/cli/findingoutput.h"

namespace findingoutput {

using namespace kasibi;

QJsonObject toJson(const Finding& finding, const QString& language) {
    return QJsonObject{{QStringLiteral("criterion"), finding.criterion},
                       {QStringLiteral("severity"), severityName(finding.severity)},
                       {QStringLiteral("path"), finding.path},
                       {QStringLiteral("elementId"), finding.elementId},
                       {QStringLiteral("language"), finding.language},
                       {QStringLiteral("message"), finding.message.in(language)}};
}

QString toLine(const Finding& finding, const QString& language) {
    QString line = severityName(finding.severity) + QStringLiteral(" [") + finding.criterion +
                   QStringLiteral("] ") + finding.path;
    if (!finding.language.isEmpty())
        line += QStringLiteral(" (") + finding.language + QLatin1Char(')');
    return line + QStringLiteral(": ") + finding.message.in(language);
}

} // namespace findingoutput
