#include "postgrescluster.h"

#include "core/registry/registry.h"

#include <catch2/catch.hpp>

#include <pwd.h>
#include <QCoreApplication>
#include <QFile>
#include <QProcess>
#include <QSqlError>
#include <QSqlQuery>
#include <sys/stat.h>
#include <unistd.h>

namespace kasibi::test {

namespace {

std::unique_ptr<PostgresCluster>& holder() {
    static std::unique_ptr<PostgresCluster> cluster;
    return cluster;
}

QString binaries() {
    const QString given = qEnvironmentVariable("KASIBI_PG_BINDIR");
    return given.isEmpty() ? QStringLiteral("/usr/lib/postgresql/15/bin") : given;
}

} // namespace

PostgresCluster& PostgresCluster::instance() {
    std::unique_ptr<PostgresCluster>& cluster = holder();
    if (!cluster) {
        cluster.reset(new PostgresCluster);
        cluster->start();
    }
    return *cluster;
}

void PostgresCluster::shutdown() {
    holder().reset();
}

PostgresCluster::~PostgresCluster() {
    stop();
}

bool PostgresCluster::run(const QString& program, const QStringList& arguments,
                          QString* output) const {
    QProcess process;
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.setWorkingDirectory(m_folder.path());
    const QString path = binaries() + QLatin1Char('/') + program;
    if (geteuid() == 0)
        process.start(QStringLiteral("runuser"),
                      QStringList{QStringLiteral("-u"), QStringLiteral("postgres"),
                                  QStringLiteral("--"), path} +
                          arguments);
    else
        process.start(path, arguments);
    const bool finished = process.waitForFinished(120000);
    const QString printed = QString::fromLocal8Bit(process.readAll());
    if (output) *output = printed;
    const bool ok =
        finished && process.exitStatus() == QProcess::NormalExit && process.exitCode() == 0;
    if (!ok) WARN(QString(program + QStringLiteral(" failed: ") + printed).toStdString());
    return ok;
}

void PostgresCluster::start() {
    REQUIRE(m_folder.isValid());
    REQUIRE(QFile::exists(binaries() + QStringLiteral("/initdb")));
    // The server runs as postgres: its folder must be its own (and /tmp lets it get there).
    if (geteuid() == 0) {
        const passwd* user = getpwnam("postgres");
        REQUIRE(user != nullptr);
        REQUIRE(chown(QFile::encodeName(m_folder.path()).constData(), user->pw_uid, user->pw_gid) ==
                0);
    }
    REQUIRE(chmod(QFile::encodeName(m_folder.path()).constData(), 0700) == 0);
    const QString data = m_folder.filePath(QStringLiteral("data"));
    REQUIRE(run(QStringLiteral("initdb"),
                {QStringLiteral("-D"), data, QStringLiteral("-U"), QStringLiteral("postgres"),
                 QStringLiteral("-A"), QStringLiteral("trust"), QStringLiteral("-E"),
                 QStringLiteral("UTF8"), QStringLiteral("--locale=C.UTF-8"),
                 QStringLiteral("--no-sync")}));
    REQUIRE(run(QStringLiteral("pg_ctl"),
                {QStringLiteral("-D"), data, QStringLiteral("-l"),
                 m_folder.filePath(QStringLiteral("server.log")), QStringLiteral("-w"),
                 QStringLiteral("-o"),
                 QStringLiteral("-c listen_addresses='' -c unix_socket_directories='%1' "
                                "-c fsync=off -c full_page_writes=off")
                     .arg(m_folder.path()),
                 QStringLiteral("start")}));
    m_running = true;
    watchOver();
}

void PostgresCluster::watchOver() const {
    // A crashed or killed test binary never reaches stop(): a detached watchdog waits for this
    // process to end and then stops the server and removes its folder (after a normal end it
    // finds both gone already).
    const QString data = m_folder.filePath(QStringLiteral("data"));
    const QString asPostgres =
        geteuid() == 0 ? QStringLiteral("runuser -u postgres -- ") : QString();
    const QString script =
        QStringLiteral("while kill -0 %1 2>/dev/null; do sleep 1; done; "
                       "%2'%3/pg_ctl' -D '%4' -m immediate -w stop >/dev/null 2>&1; rm -rf '%5'")
            .arg(QCoreApplication::applicationPid())
            .arg(asPostgres, binaries(), data, m_folder.path());
    REQUIRE(QProcess::startDetached(QStringLiteral("setsid"),
                                    {QStringLiteral("sh"), QStringLiteral("-c"), script}));
}

void PostgresCluster::stop() {
    if (!m_running) return;
    m_running = false;
    run(QStringLiteral("pg_ctl"),
        {QStringLiteral("-D"), m_folder.filePath(QStringLiteral("data")), QStringLiteral("-m"),
         QStringLiteral("immediate"), QStringLiteral("-w"), QStringLiteral("stop")});
}

QString PostgresCluster::connectionString(const QString& database, const QString& user) const {
    return QStringLiteral("host=%1 dbname=%2 user=%3").arg(m_folder.path(), database, user);
}

QString PostgresCluster::asUser(const QString& connection, const QString& user) {
    QString other = connection;
    return other.replace(QStringLiteral("user=postgres"), QStringLiteral("user=") + user);
}

std::unique_ptr<RegistryConnection> PostgresCluster::connect(const QString& connection) const {
    auto opened = RegistryConnection::open(connection);
    INFO((opened ? QString() : opened.error().toString()).toStdString());
    REQUIRE(opened.ok());
    return std::move(opened.value());
}

void PostgresCluster::execute(const QString& connection, const QString& sql) const {
    auto session = connect(connection);
    QSqlQuery query(session->database());
    const bool done = query.exec(sql);
    INFO(QString(sql + QStringLiteral(": ") + RegistryConnection::reason(query.lastError()))
             .toStdString());
    REQUIRE(done);
}

QString PostgresCluster::newDatabase() {
    const QString name = QStringLiteral("registry_%1").arg(++m_databases);
    execute(connectionString(QStringLiteral("postgres")),
            QStringLiteral("CREATE DATABASE %1").arg(name));
    return connectionString(name);
}

QString PostgresCluster::newRegistry() {
    const QString connection = newDatabase();
    Result<int> made = Registry::initialize(connection);
    INFO((made ? QString() : made.error().toString()).toStdString());
    REQUIRE(made.ok());
    return connection;
}

void PostgresCluster::createLogin(const QString& name, const QString& memberOf) const {
    execute(connectionString(QStringLiteral("postgres")),
            QStringLiteral("DO $$ BEGIN IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = '%1') "
                           "THEN CREATE ROLE %1 LOGIN; END IF; END $$; GRANT %2 TO %1")
                .arg(name, memberOf));
}

} // namespace kasibi::test
