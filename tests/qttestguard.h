#pragma once

namespace kasibi::test {

// QtTest's macros (QVERIFY, QCOMPARE, QTRY_*) only record a failure for QtTest and return;
// Catch2 never hears of it and the test passes. The guard watches QtTest's own record after
// every test case, names the test in which it turned, and makes the run fail.
class QtTestGuard {
public:
    // The exit status of a run that Catch2 ended with `catchResult`.
    static int exitCode(int catchResult);
};

} // namespace kasibi::test
