#include "core/format/jsonstandardwriter.h"
#include "core/registry/registry.h"
#include "core/registry/registrymigrations.h"
#include "core/store/documentstore.h"
#include "postgrescluster.h"
#include "standardgenerator.h"
#include "testsupport.h"

#include <catch2/catch.hpp>

#include <QSqlError>
#include <QSqlQuery>

using namespace kasibi;
using test::PostgresCluster;

namespace {

std::unique_ptr<Registry> openRegistry(const QString& connection) {
    auto registry = Registry::open(connection);
    INFO((registry ? QString() : registry.error().toString()).toStdString());
    REQUIRE(registry.ok());
    return std::move(registry.value());
}

PublishedVersion published(Registry& registry, const DocumentTree& tree,
                           const std::optional<RegistryLink>& base) {
    Result<PublishedVersion> version = registry.publish(tree, base);
    INFO((version ? QString() : version.error().toString()).toStdString());
    REQUIRE(version.ok());
    return version.value();
}

int scalar(const QString& connection, const QString& sql) {
    auto session = PostgresCluster::instance().connect(connection);
    QSqlQuery query(session->database());
    INFO(sql.toStdString());
    REQUIRE(query.exec(sql));
    REQUIRE(query.next());
    return query.value(0).toInt();
}

// The SQLSTATE a statement fails with when run as a login ("" when it succeeds).
QString refusal(const QString& connection, const QString& sql) {
    auto session = PostgresCluster::instance().connect(connection);
    QSqlQuery query(session->database());
    if (query.exec(sql)) return {};
    return RegistryConnection::state(query.lastError());
}

QString renamed(DocumentTree& tree, const QString& name) {
    tree.setValue(tree.standardId(), QStringLiteral("passport/name@ru"), name);
    return name;
}

} // namespace

TEST_CASE("A published standard is stored whole as the next version and pulled back unchanged",
          "[registry]") {
    PostgresCluster& cluster = PostgresCluster::instance();
    const QString connection = cluster.newRegistry();
    auto registry = openRegistry(connection);
    DocumentTree sample = test::sampleTree();

    const PublishedVersion first = published(*registry, sample, std::nullopt);
    CHECK(first.version == 1);
    CHECK(first.isNew);
    CHECK(first.publishedBy == QLatin1String("postgres"));

    Result<PulledStandard> pulled = registry->pull(sample.standardId());
    REQUIRE(pulled.ok());
    CHECK(JsonStandardWriter().toJson(pulled.value().tree) == JsonStandardWriter().toJson(sample));
    CHECK(pulled.value().link == RegistryLink{registry->id(), sample.standardId(), 1});

    // The same content again is no new version.
    const PublishedVersion again = published(*registry, sample, pulled.value().link);
    CHECK(again.version == 1);
    CHECK_FALSE(again.isNew);

    renamed(sample, QStringLiteral("Добыча руды открытым способом, редакция 2"));
    CHECK(published(*registry, sample, pulled.value().link).version == 2);
    Result<QVector<RegisteredStandard>> listed = registry->list();
    REQUIRE(listed.ok());
    REQUIRE(listed.value().size() == 1);
    CHECK(listed.value().first().code == QLatin1String("B07102012"));
    CHECK(listed.value().first().latest.version == 2);
    CHECK(listed.value().first().nameRu ==
          QStringLiteral("Добыча руды открытым способом, редакция 2"));
    // Every version stays whole: version 1 is still there as it was.
    Result<PulledStandard> firstAgain = registry->pull(sample.standardId(), 1);
    REQUIRE(firstAgain.ok());
    CHECK(firstAgain.value().tree.text(sample.standardId(), QStringLiteral("passport/name")).ru ==
          QStringLiteral("Добыча руды открытым способом"));
    CHECK_FALSE(registry->pull(sample.standardId(), 3).ok());
}

TEST_CASE("Publishing over someone else's newer version is refused, naming who and when",
          "[registry]") {
    PostgresCluster& cluster = PostgresCluster::instance();
    const QString connection = cluster.newRegistry();
    cluster.createLogin(QStringLiteral("aigerim"), QStringLiteral("kasibi_author"));
    cluster.execute(
        connection,
        QStringLiteral("INSERT INTO kasibi.organisation VALUES ('ra', 'Рудный альянс'); "
                       "INSERT INTO kasibi.account VALUES ('aigerim', 'ra')"));
    auto aigerim = openRegistry(PostgresCluster::asUser(connection, QStringLiteral("aigerim")));
    DocumentTree mine = test::sampleTree();
    const PublishedVersion first = published(*aigerim, mine, std::nullopt);
    const RegistryLink base{aigerim->id(), mine.standardId(), first.version};

    // A colleague pulls version 1, changes it and publishes version 2.
    auto colleague = openRegistry(connection);
    Result<PulledStandard> theirs = colleague->pull(mine.standardId());
    REQUIRE(theirs.ok());
    renamed(theirs.value().tree, QStringLiteral("Их редакция"));
    published(*colleague, theirs.value().tree, theirs.value().link);

    // Publishing my change made on version 1 would overwrite theirs: refused.
    renamed(mine, QStringLiteral("Моя редакция"));
    Result<std::optional<PublishedVersion>> newer = aigerim->newerThan(mine, base);
    REQUIRE(newer.ok());
    REQUIRE(newer.value().has_value());
    CHECK(newer.value()->version == 2);
    CHECK(newer.value()->publishedBy == QLatin1String("postgres"));
    Result<PublishedVersion> refused = aigerim->publish(mine, base);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().message.contains(QStringLiteral("version 2")));
    CHECK(refused.error().message.contains(QStringLiteral("postgres")));
    CHECK(refused.error().message.contains(QStringLiteral("version 1")));
    // A file that never came from this registry cannot overwrite either.
    CHECK_FALSE(aigerim->publish(mine, std::nullopt).ok());
    Result<PulledStandard> latest = aigerim->pull(mine.standardId());
    REQUIRE(latest.ok());
    CHECK(latest.value().published.version == 2);
    CHECK(latest.value().tree.text(mine.standardId(), QStringLiteral("passport/name")).ru ==
          QStringLiteral("Их редакция"));
    // Having pulled version 2 and merged, the author publishes version 3.
    CHECK(published(*aigerim, mine, latest.value().link).version == 3);
}

TEST_CASE("The document file records the registry version it matches", "[registry]") {
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("pulled.kasibi"));
    const DocumentTree sample = test::sampleTree();
    const RegistryLink link{QStringLiteral("0b7c3a2e-54a4-4c9f-9d44-08d1f7f2d9b1"),
                            sample.standardId(), 4};
    REQUIRE(DocumentStore::create(path, sample, false, link).ok());
    {
        auto store = DocumentStore::open(path, AccessMode::ReadWrite);
        REQUIRE(store.ok());
        REQUIRE(store.value()->registryLink().has_value());
        CHECK(*store.value()->registryLink() == link);
        REQUIRE(store.value()->setRegistryLink({link.registryId, link.standardId, 5}).ok());
    }
    auto reopened = DocumentStore::open(path, AccessMode::ReadOnly);
    REQUIRE(reopened.ok());
    CHECK(reopened.value()->registryLink()->version == 5);

    // A file imported from JSON matches no registry version.
    const QString imported = dir.filePath(QStringLiteral("imported.kasibi"));
    REQUIRE(DocumentStore::create(imported, sample, false).ok());
    auto fresh = DocumentStore::open(imported, AccessMode::ReadOnly);
    REQUIRE(fresh.ok());
    CHECK_FALSE(fresh.value()->registryLink().has_value());
}

TEST_CASE("A registry of a newer schema is refused, an older one is upgraded step by step",
          "[registry]") {
    PostgresCluster& cluster = PostgresCluster::instance();
    const int latest = RegistryMigrations::latestVersion();
    REQUIRE(latest >= 2);

    const QString older = cluster.newDatabase();
    {
        auto session = cluster.connect(older);
        Result<int> first = RegistryMigrations::apply(session->database(), 1);
        REQUIRE(first.ok());
        CHECK(first.value() == 1);
    }
    Result<std::unique_ptr<Registry>> refused = Registry::open(older);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().message.contains(QStringLiteral("registry upgrade")));
    CHECK_FALSE(Registry::initialize(older).ok());
    Result<int> upgraded = Registry::upgrade(older);
    REQUIRE(upgraded.ok());
    CHECK(upgraded.value() == latest);
    CHECK(Registry::open(older).ok());

    cluster.execute(
        older, QStringLiteral("UPDATE kasibi.registry SET schema_version = %1").arg(latest + 1));
    Result<std::unique_ptr<Registry>> newer = Registry::open(older);
    REQUIRE_FALSE(newer.ok());
    CHECK(newer.error().message.contains(QStringLiteral("newer version of Kasibi")));
    CHECK(newer.error().message.contains(QString::number(latest + 1)));
    Result<int> notDowngraded = Registry::upgrade(older);
    REQUIRE_FALSE(notDowngraded.ok());
    CHECK(notDowngraded.error().message.contains(QStringLiteral("newer version of Kasibi")));
    CHECK(scalar(older, QStringLiteral("SELECT schema_version FROM kasibi.registry")) ==
          latest + 1);

    Result<std::unique_ptr<Registry>> empty = Registry::open(cluster.newDatabase());
    REQUIRE_FALSE(empty.ok());
    CHECK(empty.error().message.contains(QStringLiteral("registry init")));
}

TEST_CASE("The database lets authors publish only their organisation's standards, reviewers only "
          "review and readers only read",
          "[registry][security]") {
    PostgresCluster& cluster = PostgresCluster::instance();
    const QString owner = cluster.newRegistry();
    cluster.createLogin(QStringLiteral("author_a"), QStringLiteral("kasibi_author"));
    cluster.createLogin(QStringLiteral("author_b"), QStringLiteral("kasibi_author"));
    cluster.createLogin(QStringLiteral("reviewer_r"), QStringLiteral("kasibi_reviewer"));
    cluster.createLogin(QStringLiteral("reader_r"), QStringLiteral("kasibi_reader"));
    cluster.execute(owner,
                    QStringLiteral("INSERT INTO kasibi.organisation VALUES ('A', 'Организация А'), "
                                   "('B', 'Организация Б'); INSERT INTO kasibi.account VALUES "
                                   "('author_a', 'A'), ('author_b', 'B')"));
    const QString asA = PostgresCluster::asUser(owner, QStringLiteral("author_a"));
    const QString asB = PostgresCluster::asUser(owner, QStringLiteral("author_b"));
    const QString asReviewer = PostgresCluster::asUser(owner, QStringLiteral("reviewer_r"));
    const QString asReader = PostgresCluster::asUser(owner, QStringLiteral("reader_r"));

    DocumentTree standard = test::sampleTree();
    auto authorA = openRegistry(asA);
    const PublishedVersion first = published(*authorA, standard, std::nullopt);
    CHECK(first.publishedBy == QLatin1String("author_a"));
    CHECK(scalar(owner, QStringLiteral("SELECT count(*) FROM kasibi.standard WHERE organisation "
                                       "= 'A'")) == 1);
    const RegistryLink link{authorA->id(), standard.standardId(), 1};
    renamed(standard, QStringLiteral("Правка"));

    // Another organisation's author: refused by the database, told in a sentence.
    auto authorB = openRegistry(asB);
    Result<PublishedVersion> byB = authorB->publish(standard, link);
    REQUIRE_FALSE(byB.ok());
    CHECK(byB.error().message ==
          QStringLiteral("your account (author_b) may not publish standards of organisation "
                         "Организация А"));
    const QString id = standard.standardId();
    CHECK(refusal(asB, QStringLiteral("INSERT INTO kasibi.standard_version (standard, version, "
                                      "code, content) SELECT standard, 2, code, content FROM "
                                      "kasibi.standard_version WHERE standard = '%1'")
                           .arg(id)) == QLatin1String("42501"));
    CHECK(refusal(asB, QStringLiteral("INSERT INTO kasibi.standard (id, organisation) VALUES "
                                      "(gen_random_uuid(), 'A')")) == QLatin1String("42501"));
    // Nobody changes a published version, not even its own author.
    CHECK(refusal(asA, QStringLiteral("UPDATE kasibi.standard_version SET content = '{}' WHERE "
                                      "standard = '%1'")
                           .arg(id)) == QLatin1String("42501"));
    CHECK(refusal(asA, QStringLiteral("DELETE FROM kasibi.standard_version")) ==
          QLatin1String("42501"));

    // The reviewer comments and concludes, but cannot publish.
    auto reviewer = openRegistry(asReviewer);
    const QString card = standard.children(id, QStringLiteral("professionCards")).first();
    Status commented = reviewer->addComment(id, 1, card, QStringLiteral("Уточнить уровень ОРК"));
    INFO((commented ? QString() : commented.error().toString()).toStdString());
    CHECK(commented.ok());
    CHECK(reviewer
              ->addConclusion(id, 1,
                              QJsonObject{{QStringLiteral("result"), QStringLiteral("positive")}})
              .ok());
    Result<PublishedVersion> byReviewer = reviewer->publish(standard, link);
    REQUIRE_FALSE(byReviewer.ok());
    CHECK(byReviewer.error().message.startsWith(QStringLiteral("your account (reviewer_r) may not "
                                                               "publish")));
    CHECK(refusal(asReviewer, QStringLiteral("UPDATE kasibi.standard_version SET code = 'X'")) ==
          QLatin1String("42501"));
    CHECK(
        refusal(asReviewer, QStringLiteral("INSERT INTO kasibi.review_comment (standard, version, "
                                           "element, body, author) VALUES ('%1', 1, 'x', 'y', "
                                           "'author_a')")
                                .arg(id)) == QLatin1String("42501"));

    // The reader reads, and nothing else.
    auto reader = openRegistry(asReader);
    CHECK(reader->pull(id).ok());
    Result<PublishedVersion> byReader = reader->publish(standard, link);
    REQUIRE_FALSE(byReader.ok());
    CHECK(byReader.error().message.startsWith(QStringLiteral("your account (reader_r) may not "
                                                             "publish")));
    Status readerComment = reader->addComment(id, 1, card, QStringLiteral("Замечание"));
    REQUIRE_FALSE(readerComment.ok());
    CHECK(readerComment.error().message ==
          QStringLiteral("your account (reader_r) may not comment on published standards"));
    Result<PublishedVersion> newByReader =
        reader->publish(StandardGenerator::generate(StandardGenerator::typical()), std::nullopt);
    REQUIRE_FALSE(newByReader.ok());
    CHECK(newByReader.error().message.contains(
        QStringLiteral("your account (reader_r) may not publish standards")));
    CHECK(refusal(asReader, QStringLiteral("INSERT INTO kasibi.organisation VALUES ('C', 'C')")) ==
          QLatin1String("42501"));

    // Their own organisation's author goes on.
    CHECK(published(*authorA, standard, link).version == 2);
    CHECK(scalar(owner, QStringLiteral("SELECT count(*) FROM kasibi.review_comment")) == 1);
}
