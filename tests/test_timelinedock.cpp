#include "core/model/standarddocument.h"
#include "testsupport.h"
#include "ui/commands/editsession.h"
#include "ui/shell/documentcontroller.h"
#include "ui/shell/mainwindow.h"
#include "ui/versions/lifecyclecontroller.h"
#include "ui/versions/timelinedock.h"
#include "windowfixture.h"

#include <catch2/catch.hpp>

#include <QComboBox>
#include <QDateEdit>
#include <QLabel>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

using namespace kasibi;

TEST_CASE("TimelineDock: a step started on a Thursday before a holiday weekend") {
    test::SampleWindowFixture fixture;
    MainWindow& window = fixture.window;
    LifecycleController* lifecycle = fixture.lifecycle;
    TimelineDock* dock = lifecycle->timelineDock();
    dock->setToday(QDate(2025, 11, 3));

    const QString id = dock->addEntry();
    REQUIRE_FALSE(id.isEmpty());
    QTableWidget* table = dock->table();
    REQUIRE(table->rowCount() == 1);
    auto* step = qobject_cast<QComboBox*>(table->cellWidget(0, TimelineDock::StepColumn));
    REQUIRE(step);
    CHECK(step->currentData().toString() == QStringLiteral("stateBodyReview"));
    // Sent to the state body on Thursday 23 October 2025: Republic Day falls on Saturday 25
    // October and its day off moves to Monday 27, so five working days run to Friday 31 October.
    auto* started = qobject_cast<QDateEdit*>(table->cellWidget(0, TimelineDock::StartedColumn));
    REQUIRE(started);
    started->setDate(QDate(2025, 10, 23));
    const auto dueText = [&] {
        const QTableWidgetItem* item = dock->table()->item(0, TimelineDock::DueColumn);
        return item ? item->text() : QString();
    };
    const bool dueShown =
        QTest::qWaitFor([&] { return dueText() == QStringLiteral("31.10.2025"); });
    INFO("due: " << dueText().toStdString());
    REQUIRE(dueShown);
    CHECK(window.session()->tree().value(id, QStringLiteral("started")) ==
          QStringLiteral("2025-10-23"));
    // Not completed by 3 November: overdue, in red, and in the status bar.
    QTableWidgetItem* due = dock->table()->item(0, TimelineDock::DueColumn);
    CHECK(due->foreground().color() == QColor(0xb0, 0x2a, 0x37));
    CHECK(lifecycle->statusLabel()->text().contains(QStringLiteral("31.10.2025")));

    // Completed in time: no longer overdue, no step under way.
    auto* completed =
        qobject_cast<QDateEdit*>(dock->table()->cellWidget(0, TimelineDock::CompletedColumn));
    completed->setDate(QDate(2025, 10, 30));
    REQUIRE(QTest::qWaitFor(
        [&] { return !dock->entries().isEmpty() && !dock->entries().first().overdue; }));
    CHECK(lifecycle->statusLabel()->text().isEmpty());

    // Added through the commands: undo takes the entry back.
    QUndoStack* undo = window.session()->undoStack();
    while (undo->canUndo() &&
           !window.session()
                ->tree()
                .children(window.session()->tree().rootId, QStringLiteral("lifecycle/timeline"))
                .isEmpty())
        undo->undo();
    REQUIRE(window.session()
                ->tree()
                .children(window.session()->tree().rootId, QStringLiteral("lifecycle/timeline"))
                .isEmpty());
    REQUIRE(QTest::qWaitFor([&] { return dock->table()->rowCount() == 0; }));
}

TEST_CASE("TimelineDock: rule 16 compares the planned update with the year of release") {
    test::SampleWindowFixture fixture;
    TimelineDock* dock = fixture.lifecycle->timelineDock();
    EditSession* session = fixture.window.session();
    const QString standard = session->tree().standardId();
    REQUIRE(session->setValue(standard, QStringLiteral("technicalData/releaseYear"), {},
                              QStringLiteral("2025")));
    REQUIRE(session->setValue(standard, QStringLiteral("technicalData/plannedUpdateDate"), {},
                              QStringLiteral("2028-06-01")));
    REQUIRE(QTest::qWaitFor(
        [&] { return dock->rule16()->text().contains(QStringLiteral("01.06.2028")); }));
    CHECK_FALSE(dock->rule16()->text().contains(QStringLiteral("later than")));
    REQUIRE(session->setValue(standard, QStringLiteral("technicalData/plannedUpdateDate"), {},
                              QStringLiteral("2029-01-15")));
    const bool later = QTest::qWaitFor(
        [&] { return dock->rule16()->text().contains(QStringLiteral("later than 2028")); });
    INFO("rule 16: " << dock->rule16()->text().toStdString());
    REQUIRE(later);
}

TEST_CASE("LifecycleController: a holiday calendar is loaded, and a bad one refused by name") {
    QTemporaryDir folder;
    MainWindow window;
    auto* lifecycle = window.findChild<LifecycleController*>();
    const QString bad = folder.filePath(QStringLiteral("bad.json"));
    {
        QFile file(bad);
        REQUIRE(file.open(QIODevice::WriteOnly));
        file.write(R"({"fixedHolidays": ["13-45"]})");
    }
    const Status refused = lifecycle->loadHolidayCalendar(bad);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().toString().contains(QStringLiteral("bad.json")));

    const QString good = folder.filePath(QStringLiteral("holidays-2027.json"));
    {
        QFile file(good);
        REQUIRE(file.open(QIODevice::WriteOnly));
        file.write(
            R"({"fixedHolidays": ["01-01"], "movedDaysOff": [{"dayOff": "2027-01-04", "workday": "2027-01-09"}]})");
    }
    REQUIRE(lifecycle->loadHolidayCalendar(good).ok());
    CHECK_FALSE(lifecycle->timelineDock()->calendar().isWorkingDay(QDate(2027, 1, 4)));
    // Kept for the next start.
    CHECK_FALSE(LifecycleController::calendar().isWorkingDay(QDate(2027, 1, 4)));
    QFile::remove(LifecycleController::holidayFilePath());
}

TEST_CASE("TimelineDock: a deadline past the years the calendar lists is marked and explained") {
    test::SampleWindowFixture fixture;
    TimelineDock* dock = fixture.lifecycle->timelineDock();
    REQUIRE_FALSE(dock->addEntry().isEmpty());
    auto* started =
        qobject_cast<QDateEdit*>(dock->table()->cellWidget(0, TimelineDock::StartedColumn));
    REQUIRE(started);
    // The shipped calendar lists Kurban ait up to 2027.
    started->setDate(QDate(2028, 5, 2));
    const auto due = [&] { return dock->table()->item(0, TimelineDock::DueColumn); };
    const bool marked = QTest::qWaitFor([&] { return due() && due()->text().endsWith(" *"); });
    INFO("due: " << (due() ? due()->text().toStdString() : std::string("none")));
    REQUIRE(marked);
    CHECK(due()->toolTip().contains(QStringLiteral("up to 2027")));
    CHECK(due()->toolTip().contains(QStringLiteral("in 2028")));
    // Within the listed years, no mark. (The dock has made its row's editors anew.)
    started = qobject_cast<QDateEdit*>(dock->table()->cellWidget(0, TimelineDock::StartedColumn));
    REQUIRE(started);
    started->setDate(QDate(2027, 5, 3));
    REQUIRE(QTest::qWaitFor([&] {
        return due() && due()->text().endsWith(QStringLiteral(".2027")) &&
               !due()->toolTip().contains(QStringLiteral("up to 2027"));
    }));
}
