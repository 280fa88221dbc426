#include "core/model/displaytime.h"

#include <QLocale>
#include <QRegularExpression>

namespace kasibi {

namespace {

// The locale's short form with "yy" widened to "yyyy" where it has only two digits.
QString withFullYear(QString format) {
    static const QRegularExpression twoDigitYear(QStringLiteral("(?<!y)yy(?!y)"));
    return format.replace(twoDigitYear, QStringLiteral("yyyy"));
}

} // namespace

QString DisplayTime::dateTime(const QDateTime& time) {
    const QLocale locale;
    return locale.toString(time, withFullYear(locale.dateTimeFormat(QLocale::ShortFormat)));
}

QString DisplayTime::date(const QDate& date) {
    const QLocale locale;
    return locale.toString(date, withFullYear(locale.dateFormat(QLocale::ShortFormat)));
}

} // namespace kasibi
