#include "postgrescluster.h"

#include <catch2/catch.hpp>

#include <csignal>
#include <iostream>
#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

using kasibi::test::PostgresCluster;

TEST_CASE("A test binary killed while its PostgreSQL cluster runs leaves no server and no folder",
          "[registry][cluster]") {
    // Another run of this binary, with only the case below: it starts a cluster and waits.
    QProcess child;
    child.setProgram(QCoreApplication::applicationFilePath());
    child.setArguments({QStringLiteral("[.orphaned-cluster]")});
    // Its home folder (made under TMPDIR), which its killing leaves, goes with ours.
    QTemporaryDir temporary;
    REQUIRE(temporary.isValid());
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("TMPDIR"), temporary.path());
    child.setProcessEnvironment(environment);
    child.start();
    REQUIRE(child.waitForStarted());
    QString printed;
    QString folder;
    REQUIRE(QTest::qWaitFor(
        [&] {
            child.waitForReadyRead(100);
            printed += QString::fromLocal8Bit(child.readAllStandardOutput());
            const int at = int(printed.indexOf(QStringLiteral("cluster: ")));
            const int end = int(printed.indexOf(QLatin1Char('\n'), at));
            if (at >= 0 && end > at) folder = printed.mid(at + 9, end - at - 9).trimmed();
            return !folder.isEmpty() || child.state() == QProcess::NotRunning;
        },
        180000));
    INFO(printed.toStdString());
    REQUIRE_FALSE(folder.isEmpty());
    QFile pidFile(folder + QStringLiteral("/data/postmaster.pid"));
    REQUIRE(pidFile.open(QIODevice::ReadOnly));
    const pid_t server = pid_t(QString::fromLatin1(pidFile.readLine()).trimmed().toInt());
    pidFile.close();
    REQUIRE(server > 0);
    REQUIRE(::kill(server, 0) == 0);

    // As a crash would: no destructor, no runner's shutdown.
    ::kill(pid_t(child.processId()), SIGKILL);
    REQUIRE(child.waitForFinished(10000));
    CHECK(QTest::qWaitFor([&] { return ::kill(server, 0) != 0; }, 30000));
    CHECK(QTest::qWaitFor([&] { return !QFileInfo::exists(folder); }, 30000));
}

TEST_CASE("Starts a cluster, says where, and waits to be killed (for the case above)",
          "[.orphaned-cluster]") {
    PostgresCluster& cluster = PostgresCluster::instance();
    std::cout << "cluster: " << cluster.folder().toStdString() << std::endl;
    QThread::sleep(300);
}
