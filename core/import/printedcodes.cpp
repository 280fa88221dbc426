#include "core/import/printedcodes.h"

#include "core/classifier/classifiercodes.h"
#include "core/model/qualificationlevel.h"
#include "core/model/schema.h"

#include <QRegularExpression>

namespace kasibi {

QString PrintedCodes::spaced(Classifier classifier, int level) {
    // A form's only hyphens separate an occupation code's parts (ClassifierCodes writes digits
    // as \d).
    return ClassifierCodes::form(classifier, level)
        .replace(QLatin1Char('-'), QStringLiteral("\\s*-\\s*"));
}

QString PrintedCodes::tight(QString printed) {
    static const QRegularExpression space(QStringLiteral("\\s+"));
    return printed.remove(space);
}

QString PrintedCodes::level() {
    const QString level = QualificationLevel::levelForm();
    return QLatin1Char('(') + level + QStringLiteral(")(?:[.,](") +
           QualificationLevel::sublevelForm() + QStringLiteral("))?(?:\\s*[-–—]\\s*(") + level +
           QStringLiteral("))?");
}

QString PrintedCodes::levelOf(const QRegularExpressionMatch& match) {
    return match.captured(2).isEmpty() ? match.captured(1)
                                       : match.captured(1) + QLatin1Char('.') + match.captured(2);
}

QString PrintedCodes::serialNumber() {
    // The schema's pattern holds a whole value: ^…$.
    const QString pattern = Schema::kind(Kind::Standard)->field(Field::SerialNumber)->pattern;
    return pattern.mid(1, pattern.size() - 2);
}

QString PrintedCodes::standardCode() {
    // The code prints the subclass without its dots: B + 07102 + 012.
    const QString subclassDigits =
        ClassifierCodes::form(Classifier::Oked, ClassifierCodes::DeepestLevel)
            .remove(QStringLiteral("\\."));
    return QLatin1Char('(') + ClassifierCodes::form(Classifier::Oked, 1) +
           QStringLiteral(")\\s*(") + subclassDigits + QStringLiteral(")\\s*(") + serialNumber() +
           QLatin1Char(')');
}

} // namespace kasibi
