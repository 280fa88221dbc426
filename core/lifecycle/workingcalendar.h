#pragma once

#include "core/model/result.h"

#include <QCoreApplication>
#include <QDate>
#include <QSet>
#include <QVector>

namespace kasibi {

// Working days of the Republic of Kazakhstan, for the deadlines of chapter 2 of the Rules.
// The holidays are data (resources/calendar/kazakhstan-holidays.json, or a newer file the user
// loads), since religious holidays and moved days off are set anew every year.
class WorkingCalendar {
    Q_DECLARE_TR_FUNCTIONS(WorkingCalendar)
public:
    static Result<WorkingCalendar> fromJson(const QByteArray& json, const QString& fileName);
    static WorkingCalendar kazakhstan(); // the data shipped with Kasibi

    bool isWorkingDay(const QDate& day) const;
    // The day on which a deadline of `days` working days, counted from the day after `from`,
    // runs out: "within five working days of receipt".
    QDate addWorkingDays(const QDate& from, int days) const;
    QString source() const { return m_source; }
    // The file it was read from; ":/calendar/..." for the data shipped with Kasibi.
    QString fileName() const { return m_fileName; }
    bool isBuiltIn() const { return m_fileName.startsWith(QLatin1String(":/")); }
    // The last year whose dated holidays (Kurban ait) or moved days off the data lists; 0 when
    // it lists none. Past it, deadlines count only the holidays of fixed dates.
    int lastListedYear() const { return m_lastListedYear; }
    // Empty while every day from `from` to `to` is in a listed year; otherwise says that the
    // deadline is computed without that year's dated holidays and moved days off.
    QString coverageNote(const QDate& from, const QDate& to) const;

private:
    static constexpr int FirstYear = 2000;
    static constexpr int LastYear = 2100;

    bool isHoliday(const QDate& day) const;
    void computeSubstituteDaysOff();

    QVector<QPair<int, int>> m_fixed;     // month, day; a weekend one moves to the next working day
    QVector<QPair<int, int>> m_religious; // month, day; not moved
    QSet<QDate> m_datedReligious;
    QSet<QDate> m_movedDaysOff;
    QSet<QDate> m_movedWorkdays;
    QSet<QDate> m_substituteDaysOff;
    QString m_source;
    QString m_fileName;
    int m_lastListedYear = 0;
};

} // namespace kasibi
