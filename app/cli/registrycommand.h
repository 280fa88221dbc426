#pragma once

#include <QStringList>

// kasibi-cli registry init|upgrade|publish|pull|list|search|check|map|plan ... --db URI: the
// registry of standards on PostgreSQL. URI is a libpq connection string or URI; KASIBI_REGISTRY
// is the default. Exit status: 0, 1 (findings with errors), 2 (usage, input, connection or
// permission error, with the message on stderr).
class RegistryCommand {
public:
    static int run(const QStringList& arguments);
};
