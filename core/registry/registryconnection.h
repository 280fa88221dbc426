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

    ~RegistryConnection();
    RegistryConnection(const RegistryConnection&) = delete;
    RegistryConnection& operator=(const RegistryConnection&) = delete;

    // An empty address takes KASIBI_REGISTRY's.
    static Result<std::unique_ptr<RegistryConnection>> open(const QString& address);
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

private:
    RegistryConnection() = default;
    QString m_name;
    QString m_where;
};

} // namespace kasibi
