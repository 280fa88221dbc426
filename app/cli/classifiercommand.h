#pragma once

#include <QStringList>

// kasibi-cli classifier load|find|info: the local store of OKED and NKZ editions.
//   classifier load oked|nkz FILE --edition NAME [--date DATE] [--replace] [--store PATH]
//   classifier find oked|nkz QUERY [--limit N] [--store PATH]
//   classifier info [--store PATH]
// arguments: everything after the word "classifier". Returns the exit status.
int runClassifierCommand(const QStringList& arguments);
