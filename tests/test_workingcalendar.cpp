#include "core/lifecycle/workingcalendar.h"

#include <catch2/catch.hpp>

using namespace kasibi;

TEST_CASE("Deadlines in working days skip weekends and public holidays", "[calendar]") {
    const WorkingCalendar calendar = WorkingCalendar::kazakhstan();
    CHECK_FALSE(calendar.source().isEmpty());

    // Received on Thursday 2025-09-04: five working days run out on Thursday 2025-09-11.
    CHECK(calendar.addWorkingDays(QDate(2025, 9, 4), 5) == QDate(2025, 9, 11));
    // Across Republic Day, Saturday 2025-10-25, whose day off moves to Monday 2025-10-27.
    CHECK_FALSE(calendar.isWorkingDay(QDate(2025, 10, 27)));
    CHECK(calendar.addWorkingDays(QDate(2025, 10, 23), 1) == QDate(2025, 10, 24));
    CHECK(calendar.addWorkingDays(QDate(2025, 10, 24), 1) == QDate(2025, 10, 28));
    // Across Nauryz 2025 (Friday 21 to Sunday 23 March, so Monday 24 and Tuesday 25 off too).
    CHECK(calendar.addWorkingDays(QDate(2025, 3, 20), 1) == QDate(2025, 3, 26));
    // Ten working days for the sectoral council across the May holidays of 2026: 1 May, 7 May,
    // and Victory Day on Saturday 9 May, whose day off moves to Monday 11 May.
    CHECK(calendar.addWorkingDays(QDate(2026, 4, 30), 10) == QDate(2026, 5, 19));
    // Kurban ait is a religious holiday: a day off, but it moves nothing.
    CHECK_FALSE(calendar.isWorkingDay(QDate(2026, 5, 27)));
    // Orthodox Christmas on a Sunday (2024-01-07) gives no Monday off.
    CHECK(calendar.isWorkingDay(QDate(2024, 1, 8)));
    CHECK(calendar.isWorkingDay(QDate(2025, 9, 5)));
}

TEST_CASE("Days off moved by decree come from the data", "[calendar]") {
    auto calendar = WorkingCalendar::fromJson(
        R"({"fixedHolidays": ["01-01"], "movedDaysOff": [{"dayOff": "2027-01-04", "workday": "2027-01-09"}]})",
        QStringLiteral("update.json"));
    REQUIRE(calendar.ok());
    CHECK_FALSE(calendar.value().isWorkingDay(QDate(2027, 1, 4)));
    CHECK(calendar.value().isWorkingDay(QDate(2027, 1, 9))); // a working Saturday

    auto broken =
        WorkingCalendar::fromJson(R"({"fixedHolidays": ["13-45"]})", QStringLiteral("update.json"));
    REQUIRE_FALSE(broken.ok());
    CHECK(broken.error().where.contains(QStringLiteral("update.json at /fixedHolidays/0")));
}

TEST_CASE("A deadline past the years the calendar lists says it lacks their moved holidays",
          "[calendar]") {
    const WorkingCalendar calendar = WorkingCalendar::kazakhstan();
    // The shipped data lists Kurban ait up to 2027.
    REQUIRE(calendar.lastListedYear() == 2027);
    CHECK(calendar.coverageNote(QDate(2027, 12, 20), QDate(2027, 12, 27)).isEmpty());
    const QString note = calendar.coverageNote(QDate(2027, 12, 27), QDate(2028, 1, 4));
    CHECK(note.contains(QStringLiteral("2027")));
    CHECK(note.contains(QStringLiteral("in 2028")));
    CHECK(note.contains(QStringLiteral("without")));

    // A newer file lists 2028: no note then.
    auto newer = WorkingCalendar::fromJson(
        R"({"fixedHolidays": ["01-01"], "datedReligiousHolidays": ["2028-05-05"]})",
        QStringLiteral("holidays-2028.json"));
    REQUIRE(newer.ok());
    CHECK(newer.value().coverageNote(QDate(2028, 1, 2), QDate(2028, 1, 9)).isEmpty());
    CHECK_FALSE(newer.value().coverageNote(QDate(2029, 1, 2), QDate(2029, 1, 9)).isEmpty());
    // One that lists none says so for every year.
    auto bare =
        WorkingCalendar::fromJson(R"({"fixedHolidays": ["01-01"]})", QStringLiteral("bare.json"));
    REQUIRE(bare.ok());
    CHECK(bare.value().lastListedYear() == 0);
    CHECK_FALSE(bare.value().coverageNote(QDate(2025, 1, 2), QDate(2025, 1, 9)).isEmpty());
}
