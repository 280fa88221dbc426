#include "core/registry/registryconnection.h"

#include <QAtomicInt>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>
#include <QUrl>
#include <QUrlQuery>

namespace kasibi {

namespace {

// The statement_timeout of the connection this thread opened last, in milliseconds: a
// connection belongs to the thread that made it, so the timeout its statements hit is this one.
thread_local int t_statementTimeout = 0;

// SQLSTATE query_canceled, which a statement timeout and a cancel both give.
const QString kCanceled = QStringLiteral("57014");

QString nextConnectionName() {
    static QAtomicInt counter;
    return QStringLiteral("kasibi-registry-%1").arg(counter.fetchAndAddRelaxed(1));
}

// libpq's quoting of a value: in single quotes, with \ and ' escaped.
QString quoted(const QString& value) {
    QString escaped = value;
    escaped.replace(QLatin1Char('\\'), QLatin1String("\\\\"));
    escaped.replace(QLatin1Char('\''), QLatin1String("\\'"));
    return QLatin1Char('\'') + escaped + QLatin1Char('\'');
}

// What the address is called in messages: never with its password.
QString shown(const QString& address) {
    QUrl url(address);
    if (url.isValid() && !url.scheme().isEmpty()) return url.toString(QUrl::RemovePassword);
    static const QRegularExpression password(QStringLiteral("password\\s*=\\s*('[^']*'|\\S+)"));
    QString text = address;
    return text.replace(password, QStringLiteral("password=***"));
}

} // namespace

RegistryConnection::~RegistryConnection() {
    if (m_name.isEmpty()) return;
    {
        QSqlDatabase db = QSqlDatabase::database(m_name, false);
        if (db.isValid()) db.close();
    }
    QSqlDatabase::removeDatabase(m_name);
}

bool RegistryConnection::holdsPassword(const QString& address) {
    static const QRegularExpression password(QStringLiteral("(^|\\s|[?&])password\\s*="));
    const QUrl url(address.trimmed());
    return password.match(address).hasMatch() ||
           (!url.scheme().isEmpty() && !url.password().isEmpty());
}

QSqlDatabase RegistryConnection::database() const {
    return QSqlDatabase::database(m_name, false);
}

QString RegistryConnection::reason(const QSqlError& error) {
    if (state(error) == kCanceled && error.databaseText().contains(QLatin1String("timeout")))
        return tr("the registry did not answer within %1 s")
            .arg(t_statementTimeout > 0 ? QString::number(t_statementTimeout / 1000.0)
                                        : QStringLiteral("?"));
    QString text = error.databaseText().isEmpty() ? error.text() : error.databaseText();
    text = text.trimmed();
    if (text.startsWith(QLatin1String("ERROR:"))) text = text.mid(6).trimmed();
    return text.section(QLatin1Char('\n'), 0, 0);
}

QString RegistryConnection::state(const QSqlError& error) {
    return error.nativeErrorCode();
}

Result<QString> RegistryConnection::connectionString(const QString& given) {
    using R = Result<QString>;
    const QString address =
        given.isEmpty() ? qEnvironmentVariable(EnvironmentVariable).trimmed() : given.trimmed();
    if (address.isEmpty())
        return R::failure(tr("no registry is given: pass --db with a PostgreSQL connection string "
                             "or URI, or set %1")
                              .arg(QLatin1String(EnvironmentVariable)));
    QStringList parts;
    if (address.startsWith(QLatin1String("postgresql://")) ||
        address.startsWith(QLatin1String("postgres://"))) {
        const QUrl url(address, QUrl::StrictMode);
        if (!url.isValid())
            return R::failure(tr("not a valid PostgreSQL URI: %1").arg(url.errorString()),
                              shown(address));
        if (!url.host().isEmpty()) parts << QStringLiteral("host=") + quoted(url.host());
        if (url.port() > 0) parts << QStringLiteral("port=%1").arg(url.port());
        if (!url.userName().isEmpty()) parts << QStringLiteral("user=") + quoted(url.userName());
        if (!url.password().isEmpty())
            parts << QStringLiteral("password=") + quoted(url.password());
        const QString database = url.path().mid(1);
        if (!database.isEmpty()) parts << QStringLiteral("dbname=") + quoted(database);
        const QUrlQuery query(url);
        for (const auto& [key, value] : query.queryItems(QUrl::FullyDecoded)) {
            static const QRegularExpression word(QStringLiteral("^[a-z_]+$"));
            if (!word.match(key).hasMatch())
                return R::failure(tr("unknown parameter \"%1\"").arg(key), shown(address));
            parts << key + QLatin1Char('=') + quoted(value);
        }
    } else {
        parts << address;
    }
    QString connection = parts.join(QLatin1Char(' '));
    // Qt's driver turns ';' into a separator, which would cut a value in two.
    if (connection.contains(QLatin1Char(';')))
        return R::failure(tr("the connection string cannot contain ';'"), shown(address));
    if (!connection.contains(QLatin1String("application_name")))
        connection += QStringLiteral(" application_name=kasibi");
    // libpq waits for a server that does not answer without end unless told otherwise.
    if (!connection.contains(QLatin1String("connect_timeout")))
        connection += QStringLiteral(" connect_timeout=%1").arg(ConnectTimeoutSeconds);
    // A server that dies, or a network that drops, while a statement runs would otherwise leave
    // the connection waiting without end: TCP keepalives notice within about a minute. libpq
    // ignores them on a Unix socket, so they are set whatever the host (which PGHOST or a
    // service file may give).
    static const std::pair<const char*, int> keepalives[] = {{"keepalives", 1},
                                                             {"keepalives_idle", 30},
                                                             {"keepalives_interval", 10},
                                                             {"keepalives_count", 3}};
    for (const auto& [key, value] : keepalives) {
        const QRegularExpression given(QStringLiteral("(^|\\s)%1\\s*=").arg(QLatin1String(key)));
        if (!given.match(connection).hasMatch())
            connection += QStringLiteral(" %1=%2").arg(QLatin1String(key)).arg(value);
    }
    return connection;
}

Result<std::unique_ptr<RegistryConnection>> RegistryConnection::open(const QString& address,
                                                                     int statementTimeoutSeconds) {
    using R = Result<std::unique_ptr<RegistryConnection>>;
    Result<QString> connection = connectionString(address);
    if (!connection) return connection.error();
    if (!QSqlDatabase::isDriverAvailable(QStringLiteral("QPSQL")))
        return R::failure(tr("Qt's PostgreSQL driver (QPSQL) is not installed; on Debian: "
                             "apt-get install libqt6sql6-psql"));
    std::unique_ptr<RegistryConnection> opened(new RegistryConnection);
    opened->m_name = nextConnectionName();
    opened->m_where =
        shown(address.isEmpty() ? qEnvironmentVariable(EnvironmentVariable) : address);
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), opened->m_name);
    db.setConnectOptions(connection.value());
    if (!db.open()) {
        const QString why = reason(db.lastError());
        // libpq's word for a server that took the connection but never answered.
        if (why.contains(QLatin1String("timeout expired")))
            return R::failure(tr("cannot connect to the registry: the server did not answer in "
                                 "time (%1)")
                                  .arg(why),
                              opened->m_where);
        return R::failure(tr("cannot connect to the registry: %1").arg(why), opened->m_where);
    }
    opened->m_options = connection.value();
    // The backend, for a cancel; and the time a statement gets, ours unless the address's own.
    QSqlQuery query(db);
    const bool ours = statementTimeoutSeconds > 0 &&
                      !connection.value().contains(QLatin1String("statement_timeout"));
    const bool read =
        ours ? query.exec(QStringLiteral("SELECT pg_backend_pid(), "
                                         "set_config('statement_timeout', '%1', false)")
                              .arg(statementTimeoutSeconds * 1000))
             : query.exec(QStringLiteral("SELECT pg_backend_pid(), setting::int FROM pg_settings "
                                         "WHERE name = 'statement_timeout'"));
    if (!read || !query.next())
        return R::failure(tr("cannot connect to the registry: %1").arg(reason(query.lastError())),
                          opened->m_where);
    opened->m_backendPid = query.value(0).toInt();
    t_statementTimeout = ours ? statementTimeoutSeconds * 1000 : query.value(1).toInt();
    return opened;
}

Result<bool> RegistryConnection::cancelBackend(const QString& options, int pid) {
    const QString name = nextConnectionName();
    Result<bool> canceled = false;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
        // Later keys win in libpq's connection strings: a short wait, as this one may be asked
        // for while the user waits.
        db.setConnectOptions(
            options + QStringLiteral(" connect_timeout=%1").arg(CancelConnectTimeoutSeconds));
        if (!db.open()) {
            canceled = Result<bool>::failure(
                tr("cannot ask the registry to stop: %1").arg(reason(db.lastError())));
        } else {
            QSqlQuery query(db);
            if (query.exec(QStringLiteral("SELECT pg_cancel_backend(%1)").arg(pid)) && query.next())
                canceled = query.value(0).toBool();
            else
                canceled = Result<bool>::failure(
                    tr("cannot ask the registry to stop: %1").arg(reason(query.lastError())));
            query.finish();
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return canceled;
}

} // namespace kasibi
