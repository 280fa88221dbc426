#include "testsupport.h"

#include <catch2/catch.hpp>

#include <QCoreApplication>
#include <QProcess>
#include <QTest>

using namespace kasibi;

// The probes are hidden: they run only when asked for by their tag, as the guard's test does.
TEST_CASE("QtTest guard probe: a QTRY_COMPARE that fails", "[.][qttest-probe-failing]") {
    int value = 1;
    QTRY_COMPARE_WITH_TIMEOUT(value, 2, 50);
}

TEST_CASE("QtTest guard probe: a QTRY_COMPARE that holds", "[.][qttest-probe-holding]") {
    int value = 2;
    QTRY_COMPARE_WITH_TIMEOUT(value, 2, 50);
    REQUIRE(QTest::qWaitFor([&] { return value == 2; }, 50));
}

TEST_CASE("QtTest guard probe: a Catch2 wait that times out", "[.][qttest-probe-waiting]") {
    REQUIRE(QTest::qWaitFor([] { return false; }, 50));
}

TEST_CASE("A failing QtTest check or wait fails the test run, which Catch2 alone does not see") {
    const auto run = [](const char* tag, QString* output) {
        QProcess probe;
        probe.setProcessChannelMode(QProcess::MergedChannels);
        probe.start(QCoreApplication::applicationFilePath(), {QString::fromLatin1(tag)});
        REQUIRE(probe.waitForFinished(60000));
        *output = QString::fromUtf8(probe.readAll());
        REQUIRE(probe.exitStatus() == QProcess::NormalExit);
        return probe.exitCode();
    };
    QString output;
    CHECK(run("[qttest-probe-failing]", &output) != 0);
    INFO(output.toStdString());
    CHECK(output.contains(QStringLiteral("QtTest check")));
    CHECK(output.contains(QStringLiteral("a QTRY_COMPARE that fails")));
    CHECK(run("[qttest-probe-waiting]", &output) != 0);
    CHECK(run("[qttest-probe-holding]", &output) == 0);
}
