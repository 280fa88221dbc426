#pragma once

#include "core/registry/registryconnection.h"

#include <memory>
#include <QString>
#include <QTemporaryDir>

namespace kasibi::test {

// A throwaway PostgreSQL 15 cluster (Debian's postgresql-15) for the registry tests: initdb into
// a fresh folder under /tmp, run as the unprivileged `postgres` user when the tests run as root
// (PostgreSQL refuses root), listening only on a Unix socket in that folder. One cluster per run
// of the test binary, started on first use and stopped by the runner when the run ends.
class PostgresCluster {
public:
    static PostgresCluster& instance();
    // Stops the cluster and removes its folder, if one was started.
    static void shutdown();

    ~PostgresCluster();

    // A new empty database; its connection string, as the cluster's superuser.
    QString newDatabase();
    // A new database made a registry (registry init); its connection string.
    QString newRegistry();
    QString folder() const { return m_folder.path(); }
    QString connectionString(const QString& database,
                             const QString& user = QStringLiteral("postgres")) const;
    // The same connection string for another login.
    static QString asUser(const QString& connectionString, const QString& user);
    // A connection to a database as a user (REQUIREs that it opens).
    std::unique_ptr<RegistryConnection> connect(const QString& connectionString) const;
    // Runs statements as the superuser (REQUIREs success).
    void execute(const QString& connectionString, const QString& sql) const;
    // Makes a login that connects without a password (the cluster trusts its own socket).
    void createLogin(const QString& name, const QString& memberOf) const;

private:
    PostgresCluster() = default;
    void start();
    void stop();
    void watchOver() const;
    // A PostgreSQL program, run as the postgres user when we are root.
    bool run(const QString& program, const QStringList& arguments, QString* output = nullptr) const;

    QTemporaryDir m_folder{QStringLiteral("/tmp/kasibi-registry-tests-XXXXXX")};
    bool m_running = false;
    int m_databases = 0;
};

} // namespace kasibi::test
