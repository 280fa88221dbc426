#pragma once

#include <QString>

namespace kasibi::test {

// A registry server that never answers: a TCP socket on 127.0.0.1 that listens and takes
// connections (the kernel completes them) but never says a word, so libpq waits for the
// server's first reply until its connect_timeout. Closed when destroyed.
class SilentServer {
public:
    SilentServer();
    ~SilentServer();
    SilentServer(const SilentServer&) = delete;
    SilentServer& operator=(const SilentServer&) = delete;

    int port() const { return m_port; }
    // A connection string to it that gives up after this many seconds (libpq's least is 2).
    QString address(int connectTimeoutSeconds = 2) const;

private:
    int m_socket = -1;
    int m_port = 0;
};

} // namespace kasibi::test
