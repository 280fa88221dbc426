#include "core/store/sqlitehardening.h"

#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <sqlite3.h>

namespace kasibi {

Status SqliteHardening::apply(QSqlDatabase& db) {
    const QVariant handle = db.driver()->handle();
    sqlite3* sqlite =
        handle.isValid() ? *static_cast<sqlite3* const*>(handle.constData()) : nullptr;
    if (!sqlite) return Status::failure(tr("the SQLite handle is not available"));
    int applied = 0;
    const bool ok =
        sqlite3_db_config(sqlite, SQLITE_DBCONFIG_DEFENSIVE, 1, &applied) == SQLITE_OK &&
        sqlite3_db_config(sqlite, SQLITE_DBCONFIG_TRUSTED_SCHEMA, 0, &applied) == SQLITE_OK &&
        sqlite3_db_config(sqlite, SQLITE_DBCONFIG_ENABLE_TRIGGER, 0, &applied) == SQLITE_OK &&
        sqlite3_db_config(sqlite, SQLITE_DBCONFIG_ENABLE_VIEW, 0, &applied) == SQLITE_OK;
    if (!ok) return Status::failure(tr("SQLite refused its defensive settings"));
    // What Kasibi keeps in SQLite is megabytes at most; these bound what a crafted file can
    // make us allocate.
    sqlite3_limit(sqlite, SQLITE_LIMIT_LENGTH, 64 * 1024 * 1024);
    sqlite3_limit(sqlite, SQLITE_LIMIT_SQL_LENGTH, 1024 * 1024);
    QSqlQuery query(db);
    for (const char* pragma :
         {"PRAGMA cell_size_check = ON", "PRAGMA mmap_size = 0", "PRAGMA trusted_schema = OFF"})
        if (!query.exec(QLatin1String(pragma))) {
            const QSqlError error = query.lastError();
            return Status::failure(
                (error.databaseText().isEmpty() ? error.text() : error.databaseText()).trimmed());
        }
    return {};
}

} // namespace kasibi
