#include "core/lifecycle/standardstatus.h"
#include "core/model/standarddocument.h"
#include "core/registry/registry.h"
#include "core/registry/registrysearch.h"
#include "postgrescluster.h"
#include "testsupport.h"

#include <catch2/catch.hpp>

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>
#include <QTemporaryDir>

using namespace kasibi;
using test::PostgresCluster;

namespace {

void addStep(StandardDocument& document, const QString& step, const QString& started,
             const QString& completed = {}) {
    const QString root = document.tree().rootId;
    auto entry = document.newElement(root, QStringLiteral("lifecycle/timeline"));
    REQUIRE(entry.ok());
    const QString id = entry.value().first().id;
    const int count = document.tree().children(root, QStringLiteral("lifecycle/timeline")).size();
    REQUIRE(
        document.insertSubtree(root, QStringLiteral("lifecycle/timeline"), count, entry.value()));
    REQUIRE(document.setValue(id, QStringLiteral("step"), {}, step));
    REQUIRE(document.setValue(id, QStringLiteral("started"), {}, started));
    if (!completed.isEmpty())
        REQUIRE(document.setValue(id, QStringLiteral("completed"), {}, completed));
}

QString listedStatus(Registry& registry) {
    Result<QVector<RegisteredStandard>> listed = registry.list();
    REQUIRE(listed.ok());
    REQUIRE(listed.value().size() == 1);
    return listed.value().first().status;
}

} // namespace

TEST_CASE("A standard's status is the latest step of its timeline: a draft, in review, in "
          "rework, approved",
          "[registry][status]") {
    QTemporaryDir dir;
    auto created =
        StandardDocument::create(dir.filePath(QStringLiteral("s.kasibi")), test::sampleTree());
    REQUIRE(created.ok());
    StandardDocument& document = *created.value();
    CHECK(StandardStatus::of(document.tree()).key == QLatin1String("draft"));
    // A step recorded but not started yet changes nothing.
    addStep(document, QStringLiteral("stateBodyReview"), QString());
    CHECK(StandardStatus::of(document.tree()).key == QLatin1String("draft"));
    addStep(document, QStringLiteral("stateBodyReview"), QStringLiteral("2026-10-01"),
            QStringLiteral("2026-10-06"));
    CHECK(StandardStatus::of(document.tree()).key == QLatin1String("in-review"));
    addStep(document, QStringLiteral("developerRework"), QStringLiteral("2026-10-07"));
    CHECK(StandardStatus::of(document.tree()).key == QLatin1String("in-rework"));
    addStep(document, QStringLiteral("nationalBodyExamination"), QStringLiteral("2026-10-14"));
    CHECK(StandardStatus::of(document.tree()).key == QLatin1String("in-review"));
    addStep(document, QStringLiteral("approval"), QStringLiteral("2026-11-02"));
    CHECK(StandardStatus::of(document.tree()).key == QLatin1String("in-review"));
    addStep(document, QStringLiteral("approval"), QStringLiteral("2026-11-02"),
            QStringLiteral("2026-11-10"));
    const StandardStatus& approved = StandardStatus::of(document.tree());
    CHECK(approved.key == QLatin1String("approved"));
    CHECK(approved.title.in(QStringLiteral("ru")) == QStringLiteral("Утвержден"));
    CHECK(approved.title.in(QStringLiteral("kk")) == QStringLiteral("Бекітілген"));
}

TEST_CASE("The registry keeps each version's status from its timeline and shows the latest in "
          "the list and the search",
          "[registry][status]") {
    PostgresCluster& cluster = PostgresCluster::instance();
    const QString connection = cluster.newRegistry();
    auto opened = Registry::open(connection);
    REQUIRE(opened.ok());
    Registry& registry = *opened.value();
    QTemporaryDir dir;
    auto created =
        StandardDocument::create(dir.filePath(QStringLiteral("s.kasibi")), test::sampleTree());
    REQUIRE(created.ok());
    StandardDocument& document = *created.value();

    Result<PublishedVersion> first = registry.publish(document.tree(), std::nullopt);
    REQUIRE(first.ok());
    CHECK(listedStatus(registry) == QLatin1String("draft"));

    // Only the timeline changed: the same content with the new status is the next version.
    addStep(document, QStringLiteral("stateBodyReview"), QStringLiteral("2026-10-01"),
            QStringLiteral("2026-10-06"));
    addStep(document, QStringLiteral("developerRework"), QStringLiteral("2026-10-07"));
    const RegistryLink base{registry.id(), document.tree().standardId(), 1};
    Result<PublishedVersion> second = registry.publish(document.tree(), base);
    REQUIRE(second.ok());
    CHECK(second.value().version == 2);
    CHECK(second.value().isNew);
    CHECK(listedStatus(registry) == QLatin1String("in-rework"));
    Result<QVector<RegistryHit>> hits =
        RegistrySearch::find(registry.database(), QStringLiteral("B07102012"));
    REQUIRE(hits.ok());
    REQUIRE_FALSE(hits.value().isEmpty());
    CHECK(hits.value().first().status == QLatin1String("in-rework"));

    addStep(document, QStringLiteral("approval"), QStringLiteral("2026-11-02"),
            QStringLiteral("2026-11-10"));
    REQUIRE(
        registry.publish(document.tree(), RegistryLink{base.registryId, base.standardId, 2}).ok());
    hits = RegistrySearch::find(registry.database(), QStringLiteral("экскаватора"));
    REQUIRE(hits.ok());
    REQUIRE_FALSE(hits.value().isEmpty());
    CHECK(hits.value().first().status == QLatin1String("approved"));
    // Each version keeps its own.
    QSqlQuery query(registry.database());
    REQUIRE(query.exec(QStringLiteral(
        "SELECT string_agg(status, ',' ORDER BY version) FROM kasibi.standard_version")));
    REQUIRE(query.next());
    CHECK(query.value(0).toString() == QLatin1String("draft,in-rework,approved"));

    QString output;
    REQUIRE(test::runCli({QStringLiteral("registry"), QStringLiteral("list"),
                          QStringLiteral("--json"), QStringLiteral("--db"), connection},
                         &output) == 0);
    const QJsonArray listed = QJsonDocument::fromJson(output.toUtf8())
                                  .object()
                                  .value(QStringLiteral("standards"))
                                  .toArray();
    REQUIRE(listed.size() == 1);
    CHECK(listed.first().toObject().value(QStringLiteral("status")).toString() ==
          QLatin1String("approved"));
    REQUIRE(test::runCli({QStringLiteral("registry"), QStringLiteral("list"),
                          QStringLiteral("--db"), connection},
                         &output) == 0);
    CHECK(output.contains(QStringLiteral("v3  approved  ")));
}
