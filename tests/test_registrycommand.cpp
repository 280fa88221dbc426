#include "core/registry/registry.h"
#include "core/store/documentstore.h"
#include "postgrescluster.h"
#include "testsupport.h"

#include <catch2/catch.hpp>

#include <QDeadlineTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSqlQuery>
#include <QThread>

using namespace kasibi;
using test::PostgresCluster;

namespace {

const QString kSampleId = QStringLiteral("73407c1c-dda7-4fbb-9ad9-139dc8ca181f");

QStringList registry(const QStringList& arguments, const QString& connection) {
    return QStringList{QStringLiteral("registry")} + arguments +
           QStringList{QStringLiteral("--db"), connection};
}

QVariant value(const QString& connection, const QString& sql) {
    auto session = PostgresCluster::instance().connect(connection);
    QSqlQuery query(session->database());
    INFO(sql.toStdString());
    REQUIRE(query.exec(sql));
    return query.next() ? query.value(0) : QVariant();
}

bool waitFor(const std::function<bool()>& condition, int milliseconds = 30000) {
    QDeadlineTimer deadline(milliseconds);
    while (!deadline.hasExpired()) {
        if (condition()) return true;
        QThread::msleep(50);
    }
    return condition();
}

void rename(const QString& path, const QString& name) {
    auto store = DocumentStore::open(path, AccessMode::ReadWrite);
    REQUIRE(store.ok());
    const DocumentTree tree = store.value()->takeContent();
    REQUIRE(
        store.value()->setValue(tree.standardId(), QStringLiteral("passport/name@ru"), name).ok());
}

} // namespace

TEST_CASE("kasibi-cli registry: init, publish, a refused stale publish, pull and compare",
          "[registry][cli]") {
    PostgresCluster& cluster = PostgresCluster::instance();
    const QString connection = cluster.newDatabase();
    QTemporaryDir dir;
    QString output, errors;
    REQUIRE(test::runCli(registry({QStringLiteral("init")}, connection), &output, &errors) == 0);
    CHECK(output.contains(QStringLiteral("schema")));
    CHECK(test::runCli(registry({QStringLiteral("init")}, connection), nullptr, &errors) == 2);
    CHECK(errors.contains(QStringLiteral("already holds a registry")));

    const QString mine = dir.filePath(QStringLiteral("mine.kasibi"));
    REQUIRE(test::runCli(
                {QStringLiteral("import"), test::samplePath(), QStringLiteral("-o"), mine}) == 0);
    REQUIRE(test::runCli(registry({QStringLiteral("publish"), mine}, connection), &output,
                         &errors) == 0);
    CHECK(output.contains(QStringLiteral("as version 1")));
    {
        auto store = DocumentStore::open(mine, AccessMode::ReadOnly);
        REQUIRE(store.ok());
        REQUIRE(store.value()->registryLink().has_value());
        CHECK(store.value()->registryLink()->version == 1);
    }

    // A colleague pulls version 1, edits it and publishes version 2.
    const QString colleague = dir.filePath(QStringLiteral("colleague.kasibi"));
    REQUIRE(
        test::runCli(registry({QStringLiteral("pull"), kSampleId, QStringLiteral("-o"), colleague},
                              connection),
                     &output, &errors) == 0);
    CHECK(
        test::runCli(registry({QStringLiteral("pull"), kSampleId, QStringLiteral("-o"), colleague},
                              connection),
                     nullptr, &errors) == 2);
    CHECK(errors.contains(QStringLiteral("already exists")));
    rename(colleague, QStringLiteral("Редакция коллеги"));
    REQUIRE(test::runCli(registry({QStringLiteral("publish"), colleague}, connection), &output) ==
            0);
    CHECK(output.contains(QStringLiteral("as version 2")));

    // My edit of version 1 is refused, with who, when, and how to compare.
    rename(mine, QStringLiteral("Моя редакция"));
    CHECK(test::runCli(registry({QStringLiteral("publish"), mine}, connection), nullptr, &errors) ==
          2);
    CHECK(errors.contains(QStringLiteral("version 2 of this standard was published by postgres")));
    CHECK(errors.contains(QStringLiteral("registry pull %1 --version 2").arg(kSampleId)));
    CHECK(errors.contains(QStringLiteral("kasibi-cli diff")));
    CHECK(value(connection, QStringLiteral("SELECT latest_version FROM kasibi.standard")).toInt() ==
          2);

    const QString theirs = dir.filePath(QStringLiteral("theirs.kasibi"));
    REQUIRE(test::runCli(registry({QStringLiteral("pull"), kSampleId, QStringLiteral("--version"),
                                   QStringLiteral("2"), QStringLiteral("-o"), theirs},
                                  connection)) == 0);
    REQUIRE(test::runCli({QStringLiteral("diff"), mine, theirs, QStringLiteral("--json")},
                         &output) == 0);
    const QJsonArray changes = QJsonDocument::fromJson(output.toUtf8())
                                   .object()
                                   .value(QStringLiteral("changes"))
                                   .toArray();
    REQUIRE(changes.size() == 1);
    CHECK(changes.first().toObject().value(QStringLiteral("path")).toString() ==
          QLatin1String("/standard/passport/name"));

    // KASIBI_REGISTRY is the default; with neither, a clear message.
    qputenv("KASIBI_REGISTRY", connection.toUtf8());
    CHECK(
        test::runCli({QStringLiteral("registry"), QStringLiteral("list"), QStringLiteral("--json")},
                     &output) == 0);
    const QJsonArray listed = QJsonDocument::fromJson(output.toUtf8())
                                  .object()
                                  .value(QStringLiteral("standards"))
                                  .toArray();
    REQUIRE(listed.size() == 1);
    CHECK(listed.first().toObject().value(QStringLiteral("version")).toInt() == 2);
    qunsetenv("KASIBI_REGISTRY");
    CHECK(test::runCli({QStringLiteral("registry"), QStringLiteral("list")}, nullptr, &errors) ==
          2);
    CHECK(errors.contains(QStringLiteral("KASIBI_REGISTRY")));
    CHECK(test::runCli(
              registry({QStringLiteral("list")}, QStringLiteral("host=/nonexistent dbname=none")),
              nullptr, &errors) == 2);
    CHECK(errors.contains(QStringLiteral("cannot connect to the registry")));

    // A registry made by a newer Kasibi is refused by every command.
    cluster.execute(connection, QStringLiteral("UPDATE kasibi.registry SET schema_version = 999"));
    CHECK(test::runCli(registry({QStringLiteral("list")}, connection), nullptr, &errors) == 2);
    CHECK(errors.contains(QStringLiteral("newer version of Kasibi")));
    CHECK(test::runCli(registry({QStringLiteral("upgrade")}, connection), nullptr, &errors) == 2);
    CHECK(errors.contains(QStringLiteral("schema 999")));
}

TEST_CASE("A publishing client killed in the middle of its transaction leaves no half version",
          "[registry][cli][crash]") {
    PostgresCluster& cluster = PostgresCluster::instance();
    const QString connection = cluster.newRegistry();
    QTemporaryDir dir;
    const QString document = dir.filePath(QStringLiteral("standard.kasibi"));
    REQUIRE(test::runCli({QStringLiteral("import"), test::samplePath(), QStringLiteral("-o"),
                          document}) == 0);
    REQUIRE(test::runCli(registry({QStringLiteral("publish"), document}, connection)) == 0);
    const int searchRows =
        value(connection, QStringLiteral("SELECT count(*) FROM kasibi.search_text")).toInt();
    REQUIRE(searchRows > 0);
    rename(document, QStringLiteral("Версия, которой не будет"));

    // The search index is the last thing a publish writes: holding it keeps the publish waiting
    // there, with its version row and cards already written in its transaction.
    auto blocker = cluster.connect(connection);
    QSqlDatabase blocking = blocker->database();
    REQUIRE(blocking.transaction());
    QSqlQuery lock(blocking);
    REQUIRE(lock.exec(QStringLiteral("LOCK TABLE kasibi.search_text IN SHARE MODE")));

    QProcess client;
    client.start(test::cliPath(), registry({QStringLiteral("publish"), document}, connection));
    REQUIRE(client.waitForStarted());
    QString backend;
    REQUIRE(waitFor([&] {
        const QVariant pid = value(
            connection,
            QStringLiteral("SELECT a.pid FROM pg_stat_activity a WHERE a.application_name = "
                           "'kasibi' AND a.wait_event_type = 'Lock' AND EXISTS (SELECT FROM "
                           "pg_locks l WHERE l.pid = a.pid AND l.granted AND l.relation = "
                           "'kasibi.standard_version'::regclass AND l.mode = 'RowExclusiveLock')"));
        backend = pid.toString();
        return !pid.isNull();
    }));
    client.kill(); // SIGKILL: no chance to clean up
    REQUIRE(client.waitForFinished());
    CHECK(client.exitStatus() == QProcess::CrashExit);
    REQUIRE(blocking.rollback());
    REQUIRE(waitFor([&] {
        return value(connection,
                     QStringLiteral("SELECT count(*) FROM pg_stat_activity WHERE pid = %1")
                         .arg(backend))
                   .toInt() == 0;
    }));

    CHECK(
        value(connection, QStringLiteral("SELECT count(*) FROM kasibi.standard_version")).toInt() ==
        1);
    CHECK(value(connection, QStringLiteral("SELECT latest_version FROM kasibi.standard")).toInt() ==
          1);
    CHECK(value(connection, QStringLiteral("SELECT name_ru FROM kasibi.standard")).toString() ==
          QStringLiteral("Добыча руды открытым способом"));
    CHECK(value(connection, QStringLiteral("SELECT count(*) FROM kasibi.card")).toInt() == 4);
    CHECK(value(connection, QStringLiteral("SELECT count(*) FROM kasibi.search_text")).toInt() ==
          searchRows);
    {
        auto store = DocumentStore::open(document, AccessMode::ReadOnly);
        REQUIRE(store.ok());
        CHECK(store.value()->registryLink()->version == 1);
    }
    // Nothing is left half-done: the same publish now goes through as version 2.
    QString output;
    REQUIRE(test::runCli(registry({QStringLiteral("publish"), document}, connection), &output) ==
            0);
    CHECK(output.contains(QStringLiteral("as version 2")));
}

TEST_CASE("kasibi-cli registry plan fills Appendix 2 with the standards due in the year",
          "[registry][cli][plan]") {
    PostgresCluster& cluster = PostgresCluster::instance();
    const QString connection = cluster.newRegistry();
    QTemporaryDir dir;
    // The sample's planned update is 2028-04-01.
    REQUIRE(test::runCli(registry({QStringLiteral("publish"), test::samplePath()}, connection)) ==
            0);
    const auto planText = [&](const QString& year) {
        const QString pdf = dir.filePath(year + QStringLiteral(".pdf"));
        REQUIRE(test::runCli(registry({QStringLiteral("plan"), QStringLiteral("--year"), year,
                                       QStringLiteral("-o"), pdf},
                                      connection)) == 0);
        QProcess text;
        text.start(QStringLiteral("pdftotext"), {QStringLiteral("-raw"), pdf, QStringLiteral("-")});
        REQUIRE(text.waitForFinished());
        return QString::fromUtf8(text.readAllStandardOutput()).simplified();
    };
    const QString due = planText(QStringLiteral("2028"));
    CHECK(due.contains(QStringLiteral("на 2028 год")));
    CHECK(due.contains(QStringLiteral("Добыча руды открытым способом (B07102012)")));
    CHECK(due.contains(QStringLiteral("Машинист экскаватора")));
    const QString notDue = planText(QStringLiteral("2027"));
    CHECK(notDue.contains(QStringLiteral("на 2027 год")));
    CHECK_FALSE(notDue.contains(QStringLiteral("B07102012")));
    QString errors;
    CHECK(test::runCli(registry({QStringLiteral("plan"), QStringLiteral("-o"),
                                 dir.filePath(QStringLiteral("x.pdf"))},
                                connection),
                       nullptr, &errors) == 2);
    CHECK(errors.contains(QStringLiteral("--year")));
}
