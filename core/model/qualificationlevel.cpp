#include "core/model/qualificationlevel.h"

namespace kasibi {

QString QualificationLevel::levelForm() {
    return QStringLiteral("[%1-%2]").arg(Lowest).arg(Highest);
}

QString QualificationLevel::sublevelForm() {
    return QStringLiteral("[1-%1]").arg(HighestSublevel);
}

QString QualificationLevel::form() {
    return levelForm() + QStringLiteral("(\\.") + sublevelForm() + QStringLiteral(")?");
}

QString QualificationLevel::pattern() {
    return QLatin1Char('^') + form() + QLatin1Char('$');
}

} // namespace kasibi
