#pragma once

#include <catch2/catch.hpp>

#include <QFuture>
#include <QTest>

namespace kasibi::test {

// The result of a future, the event loop running meanwhile (continuations run in this thread);
// REQUIREs that it ends with a result within the time.
template <typename T> T resultOf(QFuture<T> future, int milliseconds = 30000) {
    REQUIRE(QTest::qWaitFor([&] { return future.isFinished(); }, milliseconds));
    REQUIRE(future.resultCount() > 0);
    return future.result();
}

} // namespace kasibi::test
