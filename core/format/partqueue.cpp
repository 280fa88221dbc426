#include "core/format/partqueue.h"

#include <iterator>

namespace kasibi {

std::optional<Part> PartQueue::take() {
    QMutexLocker lock(&m_mutex);
    while (m_parts.empty() && !m_finished)
        m_changed.wait(&m_mutex);
    if (m_parts.empty()) return std::nullopt;
    Part part = std::move(m_parts.front());
    m_parts.pop_front();
    m_changed.wakeAll();
    return part;
}

void PartQueue::giveBack(Part part) {
    QMutexLocker lock(&m_mutex);
    m_painted.push_back(std::move(part));
    m_changed.wakeAll();
}

void PartQueue::close() {
    QMutexLocker lock(&m_mutex);
    m_closed = true;
    m_changed.wakeAll();
}

bool PartQueue::put(Part part) {
    std::deque<Part> painted; // freed here, on the laying out's thread, outside the lock
    {
        QMutexLocker lock(&m_mutex);
        while (m_parts.size() >= kAhead && !m_closed)
            m_changed.wait(&m_mutex);
        if (!m_closed) m_parts.push_back(std::move(part));
        m_changed.wakeAll();
        painted.swap(m_painted);
    }
    return !closed();
}

void PartQueue::finish() {
    QMutexLocker lock(&m_mutex);
    m_finished = true;
    m_changed.wakeAll();
}

void PartQueue::freeUntilClosed() {
    QMutexLocker lock(&m_mutex);
    for (;;) {
        std::deque<Part> painted;
        painted.swap(m_painted);
        if (m_closed)
            painted.insert(painted.end(), std::make_move_iterator(m_parts.begin()),
                           std::make_move_iterator(m_parts.end()));
        const bool closed = m_closed;
        if (closed) m_parts.clear();
        lock.unlock();
        painted.clear();
        lock.relock();
        if (closed) return;
        // The painting may have closed while the lock was let go: its wake-up is gone then.
        if (m_painted.empty() && !m_closed) m_changed.wait(&m_mutex);
    }
}

bool PartQueue::closed() {
    QMutexLocker lock(&m_mutex);
    return m_closed;
}

} // namespace kasibi
