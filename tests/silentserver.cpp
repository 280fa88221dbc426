#include "silentserver.h"

#include <catch2/catch.hpp>

#include <arpa/inet.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

namespace kasibi::test {

SilentServer::SilentServer() {
    m_socket = ::socket(AF_INET, SOCK_STREAM, 0);
    REQUIRE(m_socket >= 0);
    sockaddr_in address{};
    address.sin_family = AF_INET;
    address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    address.sin_port = 0; // any free port
    REQUIRE(::bind(m_socket, reinterpret_cast<sockaddr*>(&address), sizeof address) == 0);
    // Never accepted: the backlog holds the connections, and nothing is ever sent back.
    REQUIRE(::listen(m_socket, 16) == 0);
    socklen_t length = sizeof address;
    REQUIRE(::getsockname(m_socket, reinterpret_cast<sockaddr*>(&address), &length) == 0);
    m_port = ntohs(address.sin_port);
}

SilentServer::~SilentServer() {
    if (m_socket >= 0) ::close(m_socket);
}

QString SilentServer::address(int connectTimeoutSeconds) const {
    return QStringLiteral("host=127.0.0.1 port=%1 dbname=kasibi user=nobody sslmode=disable "
                          "connect_timeout=%2")
        .arg(m_port)
        .arg(connectTimeoutSeconds);
}

} // namespace kasibi::test
