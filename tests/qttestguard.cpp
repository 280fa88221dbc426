#include "qttestguard.h"

// The listener interface is outside Catch2's default header.
#define CATCH_CONFIG_EXTERNAL_INTERFACES
#include <catch2/catch.hpp>

#include <iostream>
#include <QTest>

namespace kasibi::test {

namespace {

bool g_reported = false;

class QtTestGuardListener : public Catch::TestEventListenerBase {
public:
    using TestEventListenerBase::TestEventListenerBase;

    void testCaseEnded(const Catch::TestCaseStats& stats) override {
        if (g_reported || !QTest::currentTestFailed()) return;
        // QtTest's record cannot be cleared from outside, so only the first test is named.
        g_reported = true;
        std::cout << "\nFAILED: a QtTest check (QVERIFY, QCOMPARE, QTRY_*) failed in \""
                  << stats.testInfo.name
                  << "\"; Catch2 does not see those: use REQUIRE(QTest::qWaitFor(...))\n"
                  << std::flush;
    }
};

} // namespace

CATCH_REGISTER_LISTENER(QtTestGuardListener)

int QtTestGuard::exitCode(int catchResult) {
    if (catchResult != 0) return catchResult;
    return g_reported || QTest::currentTestFailed() ? 1 : 0;
}

} // namespace kasibi::test
