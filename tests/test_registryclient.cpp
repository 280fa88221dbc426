#include "core/registry/registryclient.h"
#include "eventloopwatch.h"
#include "futurewait.h"
#include "postgrescluster.h"
#include "silentserver.h"

#include <catch2/catch.hpp>

#include <QElapsedTimer>
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
