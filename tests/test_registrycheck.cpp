#include "core/format/jsonstandardwriter.h"
#include "core/registry/registry.h"
#include "core/registry/registrycheck.h"
#include "postgrescluster.h"
#include "standardgenerator.h"
#include "testsupport.h"

#include <catch2/catch.hpp>

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace kasibi;
using test::PostgresCluster;

namespace {

DocumentTree numbered(int number) {
    DocumentTree tree = StandardGenerator::generate(StandardGenerator::typical());
    StandardGenerator::distinguish(tree, number);
    return tree;
}

QString card(const DocumentTree& tree, int index) {
    return tree.children(tree.standardId(), QStringLiteral("professionCards")).at(index);
}

RegistryFindings of(const RegistryFindings& findings, const QString& criterion,
                    const QString& standardId) {
    RegistryFindings chosen;
    for (const RegistryFinding& found : findings)
        if (found.finding.criterion == criterion && found.standardId == standardId) chosen << found;
    return chosen;
}

int count(const RegistryFindings& findings, const QString& criterion) {
    return int(std::count_if(findings.begin(), findings.end(), [&](const RegistryFinding& found) {
        return found.finding.criterion == criterion;
    }));
}

} // namespace

TEST_CASE("The registry check finds every kind of problem across standards on planted cases",
          "[registry][check]") {
    PostgresCluster& cluster = PostgresCluster::instance();
    const QString connection = cluster.newRegistry();
    auto opened = Registry::open(connection);
    REQUIRE(opened.ok());
    Registry& registry = *opened.value();

    // A's related professions lead to B's cards (1..7 are there); B's card 0 is given A's card 0
    // occupation at the same ORK level, so A's first related profession leads nowhere.
    DocumentTree a = numbered(0);
    DocumentTree b = numbered(1);
    b.setValue(card(b, 0), QStringLiteral("nkzOccupationCode"),
               a.value(card(a, 0), QStringLiteral("nkzOccupationCode")));
    REQUIRE(a.value(card(a, 0), QStringLiteral("orkLevel")) ==
            b.value(card(b, 0), QStringLiteral("orkLevel")));
    // C is past its planned update; D was released more than three years ago.
    DocumentTree c = numbered(20);
    c.setValue(c.standardId(), QStringLiteral("technicalData/plannedUpdateDate"),
               QStringLiteral("2026-01-15"));
    DocumentTree d = numbered(30);
    d.setValue(d.standardId(), QStringLiteral("technicalData/releaseYear"), QStringLiteral("2022"));
    // E has A's code.
    DocumentTree e = numbered(40);
    e.setValue(e.standardId(), QStringLiteral("passport/serialNumber"),
               a.value(a.standardId(), QStringLiteral("passport/serialNumber")));
    REQUIRE(e.standardCode() == a.standardCode());
    for (const DocumentTree* tree : {&a, &b, &c, &d, &e})
        REQUIRE(registry.publish(*tree, std::nullopt).ok());

    Result<RegistryFindings> checked = RegistryCheck::run(registry.database(), QDate(2026, 6, 1));
    REQUIRE(checked.ok());
    const RegistryFindings& findings = checked.value();

    const RegistryFindings duplicateInA =
        of(findings, RegistryCheck::DuplicateOccupation, a.standardId());
    REQUIRE(duplicateInA.size() == 1);
    CHECK(duplicateInA.first().finding.severity == Severity::Error);
    CHECK(duplicateInA.first().finding.path ==
          QLatin1String("/standard/professionCards/0/nkzOccupationCode"));
    CHECK(duplicateInA.first().finding.elementId == card(a, 0));
    CHECK(duplicateInA.first().linkedStandardId == b.standardId());
    CHECK(duplicateInA.first().linkedCardId == card(b, 0));
    CHECK(duplicateInA.first().finding.message.ru.contains(b.standardCode()));
    CHECK(of(findings, RegistryCheck::DuplicateOccupation, b.standardId()).size() == 1);
    CHECK(count(findings, RegistryCheck::DuplicateOccupation) == 2);

    const RegistryFindings linked = of(findings, RegistryCheck::RelatedElsewhere, a.standardId());
    REQUIRE(linked.size() == 7);
    const QString related = a.children(card(a, 3), QStringLiteral("relatedProfessions")).first();
    const auto toCard3 = std::find_if(linked.begin(), linked.end(), [&](const RegistryFinding& f) {
        return f.finding.elementId == related;
    });
    REQUIRE(toCard3 != linked.end());
    CHECK(toCard3->linkedStandardId == b.standardId());
    CHECK(toCard3->linkedCardId == card(b, 3));
    CHECK(toCard3->finding.path ==
          QLatin1String("/standard/professionCards/3/relatedProfessions/0/nkzOccupationCode"));
    CHECK(toCard3->finding.severity == Severity::Warning);

    const RegistryFindings nowhere =
        of(findings, RegistryCheck::RelatedUndescribed, a.standardId());
    REQUIRE(nowhere.size() == 1);
    CHECK(nowhere.first().finding.path ==
          QLatin1String("/standard/professionCards/0/relatedProfessions/0/nkzOccupationCode"));
    CHECK(nowhere.first().linkedStandardId.isEmpty());
    // B's related professions lead to a standard 2 that is not registered.
    CHECK(of(findings, RegistryCheck::RelatedUndescribed, b.standardId()).size() == 8);

    REQUIRE(count(findings, RegistryCheck::UpdateDue) == 2);
    const RegistryFindings pastPlan = of(findings, RegistryCheck::UpdateDue, c.standardId());
    REQUIRE(pastPlan.size() == 1);
    CHECK(pastPlan.first().finding.path ==
          QLatin1String("/standard/technicalData/plannedUpdateDate"));
    CHECK(pastPlan.first().finding.message.ru.contains(QStringLiteral("15.01.2026")));
    const RegistryFindings old = of(findings, RegistryCheck::UpdateDue, d.standardId());
    REQUIRE(old.size() == 1);
    CHECK(old.first().finding.path == QLatin1String("/standard/technicalData/releaseYear"));
    CHECK(old.first().finding.message.en.contains(QStringLiteral("three years")));

    REQUIRE(count(findings, RegistryCheck::DuplicateCode) == 2);
    const RegistryFindings sameCode = of(findings, RegistryCheck::DuplicateCode, e.standardId());
    REQUIRE(sameCode.size() == 1);
    CHECK(sameCode.first().linkedStandardId == a.standardId());
    CHECK(sameCode.first().standardCode == a.standardCode());

    // Every message is written in all three languages.
    for (const RegistryFinding& found : findings) {
        CHECK_FALSE(found.finding.message.ru.isEmpty());
        CHECK_FALSE(found.finding.message.kk.isEmpty());
        CHECK_FALSE(found.finding.message.en.isEmpty());
    }

    // kasibi-cli: the same findings in the shape of validate --json, exit 1 for the errors.
    QString output;
    CHECK(test::runCli({QStringLiteral("registry"), QStringLiteral("check"),
                        QStringLiteral("--json"), QStringLiteral("--db"), connection},
                       &output) == 1);
    const QJsonObject printed = QJsonDocument::fromJson(output.toUtf8()).object();
    CHECK(printed.value(QStringLiteral("errors")).toInt() == 4);
    const QJsonArray list = printed.value(QStringLiteral("findings")).toArray();
    CHECK(list.size() >= findings.size()); // the check sees today's date, which may add some
    // A standard with a problem, for validate's shape of a finding.
    QTemporaryDir dir;
    const QString faulty = dir.filePath(QStringLiteral("faulty.json"));
    DocumentTree withProblem = test::sampleTree();
    withProblem.removeValue(withProblem.standardId(), QStringLiteral("passport/name@ru"));
    REQUIRE(JsonStandardWriter().write(withProblem, faulty, {}).ok());
    QString validated;
    test::runCli({QStringLiteral("validate"), faulty, QStringLiteral("--json")}, &validated);
    const QJsonObject validateFinding = QJsonDocument::fromJson(validated.toUtf8())
                                            .object()
                                            .value(QStringLiteral("findings"))
                                            .toArray()
                                            .first()
                                            .toObject();
    REQUIRE_FALSE(validateFinding.isEmpty());
    for (const QJsonValue& entry : list) {
        const QJsonObject object = entry.toObject();
        for (const QString& key : validateFinding.keys())
            CHECK(object.contains(key));
        CHECK(object.contains(QStringLiteral("standardId")));
    }
}
