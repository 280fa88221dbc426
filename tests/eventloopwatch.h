#pragma once

#include <QElapsedTimer>
#include <QTimer>

namespace kasibi::test {

// Whether this thread's event loop kept running over a stretch of time: a timer here counts its
// ticks, which a blocked thread does not get.
class EventLoopWatch {
public:
    static constexpr int IntervalMilliseconds = 50;

    EventLoopWatch() {
        QObject::connect(&m_timer, &QTimer::timeout, [this] { ++m_ticks; });
        restart();
    }
    void restart() {
        m_ticks = 0;
        m_clock.start();
        m_timer.start(IntervalMilliseconds);
    }
    qint64 elapsed() const { return m_clock.elapsed(); }
    int ticks() const { return m_ticks; }
    // At least half the ticks the time since restart() holds: a loop blocked for most of it
    // gets one at its end.
    bool keptRunning() const { return m_ticks >= int(elapsed() / IntervalMilliseconds) / 2; }

private:
    QTimer m_timer;
    QElapsedTimer m_clock;
    int m_ticks = 0;
};

} // namespace kasibi::test
