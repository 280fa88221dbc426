#pragma once

#include <QStringList>

// kasibi-cli diff A B [--json]: the changes between two states of one standard, and whether
// they are significant (rules 17 and 18). A and B are .kasibi or .json files, or FILE@VERSION
// for a version saved inside a .kasibi file (by its name or id).
int runDiffCommand(const QStringList& documents, bool json);
