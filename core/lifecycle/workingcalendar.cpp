#include "core/lifecycle/workingcalendar.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

static void initCalendarResources() {
    Q_INIT_RESOURCE(calendar);
}

namespace kasibi {

namespace {

bool isWeekend(const QDate& day) {
    return day.dayOfWeek() >= 6;
}

} // namespace

Result<WorkingCalendar> WorkingCalendar::fromJson(const QByteArray& json, const QString& fileName) {
    using R = Result<WorkingCalendar>;
    QJsonParseError parseError;
    const QJsonObject data = QJsonDocument::fromJson(json, &parseError).object();
    if (parseError.error != QJsonParseError::NoError)
        return R::failure(tr("not valid JSON: %1").arg(parseError.errorString()), fileName);
    WorkingCalendar calendar;
    calendar.m_source = data.value(QStringLiteral("source")).toString();
    calendar.m_fileName = fileName;
    auto monthDays = [&](const char* key, QVector<QPair<int, int>>* into) -> Status {
        const QJsonArray list = data.value(QLatin1String(key)).toArray();
        for (int i = 0; i < list.size(); ++i) {
            const QDate day =
                QDate::fromString(QStringLiteral("2000-") + list.at(i).toString(), Qt::ISODate);
            if (!day.isValid())
                return Status::failure(
                    tr("expected a day as MM-DD"),
                    QStringLiteral("%1 at /%2/%3").arg(fileName, QLatin1String(key)).arg(i));
            into->append({day.month(), day.day()});
        }
        return {};
    };
    auto dates = [&](const QJsonArray& list, const QString& where, QSet<QDate>* into) -> Status {
        for (int i = 0; i < list.size(); ++i) {
            const QDate day = QDate::fromString(list.at(i).toString(), Qt::ISODate);
            if (!day.isValid())
                return Status::failure(tr("expected a date as YYYY-MM-DD"),
                                       QStringLiteral("%1 at %2/%3").arg(fileName, where).arg(i));
            into->insert(day);
        }
        return {};
    };
    if (Status s = monthDays("fixedHolidays", &calendar.m_fixed); !s) return s.error();
    if (Status s = monthDays("religiousHolidays", &calendar.m_religious); !s) return s.error();
    if (Status s = dates(data.value(QStringLiteral("datedReligiousHolidays")).toArray(),
                         QStringLiteral("/datedReligiousHolidays"), &calendar.m_datedReligious);
        !s)
        return s.error();
    const QJsonArray moved = data.value(QStringLiteral("movedDaysOff")).toArray();
    for (int i = 0; i < moved.size(); ++i) {
        const QJsonObject move = moved.at(i).toObject();
        const QString where = QStringLiteral("/movedDaysOff/%1").arg(i);
        if (Status s =
                dates({move.value(QStringLiteral("dayOff"))}, where, &calendar.m_movedDaysOff);
            !s)
            return s.error();
        if (Status s =
                dates({move.value(QStringLiteral("workday"))}, where, &calendar.m_movedWorkdays);
            !s)
            return s.error();
    }
    for (const QSet<QDate>* listed :
         {&calendar.m_datedReligious, &calendar.m_movedDaysOff, &calendar.m_movedWorkdays})
        for (const QDate& day : *listed)
            calendar.m_lastListedYear = qMax(calendar.m_lastListedYear, day.year());
    calendar.computeSubstituteDaysOff();
    return calendar;
}

WorkingCalendar WorkingCalendar::kazakhstan() {
    initCalendarResources();
    QFile file(QStringLiteral(":/calendar/kazakhstan-holidays.json"));
    file.open(QIODevice::ReadOnly);
    Result<WorkingCalendar> calendar = fromJson(file.readAll(), file.fileName());
    // The shipped file is tested; should it ever be unreadable, weekends still count.
    return calendar ? calendar.value() : WorkingCalendar();
}

bool WorkingCalendar::isHoliday(const QDate& day) const {
    const QPair<int, int> monthDay{day.month(), day.day()};
    return m_fixed.contains(monthDay) || m_religious.contains(monthDay) ||
           m_datedReligious.contains(day);
}

bool WorkingCalendar::isWorkingDay(const QDate& day) const {
    if (m_movedWorkdays.contains(day)) return true;
    return !(isWeekend(day) || isHoliday(day) || m_movedDaysOff.contains(day) ||
             m_substituteDaysOff.contains(day));
}

void WorkingCalendar::computeSubstituteDaysOff() {
    // Labour Code, art. 85: when a holiday falls on a day off, the day off moves to the next
    // working day after the holiday; not so for holidays of religious calendars.
    m_substituteDaysOff.clear();
    for (int year = FirstYear; year <= LastYear; ++year) {
        for (const auto& [month, dayOfMonth] : m_fixed) {
            const QDate holiday(year, month, dayOfMonth);
            if (!isWeekend(holiday)) continue;
            QDate next = holiday.addDays(1);
            while (!isWorkingDay(next))
                next = next.addDays(1);
            m_substituteDaysOff.insert(next);
        }
    }
}

QString WorkingCalendar::coverageNote(const QDate& from, const QDate& to) const {
    const int year = qMax(from.year(), to.year());
    if (year <= m_lastListedYear) return {};
    return m_lastListedYear > 0
               ? tr("The holiday calendar lists Kurban ait and the days off moved by decree up "
                    "to %1: in %2 the deadline is computed without them. Load a newer calendar "
                    "when it is published.")
                     .arg(m_lastListedYear)
                     .arg(year)
               : tr("The holiday calendar lists no Kurban ait nor days off moved by decree: the "
                    "deadline is computed without them. Load a calendar that has them.");
}

QDate WorkingCalendar::addWorkingDays(const QDate& from, int days) const {
    QDate day = from;
    for (int counted = 0; counted < days;) {
        day = day.addDays(1);
        if (isWorkingDay(day)) ++counted;
    }
    return day;
}

} // namespace kasibi
