#include "app/cli/diffcommand.h"

#include "app/cli/console.h"

#include "core/format/anydocumentreader.h"
#include "core/format/layoutwriters.h"
#include "core/layout/changereportlayout.h"
#include "core/lifecycle/changesignificance.h"
#include "core/lifecycle/standarddiff.h"
#include "core/model/standarddocument.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace kasibi;
using namespace console;

namespace {

// FILE, or FILE@VERSION when no file has the whole name. `state` names it for the report.
Result<DocumentTree> readState(const QString& spec, ChangeReportLayout::State& state) {
    const qsizetype at = spec.lastIndexOf(QLatin1Char('@'));
    if (QFileInfo::exists(spec) || at <= 0) {
        state = {QFileInfo(spec).fileName(), QFileInfo(spec).lastModified()};
        return AnyDocumentReader().read(spec);
    }
    const QString path = spec.left(at);
    const QString wanted = spec.mid(at + 1);
    auto document = StandardDocument::open(path, AccessMode::ReadOnly);
    if (!document) return document.error();
    auto versions = document.value()->versions();
    if (!versions) return versions.error();
    for (const VersionInfo& version : versions.value())
        if (version.id == wanted || version.name == wanted) {
            state = {version.name, version.created};
            return document.value()->versionContent(version.id);
        }
    return Result<DocumentTree>::failure(
        QStringLiteral("no version named \"%1\" in this document").arg(wanted), path);
}

} // namespace

int runDiffCommand(const QStringList& documents, bool json, const QString& output,
                   const QString& language) {
    if (documents.size() != 2) {
        err() << "kasibi-cli: diff takes two documents: A B (FILE or FILE@VERSION)\n";
        return Failure;
    }
    const std::shared_ptr<LayoutWriter> writer = LayoutWriters::forPath(output);
    if (!output.isEmpty() && !writer) {
        err() << "kasibi-cli: " << output << ": the change report is written as "
              << LayoutWriters::fileNames({}, QStringLiteral(" or ")) << "\n";
        return Failure;
    }
    if (!output.isEmpty() && language != QLatin1String("kk") && language != QLatin1String("ru")) {
        err() << "kasibi-cli: --lang takes kk or ru: the report is printed in one of them\n";
        return Failure;
    }
    ChangeReportLayout::State olderState, newerState;
    Result<DocumentTree> older = readState(documents[0], olderState);
    if (!older) {
        err() << "kasibi-cli: " << older.error().toString() << "\n";
        return Failure;
    }
    Result<DocumentTree> newer = readState(documents[1], newerState);
    if (!newer) {
        err() << "kasibi-cli: " << newer.error().toString() << "\n";
        return Failure;
    }
    if (older.value().standardId() != newer.value().standardId()) {
        err() << "kasibi-cli: " << documents[1] << ": not the same standard as " << documents[0]
              << " (their ids differ)\n";
        return Failure;
    }
    const QVector<Change> changes = StandardDiff::compare(older.value(), newer.value());
    const ChangeSignificance verdict = ChangeSignificance::judge(changes);
    if (!output.isEmpty()) {
        const StandardLayout report = ChangeReportLayout::build(
            older.value(), olderState, newer.value(), newerState, changes, language);
        const Status written = writer->write(report, output);
        if (!written) {
            err() << "kasibi-cli: " << written.error().toString() << "\n";
            return Failure;
        }
    }
    if (json) {
        QJsonArray list;
        for (const Change& change : changes) {
            QJsonObject item{{QStringLiteral("kind"), Change::kindName(change.kind)},
                             {QStringLiteral("path"), change.path},
                             {QStringLiteral("elementId"), change.elementId},
                             {QStringLiteral("field"), change.field}};
            if (!change.language.isEmpty())
                item.insert(QStringLiteral("language"), change.language);
            if (change.typoFix) item.insert(QStringLiteral("typoFix"), true);
            list.append(item);
        }
        out() << QJsonDocument(QJsonObject{{QStringLiteral("changes"), list},
                                           {QStringLiteral("significant"), verdict.significant},
                                           {QStringLiteral("reason"), verdict.reason}})
                     .toJson(QJsonDocument::Indented);
        return Success;
    }
    for (const Change& change : changes) {
        out() << Change::kindName(change.kind) << " " << change.path;
        if (!change.language.isEmpty()) out() << " (" << change.language << ")";
        if (change.kind == ChangeKind::Changed)
            out() << ": \"" << change.before << "\" -> \"" << change.after << "\"";
        if (change.typoFix) out() << " [typo fix?]";
        out() << "\n";
    }
    out() << changes.size() << " change(s). "
          << (verdict.significant ? "Significant" : "Not significant") << ": " << verdict.reason
          << "\n";
    return Success;
}
