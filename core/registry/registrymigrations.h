#pragma once

#include "core/model/result.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QStringList>

namespace kasibi {

// The registry's schema, step by step: resources/registry/migrations/NNN-*.sql, embedded under
// :/registry/migrations. A registry at version N has had steps 1 to N; each step runs in one
// transaction with the version it reaches, so a failed step leaves the registry as it was.
class RegistryMigrations {
    Q_DECLARE_TR_FUNCTIONS(RegistryMigrations)
public:
    // The files in order; their number is the version each reaches.
    static QStringList files();
    static int latestVersion();
    // 0 for a database without a registry.
    static Result<int> schemaVersion(const QSqlDatabase& db);
    // Runs the steps from the current version up to target (latestVersion() when 0); returns
    // the version reached. A registry newer than this program is refused.
    static Result<int> apply(const QSqlDatabase& db, int target = 0);
    static QString newerMessage(int version);
};

} // namespace kasibi
