#include "core/registry/registryclient.h"
#include "eventloopwatch.h"
#include "futurewait.h"
#include "postgrescluster.h"
#include "silentserver.h"

#include <catch2/catch.hpp>

#include <QElapsedTimer>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>
#include <QThread>

using namespace kasibi;
using test::PostgresCluster;
using test::resultOf;
using test::SilentServer;

TEST_CASE("A registry call runs in a thread of its own with its own connection, the caller's "
          "event loop running meanwhile",
          "[registry][client]") {
    const QString connection = PostgresCluster::instance().newRegistry();
    RegistryClient client;
    QThread* callerThread = QThread::currentThread();
    QThread* ranIn = nullptr;
    const Result<QString> account = resultOf(client.run<QString>(
        connection, QStringLiteral("reading the account"), RegistryClient::Kind::Reads,
        [&](Registry& registry) {
            ranIn = QThread::currentThread();
            // The connection is usable here, in the thread that made it.
            QSqlQuery query(registry.database());
            if (!query.exec(QStringLiteral("SELECT current_user")) || !query.next())
                return Result<QString>::failure(QStringLiteral("not usable here"));
            return Result<QString>(query.value(0).toString());
        }));
    REQUIRE(account.ok());
    CHECK(account.value() == QLatin1String("postgres"));
    REQUIRE(ranIn != nullptr);
    CHECK(ranIn != callerThread);
    CHECK_FALSE(client.isBusy());
}

TEST_CASE("A registry server that does not answer leaves the caller's event loop running and "
          "ends the call with a clear message",
          "[registry][client]") {
    SilentServer silent;
    RegistryClient client;
    test::EventLoopWatch loop;
    QFuture<Result<int>> call =
        client.run<int>(silent.address(2), QStringLiteral("counting"), RegistryClient::Kind::Reads,
                        [](Registry&) { return Result<int>(1); });
    CHECK(client.isBusy());
    // Meanwhile another call is refused at once, saying what the registry is busy with.
    const Result<int> second = resultOf(
        client.run<int>(silent.address(2), QStringLiteral("another"), RegistryClient::Kind::Reads,
                        [](Registry&) { return Result<int>(2); }));
    REQUIRE_FALSE(second.ok());
    CHECK(second.error().message.contains(QStringLiteral("still busy counting")));
    const Result<int> ended = resultOf(call);
    REQUIRE_FALSE(ended.ok());
    INFO(ended.error().toString().toStdString());
    CHECK(ended.error().message.contains(QStringLiteral("did not answer in time")));
    CHECK(ended.error().where.contains(QString::number(silent.port())));
    // libpq waited its two seconds; this thread's timer kept firing all along.
    CHECK(loop.elapsed() >= 1900);
    INFO(loop.ticks() << " ticks in " << loop.elapsed() << " ms");
    CHECK(loop.keptRunning());
    CHECK_FALSE(client.isBusy());
}

TEST_CASE("A canceled registry call ends at once and the next call does not wait behind it",
          "[registry][client]") {
    const QString connection = PostgresCluster::instance().newRegistry();
    SilentServer silent;
    RegistryClient client;
    QFuture<Result<int>> hanging =
        client.run<int>(silent.address(10), QStringLiteral("waiting"), RegistryClient::Kind::Reads,
                        [](Registry&) { return Result<int>(1); });
    QTest::qWait(200);
    REQUIRE(client.isBusy());
    QElapsedTimer clock;
    clock.start();
    client.cancel();
    CHECK_FALSE(client.isBusy());
    REQUIRE(QTest::qWaitFor([&] { return hanging.isFinished(); }, 1000));
    CHECK(hanging.isCanceled());
    // A new worker serves the next call: it does not queue behind the silent server's ten seconds.
    const Result<QString> id = resultOf(client.run<QString>(
        connection, QStringLiteral("reading the id"), RegistryClient::Kind::Reads,
        [](Registry& registry) { return Result<QString>(registry.id()); }));
    REQUIRE(id.ok());
    CHECK_FALSE(id.value().isEmpty());
    CHECK(clock.elapsed() < 5000);
}

TEST_CASE("A registry call that writes is not canceled and is waited for when the client goes; "
          "one that reads is not waited for",
          "[registry][client]") {
    SilentServer silent;
    {
        RegistryClient client;
        QFuture<Result<int>> writing =
            client.run<int>(silent.address(2), QStringLiteral("publishing"),
                            RegistryClient::Kind::Writes, [](Registry&) { return Result<int>(1); });
        QTest::qWait(100);
        CHECK_FALSE(client.canCancel());
        CHECK_FALSE(client.cancel());
        CHECK(client.isBusy());
        const Result<int> ended = resultOf(writing);
        REQUIRE_FALSE(ended.ok());
        CHECK(ended.error().message.contains(QStringLiteral("did not answer in time")));
    }
    QElapsedTimer clock;
    {
        auto client = std::make_unique<RegistryClient>();
        QFuture<Result<int>> reading =
            client->run<int>(silent.address(10), QStringLiteral("searching"),
                             RegistryClient::Kind::Reads, [](Registry&) { return Result<int>(1); });
        QTest::qWait(100);
        REQUIRE(client->canCancel());
        clock.start();
        client.reset();
        CHECK(clock.elapsed() < 1000);
        CHECK(reading.isCanceled());
    }
}

namespace {

// How many statements the server runs now whose text contains `text` (asked as its superuser).
int running(const QString& connection, const QString& text) {
    auto session = PostgresCluster::instance().connect(connection);
    QSqlQuery query(session->database());
    query.prepare(QStringLiteral("SELECT count(*) FROM pg_stat_activity WHERE state = 'active' "
                                 "AND query LIKE ? AND pid <> pg_backend_pid()"));
    query.addBindValue(QString(QLatin1Char('%') + text + QLatin1Char('%')));
    REQUIRE(query.exec());
    REQUIRE(query.next());
    return query.value(0).toInt();
}

} // namespace

TEST_CASE("A canceled registry read stops on the server too, for every account the registry "
          "makes, and the client serves the next call",
          "[registry][client]") {
    PostgresCluster& cluster = PostgresCluster::instance();
    const QString connection = cluster.newRegistry();
    const QString sleeping = QStringLiteral("pg_sleep(30.5)");
    for (const QString& role :
         {QStringLiteral("reader"), QStringLiteral("author"), QStringLiteral("reviewer")}) {
        DYNAMIC_SECTION(role.toStdString()) {
            const QString login = QStringLiteral("cancel_") + role;
            cluster.createLogin(login, QStringLiteral("kasibi_") + role);
            const QString address = PostgresCluster::asUser(connection, login);
            RegistryClient client;
            QFuture<Result<int>> slow =
                client.run<int>(address, QStringLiteral("searching"), RegistryClient::Kind::Reads,
                                [sleeping](Registry& registry) {
                                    QSqlQuery query(registry.database());
                                    query.exec(QStringLiteral("SELECT ") + sleeping);
                                    return Result<int>(1);
                                });
            REQUIRE(QTest::qWaitFor([&] { return running(connection, sleeping) == 1; }, 5000));
            REQUIRE(client.cancel());
            QElapsedTimer clock;
            clock.start();
            // Gone from the server within a second, not after its thirty.
            REQUIRE(QTest::qWaitFor([&] { return running(connection, sleeping) == 0; }, 1000));
            INFO("gone after " << clock.elapsed() << " ms");
            CHECK(slow.isCanceled());
            const Result<QString> account = resultOf(client.run<QString>(
                address, QStringLiteral("reading the account"), RegistryClient::Kind::Reads,
                [](Registry& registry) { return Result<QString>(registry.account()); }));
            REQUIRE(account.ok());
            CHECK(account.value() == login);
        }
    }
}

TEST_CASE("A registry statement that runs too long ends with a clear message, after 30 s unless "
          "the address says otherwise",
          "[registry][client]") {
    const QString connection = PostgresCluster::instance().newRegistry();
    auto shown = [](const QString& address) {
        auto opened = Registry::open(address);
        REQUIRE(opened.ok());
        QSqlQuery query(opened.value()->database());
        REQUIRE(query.exec(QStringLiteral("SHOW statement_timeout")));
        REQUIRE(query.next());
        return query.value(0).toString();
    };
    CHECK(shown(connection) == QLatin1String("30s"));
    const QString oneSecond = connection + QStringLiteral(" options='-c statement_timeout=1s'");
    CHECK(shown(oneSecond) == QLatin1String("1s"));

    RegistryClient client;
    QElapsedTimer clock;
    clock.start();
    const Result<int> slow = resultOf(client.run<int>(
        oneSecond, QStringLiteral("searching"), RegistryClient::Kind::Reads,
        [](Registry& registry) -> Result<int> {
            QSqlQuery query(registry.database());
            if (query.exec(QStringLiteral("SELECT pg_sleep(5)"))) return 1;
            return Result<int>::failure(RegistryConnection::reason(query.lastError()));
        }));
    REQUIRE_FALSE(slow.ok());
    CHECK(slow.error().message == QLatin1String("the registry did not answer within 1 s"));
    CHECK(clock.elapsed() < 4000);
    // The time set on the client (Preferences' in the editor) when the address says none.
    client.setStatementTimeout(2);
    const Result<QString> set = resultOf(client.run<QString>(
        connection, QStringLiteral("reading the timeout"), RegistryClient::Kind::Reads,
        [](Registry& registry) -> Result<QString> {
            QSqlQuery query(registry.database());
            if (!query.exec(QStringLiteral("SHOW statement_timeout")) || !query.next())
                return Result<QString>::failure(QStringLiteral("not read"));
            return query.value(0).toString();
        }));
    REQUIRE(set.ok());
    CHECK(set.value() == QLatin1String("2s"));
    // The connection is usable afterwards.
    const Result<QString> id = resultOf(client.run<QString>(
        oneSecond, QStringLiteral("reading the id"), RegistryClient::Kind::Reads,
        [](Registry& registry) { return Result<QString>(registry.id()); }));
    CHECK(id.ok());
}

TEST_CASE("A registry connection keeps TCP keepalives on unless the address sets them",
          "[registry][client]") {
    const Result<QString> plain =
        RegistryConnection::connectionString(QStringLiteral("host=registry.example dbname=r"));
    REQUIRE(plain.ok());
    for (const char* option :
         {"keepalives=1", "keepalives_idle=30", "keepalives_interval=10", "keepalives_count=3"})
        CHECK(plain.value().contains(QLatin1String(option)));
    const Result<QString> own = RegistryConnection::connectionString(
        QStringLiteral("postgresql://registry.example/r?keepalives_idle=5"));
    REQUIRE(own.ok());
    CHECK(own.value().contains(QLatin1String("keepalives_idle='5'")));
    CHECK_FALSE(own.value().contains(QLatin1String("keepalives_idle=30")));
    CHECK(own.value().contains(QLatin1String("keepalives_count=3")));
}
