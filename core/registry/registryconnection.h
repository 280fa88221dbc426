#pragma once

#include "core/model/result.h"

#include <memory>
#include <QCoreApplication>
#include <QSqlDatabase>

class QSqlError;

namespace kasibi {

// One connection to a registry's PostgreSQL database through Qt's QPSQL driver. The address is
// a libpq connection string ("host=... dbname=...") or URI ("postgresql://host/db"); passwords
// come from libpq's own means (~/.pgpass, PGPASSWORD, a service file), never from Kasibi.
class RegistryConnection {
    Q_DECLARE_TR_FUNCTIONS(RegistryConnection)
public:
    static inline const char* const EnvironmentVariable = "KASIBI_REGISTRY";
    // How long a connection waits for the server when the address does not say (connect_timeout).
    static constexpr int ConnectTimeoutSeconds = 10;
    // How long a statement may run on the server when the address does not say
    // (statement_timeout): a read never waits without end for a server that went silent.
    static constexpr int StatementTimeoutSeconds = 30;
    // How long asking the server to cancel a statement waits to connect.
    static constexpr int CancelConnectTimeoutSeconds = 2;

    ~RegistryConnection();
    RegistryConnection(const RegistryConnection&) = delete;
    RegistryConnection& operator=(const RegistryConnection&) = delete;

    // An empty address takes KASIBI_REGISTRY's. Statements get `statementTimeoutSeconds` unless
    // the address sets statement_timeout itself (0: the server's own, for migrations).
    static Result<std::unique_ptr<RegistryConnection>>
    open(const QString& address, int statementTimeoutSeconds = StatementTimeoutSeconds);
    // The libpq key=value form of an address, with Kasibi's application_name.
    static Result<QString> connectionString(const QString& address);

    // Whether an address carries a password, which Kasibi never keeps (libpq's ~/.pgpass does).
    static bool holdsPassword(const QString& address);

    QSqlDatabase database() const;
    // What the server said, without Qt's wrapping.
    static QString reason(const QSqlError& error);
    // The SQLSTATE of a failed statement ("42501": not allowed).
    static QString state(const QSqlError& error);
    const QString& where() const { return m_where; }
    // The libpq options it was opened with, for a second connection as the same account.
    const QString& options() const { return m_options; }
    // The server process serving this connection (pg_backend_pid), to cancel its statement.
    int backendPid() const { return m_backendPid; }

    // Asks the server, through a short-lived connection of its own with the same options, to
    // cancel the statement the backend runs (pg_cancel_backend: an account may cancel its own
    // backends). True when the server found the backend.
    static Result<bool> cancelBackend(const QString& options, int pid);

private:
    RegistryConnection() = default;
    QString m_name;
    QString m_where;
    QString m_options;
    int m_backendPid = 0;
};

} // namespace kasibi
