#include "core/registry/registrymigrations.h"

#include "core/registry/registryconnection.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>

namespace kasibi {

namespace {

const QString kFolder = QStringLiteral(":/registry/migrations");
const QRegularExpression kFileName(QStringLiteral("^([0-9]{3})-[a-z0-9-]+\\.sql$"));

// Two programs upgrading one registry at once take turns.
constexpr qint64 kMigrationLock = 0x4B534249;

} // namespace

QStringList RegistryMigrations::files() {
    QStringList names = QDir(kFolder).entryList({QStringLiteral("*.sql")}, QDir::Files, QDir::Name);
    QStringList paths;
    for (int i = 0; i < names.size(); ++i) {
        const QRegularExpressionMatch match = kFileName.match(names[i]);
        // Numbered 001, 002, ... without a gap: a step is never skipped.
        Q_ASSERT(match.hasMatch() && match.captured(1).toInt() == i + 1);
        paths << kFolder + QLatin1Char('/') + names[i];
    }
    return paths;
}

int RegistryMigrations::latestVersion() {
    return int(files().size());
}

QString RegistryMigrations::newerMessage(int version) {
    return tr("the registry was made by a newer version of Kasibi (registry schema %1; this "
              "version knows up to %2); use a newer Kasibi")
        .arg(version)
        .arg(latestVersion());
}

Result<int> RegistryMigrations::schemaVersion(const QSqlDatabase& db) {
    QSqlQuery query(db);
    if (!query.exec(QStringLiteral("SELECT to_regclass('kasibi.registry') IS NOT NULL")) ||
        !query.next())
        return Result<int>::failure(RegistryConnection::reason(query.lastError()));
    if (!query.value(0).toBool()) return 0;
    if (!query.exec(QStringLiteral("SELECT schema_version FROM kasibi.registry")) || !query.next())
        return Result<int>::failure(RegistryConnection::reason(query.lastError()));
    return query.value(0).toInt();
}

Result<int> RegistryMigrations::apply(const QSqlDatabase& given, int target) {
    using R = Result<int>;
    QSqlDatabase db = given;
    const QStringList steps = files();
    if (target <= 0 || target > steps.size()) target = int(steps.size());
    Result<int> current = schemaVersion(db);
    if (!current) return current;
    if (current.value() > steps.size()) return R::failure(newerMessage(current.value()));
    for (int step = current.value(); step < target; ++step) {
        QFile file(steps[step]);
        if (!file.open(QIODevice::ReadOnly))
            return R::failure(tr("the registry schema step %1 is missing").arg(steps[step]));
        const QString script = QString::fromUtf8(file.readAll());
        if (!db.transaction()) return R::failure(RegistryConnection::reason(db.lastError()));
        QSqlQuery query(db);
        auto failed = [&](const QSqlError& error) {
            const QString why = RegistryConnection::reason(error);
            db.rollback();
            return R::failure(
                tr("the registry cannot be brought to schema %1: %2").arg(step + 1).arg(why));
        };
        if (!query.exec(QStringLiteral("SELECT pg_advisory_xact_lock(%1)").arg(kMigrationLock)))
            return failed(query.lastError());
        // Someone else may have gone ahead while this one waited for the lock.
        Result<int> reached = schemaVersion(db);
        if (!reached) return failed(query.lastError());
        if (reached.value() > step) {
            db.rollback();
            step = reached.value() - 1;
            continue;
        }
        // A script of several statements goes as one simple query (no parameters).
        if (!query.exec(script)) return failed(query.lastError());
        if (!query.exec(
                QStringLiteral("UPDATE kasibi.registry SET schema_version = %1").arg(step + 1)))
            return failed(query.lastError());
        if (!db.commit()) return failed(db.lastError());
    }
    return schemaVersion(db);
}

} // namespace kasibi
