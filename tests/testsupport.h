#pragma once

#include "core/format/documentwriter.h"
#include "core/format/layoutwriter.h"
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
// A copy of the sample approved by an order (appendix 20 to order No. 222 of 5 December 2022,
// its issuer in both languages), and the header a published standard prints for it, line by
// line, as the published standards word it.
DocumentTree sampleWithApproval();
QStringList approvalHeader(const QString& language);

QByteArray readBytes(const QString& path);
void writeBytes(const QString& path, const QByteArray& bytes);
QString cliPath(); // the built kasibi-cli

// Whether the tests run as root (CI does): root ignores permission bits and may mount.
bool isRoot();
// Reports the running test as skipped (ctest matches the mark and says so, never "passed").
// Only for a privilege really missing; a tool the set-up installs must fail the test instead.
void markSkipped(const QString& why);

// Exports over a file of the same name on a disk with no room left: fails the test unless the
// writer refuses, naming the file and the reason, and leaves the old file byte for byte with
// nothing beside it; then, with room again, unless the export replaces the old file whole
// (its new content begins with `magic`). Skipped, not passed, when the tests cannot mount a
// disk (not root).
void requireExportOverFullDisk(const DocumentWriter& writer, const DocumentTree& tree,
                               const QString& fileName, const QByteArray& magic);
// The same for a printed layout (the conclusion form, a plan, a report).
void requireExportOverFullDisk(const LayoutWriter& writer, const StandardLayout& layout,
                               const QString& fileName, const QByteArray& magic);

// Runs kasibi-cli; returns its exit code and fills what it printed.
int runCli(const QStringList& arguments, QString* standardOutput = nullptr,
           QString* standardError = nullptr);

} // namespace kasibi::test
