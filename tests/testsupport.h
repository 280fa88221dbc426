#pragma once

#include "core/model/documenttree.h"

#include <QString>
#include <QTemporaryDir>

namespace kasibi::test {

QString sourcePath(const QString& relative); // a file of the source tree
// A file of ../shared beside the repository (the real standards, the schema); KASIBI_SHARED_DIR
// names it when the checkout stands elsewhere (a worktree).
QString sharedPath(const QString& relative);
QString samplePath();      // resources/sample/mining-b07102012.json
DocumentTree sampleTree(); // the sample, read (fails the test if unreadable)
QByteArray readBytes(const QString& path);
void writeBytes(const QString& path, const QByteArray& bytes);
QString cliPath(); // the built kasibi-cli

// Runs kasibi-cli; returns its exit code and fills what it printed.
int runCli(const QStringList& arguments, QString* standardOutput = nullptr,
           QString* standardError = nullptr);

} // namespace kasibi::test
