#include "core/store/documentconnection.h"

#include "core/store/documentstore.h"
#include "core/store/sqlitehardening.h"

#include <QAtomicInt>
#include <QSqlDatabase>
#include <QUrl>
#include <sqlite3.h>

namespace kasibi {

namespace {

QString nextConnectionName() {
    static QAtomicInt counter;
    return QStringLiteral("kasibi-document-%1").arg(counter.fetchAndAddRelaxed(1));
}

} // namespace

Result<QString> DocumentConnection::open(const QString& path, bool readOnly, bool immutable) {
    const QString name = nextConnectionName();
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        QStringList options{QStringLiteral("QSQLITE_BUSY_TIMEOUT=3000")};
        if (readOnly) options << QStringLiteral("QSQLITE_OPEN_READONLY");
        if (immutable) {
            options << QStringLiteral("QSQLITE_OPEN_URI");
            QUrl url = QUrl::fromLocalFile(path);
            url.setQuery(QStringLiteral("immutable=1"));
            db.setDatabaseName(url.toString(QUrl::FullyEncoded));
        } else {
            db.setDatabaseName(path);
        }
        db.setConnectOptions(options.join(QLatin1Char(';')));
        if (!db.open()) {
            const QString reason = sqlError(db.lastError());
            db = QSqlDatabase();
            QSqlDatabase::removeDatabase(name);
            return Result<QString>::failure(tr("cannot be opened: %1").arg(reason), path);
        }
        if (Status defended = SqliteHardening::apply(db); !defended) {
            db.close();
            db = QSqlDatabase();
            QSqlDatabase::removeDatabase(name);
            return Result<QString>::failure(defended.error().message, path);
        }
    }
    return name;
}

void DocumentConnection::close(const QString& name) {
    {
        QSqlDatabase db = QSqlDatabase::database(name, false);
        if (db.isValid()) db.close();
    }
    QSqlDatabase::removeDatabase(name);
}

QString DocumentConnection::sqlError(const QSqlError& error) {
    // What the user can act on, in the user's language, rather than SQLite's English.
    // The primary result code, whether SQLite gave an extended one or not.
    switch (error.nativeErrorCode().toInt() & 0xff) {
    case SQLITE_BUSY:
    case SQLITE_LOCKED:
        return DocumentStore::tr("the file is locked by another program");
    case SQLITE_FULL:
        return DocumentStore::tr("the disk is full");
    case SQLITE_IOERR:
        return DocumentStore::tr("the disk reported an I/O error");
    default:
        break;
    }
    const QString text = error.databaseText().isEmpty() ? error.text() : error.databaseText();
    return text.trimmed();
}

QString DocumentConnection::notNull(const QString& text) {
    return text.isNull() ? QStringLiteral("") : text;
}

} // namespace kasibi
