#include "core/registry/registry.h"
#include "core/registry/registrysearch.h"
#include "postgrescluster.h"
#include "standardgenerator.h"
#include "testsupport.h"

#include <catch2/catch.hpp>

#include <algorithm>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>

using namespace kasibi;
using test::PostgresCluster;

namespace {

QVector<RegistryHit> found(const QSqlDatabase& db, const QString& query) {
    Result<QVector<RegistryHit>> hits = RegistrySearch::find(db, query);
    INFO((hits ? QString() : hits.error().toString()).toStdString());
    REQUIRE(hits.ok());
    return hits.value();
}

bool has(const QVector<RegistryHit>& hits, const QString& standardId, const QString& cardId,
         const QString& field) {
    return std::any_of(hits.begin(), hits.end(), [&](const RegistryHit& hit) {
        return hit.standardId == standardId && hit.cardId == cardId && hit.field == field;
    });
}

} // namespace

TEST_CASE("Registry search finds codes and Russian and Kazakh words, naming the standard, the card "
          "and the field",
          "[registry][search]") {
    PostgresCluster& cluster = PostgresCluster::instance();
    const QString connection = cluster.newRegistry();
    auto opened = Registry::open(connection);
    REQUIRE(opened.ok());
    Registry& registry = *opened.value();
    const DocumentTree sample = test::sampleTree();
    DocumentTree other = StandardGenerator::generate(StandardGenerator::typical());
    StandardGenerator::distinguish(other, 1);
    other.setValue(other.standardId(), QStringLiteral("passport/description@kk"),
                   QStringLiteral("Жерасты кеніштерінде жұмыс істеу"));
    REQUIRE(registry.publish(sample, std::nullopt).ok());
    REQUIRE(registry.publish(other, std::nullopt).ok());
    const QSqlDatabase db = registry.database();
    const QString id = sample.standardId();
    const QStringList cards = sample.children(id, QStringLiteral("professionCards"));

    // NKZ: an occupation, its unit group; in cards and in related professions.
    QVector<RegistryHit> hits = found(db, QStringLiteral("8342-1-003"));
    CHECK(has(hits, id, cards[0], QStringLiteral("/standard/professionCards/0/nkzOccupationCode")));
    CHECK(
        has(hits, id, cards[3],
            QStringLiteral("/standard/professionCards/3/relatedProfessions/0/nkzOccupationCode")));
    CHECK(hits.size() == 2);
    hits = found(db, QStringLiteral("8342"));
    CHECK(has(hits, id, cards[0], QStringLiteral("/standard/professionCards/0/nkzOccupationCode")));
    // OKED and the standard's own code.
    hits = found(db, QStringLiteral("07.10.2"));
    REQUIRE(hits.size() == 1);
    CHECK(hits.first().field == QLatin1String("/standard/passport/oked/subclass/code"));
    hits = found(db, QStringLiteral("B07102012"));
    REQUIRE(hits.size() == 1);
    CHECK(hits.first().standardCode == QLatin1String("B07102012"));
    CHECK(hits.first().field == QLatin1String("/standard/passport/serialNumber"));

    // Russian words are stemmed: another form of the word finds the card's name.
    hits = found(db, QStringLiteral("взрывники"));
    CHECK(has(hits, id, cards[2], QStringLiteral("/standard/professionCards/2/name/ru")));
    CHECK(std::all_of(hits.begin(), hits.end(),
                      [&](const RegistryHit& hit) { return hit.standardId == id; }));
    const auto name = std::find_if(hits.begin(), hits.end(), [](const RegistryHit& hit) {
        return hit.field == QLatin1String("/standard/professionCards/2/name/ru");
    });
    REQUIRE(name != hits.end());
    CHECK(name->text == QStringLiteral("Взрывник"));
    CHECK(name->cardName.ru == QStringLiteral("Взрывник"));
    CHECK(name->language == QLatin1String("ru"));
    // Kazakh words are matched lower-cased, whatever case is typed.
    hits = found(db, QStringLiteral("КЕНІШТЕРІНДЕ"));
    REQUIRE(hits.size() == 1);
    CHECK(hits.first().standardId == other.standardId());
    CHECK(hits.first().cardId.isEmpty());
    CHECK(hits.first().field == QLatin1String("/standard/passport/description/kk"));
    CHECK(hits.first().language == QLatin1String("kk"));
    CHECK(found(db, QStringLiteral("космонавт")).isEmpty());
    CHECK_FALSE(RegistrySearch::find(db, QStringLiteral("  ")).ok());

    QString output;
    REQUIRE(test::runCli({QStringLiteral("registry"), QStringLiteral("search"),
                          QStringLiteral("экскаватора"), QStringLiteral("--json"),
                          QStringLiteral("--db"), connection},
                         &output) == 0);
    const QJsonArray results = QJsonDocument::fromJson(output.toUtf8())
                                   .object()
                                   .value(QStringLiteral("results"))
                                   .toArray();
    REQUIRE_FALSE(results.isEmpty());
    const QJsonObject first = results.first().toObject();
    for (const char* key : {"standardId", "standardCode", "cardId", "field", "text"})
        CHECK(first.contains(QLatin1String(key)));
}

TEST_CASE("Registry search puts first the parts that hold the words most, whatever their code",
          "[registry][search]") {
    PostgresCluster& cluster = PostgresCluster::instance();
    auto opened = Registry::open(cluster.newRegistry());
    REQUIRE(opened.ok());
    Registry& registry = *opened.value();
    QVector<DocumentTree> trees;
    for (int number : {0, 1}) {
        trees << StandardGenerator::generate(StandardGenerator::typical());
        StandardGenerator::distinguish(trees.last(), number);
    }
    std::sort(trees.begin(), trees.end(), [](const DocumentTree& a, const DocumentTree& b) {
        return a.standardCode() < b.standardCode();
    });
    // The first by code mentions the surveyor once; the second is all about surveyors.
    trees[0].setValue(trees[0].standardId(), QStringLiteral("passport/description@ru"),
                      QStringLiteral("Работы ведутся по разбивке геодезиста."));
    trees[1].setValue(trees[1].standardId(), QStringLiteral("passport/description@ru"),
                      QStringLiteral("Геодезист ведёт съёмку; геодезисту помогает помощник "
                                     "геодезиста, геодезисты сверяют разбивку."));
    for (const DocumentTree& tree : trees)
        REQUIRE(registry.publish(tree, std::nullopt).ok());
    const QVector<RegistryHit> hits = found(registry.database(), QStringLiteral("геодезист"));
    REQUIRE(hits.size() == 2);
    CHECK(hits[0].standardId == trees[1].standardId());
    CHECK(hits[0].field == QLatin1String("/standard/passport/description/ru"));
    CHECK(hits[1].standardId == trees[0].standardId());
}

TEST_CASE("A new version's words and codes replace the previous version's in search, the cards it "
          "left unchanged still found",
          "[registry][search]") {
    PostgresCluster& cluster = PostgresCluster::instance();
    auto opened = Registry::open(cluster.newRegistry());
    REQUIRE(opened.ok());
    Registry& registry = *opened.value();
    const QSqlDatabase db = registry.database();
    DocumentTree sample = test::sampleTree();
    const QString id = sample.standardId();
    const QStringList cards = sample.children(id, QStringLiteral("professionCards"));
    REQUIRE(cards.size() == 4);
    sample.setValue(cards[2], QStringLiteral("name@ru"), QStringLiteral("Аммонитчик"));
    Result<PublishedVersion> first = registry.publish(sample, std::nullopt);
    REQUIRE(first.ok());
    CHECK(has(found(db, QStringLiteral("аммонитчик")), id, cards[2],
              QStringLiteral("/standard/professionCards/2/name/ru")));

    // Version 2: one card renamed, the last card gone, the passport reworded; cards 0 and 1 as
    // they were.
    sample.setValue(cards[2], QStringLiteral("name@ru"), QStringLiteral("Пиротехник"));
    sample.removeSubtree(cards[3]);
    sample.setValue(id, QStringLiteral("passport/description@ru"),
                    QStringLiteral("Редакция, согласованная с дендрологами"));
    Result<PublishedVersion> second =
        registry.publish(sample, RegistryLink{registry.id(), id, first.value().version});
    REQUIRE(second.ok());
    REQUIRE(second.value().version == 2);

    CHECK(found(db, QStringLiteral("аммонитчик")).isEmpty());
    CHECK(has(found(db, QStringLiteral("пиротехник")), id, cards[2],
              QStringLiteral("/standard/professionCards/2/name/ru")));
    CHECK(has(found(db, QStringLiteral("дендролог")), id, QString(),
              QStringLiteral("/standard/passport/description/ru")));
    // The gone card's related profession is no longer found; card 0's own code still is.
    const QVector<RegistryHit> hits = found(db, QStringLiteral("8342-1-003"));
    CHECK(hits.size() == 1);
    CHECK(has(hits, id, cards[0], QStringLiteral("/standard/professionCards/0/nkzOccupationCode")));
    QSqlQuery rows(db);
    REQUIRE(rows.exec(QStringLiteral("SELECT (SELECT count(*) FROM kasibi.card), "
                                     "(SELECT count(*) FROM kasibi.search_text)")));
    REQUIRE(rows.next());
    CHECK(rows.value(0).toInt() == 3);
    CHECK(rows.value(1).toInt() == 8); // the rest of the standard and 3 cards, in 2 languages
}
