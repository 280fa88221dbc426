#include "core/model/qualificationlevel.h"

namespace kasibi {

QString QualificationLevel::levelForm() {
    return QStringLiteral("[1-8]");
}

QString QualificationLevel::sublevelForm() {
    return QStringLiteral("[1-9]");
}

QString QualificationLevel::form() {
    return levelForm() + QStringLiteral("(\\.") + sublevelForm() + QStringLiteral(")?");
}

QString QualificationLevel::pattern() {
    return QLatin1Char('^') + form() + QLatin1Char('$');
}

} // namespace kasibi
