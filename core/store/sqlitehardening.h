#pragma once

#include "core/model/result.h"

#include <QCoreApplication>
#include <QSqlDatabase>

namespace kasibi {

// SQLite's defensive settings, applied to every connection Kasibi opens: a database file may
// come from elsewhere, and a planted trigger, view or malformed record must not run or crash.
class SqliteHardening {
    Q_DECLARE_TR_FUNCTIONS(SqliteHardening)
public:
    static Status apply(QSqlDatabase& db);
};

} // namespace kasibi
