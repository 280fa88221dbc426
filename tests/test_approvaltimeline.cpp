#include "core/format/jsonstandardwriter.h"
#include "core/lifecycle/approvaltimeline.h"
#include "core/model/schema.h"
#include "core/model/standarddocument.h"
#include "testsupport.h"

#include <catch2/catch.hpp>

#include <QJsonDocument>
#include <QTemporaryDir>

using namespace kasibi;

TEST_CASE("The approval timeline gives each step its due date in working days", "[timeline]") {
    QTemporaryDir dir;
    auto created =
        StandardDocument::create(dir.filePath(QStringLiteral("t.kasibi")), test::sampleTree());
    REQUIRE(created.ok());
    StandardDocument& document = *created.value();
    const QString root = document.tree().rootId;
    auto addStep = [&](const QString& step, const QString& started, const QString& completed) {
        auto entry = document.newElement(root, QStringLiteral("lifecycle/timeline"));
        REQUIRE(entry.ok());
        const QString id = entry.value().first().id;
        const int count =
            document.tree().children(root, QStringLiteral("lifecycle/timeline")).size();
        REQUIRE(document.insertSubtree(root, QStringLiteral("lifecycle/timeline"), count,
                                       entry.value()));
        REQUIRE(document.setValue(id, QStringLiteral("step"), {}, step));
        REQUIRE(document.setValue(id, QStringLiteral("started"), {}, started));
        if (!completed.isEmpty())
            REQUIRE(document.setValue(id, QStringLiteral("completed"), {}, completed));
    };
    // Sent to the state body on Thursday 23 October 2025: five working days over Republic Day
    // (Saturday 25 October, day off moved to Monday 27) run out on Friday 31 October.
    addStep(QStringLiteral("stateBodyReview"), QStringLiteral("2025-10-23"),
            QStringLiteral("2025-10-30"));
    addStep(QStringLiteral("nationalBodyExamination"), QStringLiteral("2025-11-03"), QString());
    // Past the last year of Kurban ait in the shipped calendar (2027): computed, and said so.
    addStep(QStringLiteral("stateBodyReview"), QStringLiteral("2028-05-02"),
            QStringLiteral("2028-05-05"));

    const auto entries = ApprovalTimeline::entries(document.tree(), WorkingCalendar::kazakhstan(),
                                                   QDate(2025, 11, 12));
    REQUIRE(entries.size() == 3);
    CHECK(entries[0].calendarNote.isEmpty());
    CHECK(entries[2].due.isValid());
    CHECK(entries[2].calendarNote.contains(QStringLiteral("2028")));
    CHECK(entries[0].due == QDate(2025, 10, 31));
    CHECK_FALSE(entries[0].overdue);
    CHECK(entries[1].step->workingDays == 5);
    CHECK(entries[1].due == QDate(2025, 11, 10));
    CHECK(entries[1].overdue);
    const ApprovalTimeline::Entry* current = ApprovalTimeline::current(entries);
    REQUIRE(current);
    CHECK(current->step->key == QStringLiteral("nationalBodyExamination"));

    // The timeline lives in the document file, not in the interchange format.
    CHECK_FALSE(
        QJsonDocument(JsonStandardWriter().toJson(document.tree())).toJson().contains("lifecycle"));
    const QString path = document.path();
    created.value().reset();
    auto reopened = StandardDocument::open(path);
    REQUIRE(reopened.ok());
    CHECK(reopened.value()->tree().children(root, QStringLiteral("lifecycle/timeline")).size() ==
          3);
}
