#include "app/cli/wordimportcommand.h"

#include "app/cli/console.h"
#include "core/format/wholefile.h"
#include "core/import/wordimport.h"
#include "core/store/documentstore.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

using namespace kasibi;
using namespace console;

namespace {

int fail(const Error& error) {
    err() << "kasibi-cli: " << error.toString() << "\n";
    return Failure;
}

} // namespace

int runWordImportCommand(const QStringList& inputs, const QString& output,
                         const QString& reportPath, bool force) {
    if (QFileInfo::exists(output) && !force)
        return fail(
            Error{QStringLiteral("the file already exists; add --force to replace it"), output});
    Result<WordImportResult> imported = WordImport::run(inputs);
    if (!imported) return fail(imported.error());
    const WordImportResult& result = imported.value();
    if (!reportPath.isEmpty()) {
        const QJsonObject report{
            {QStringLiteral("sources"), QJsonArray::fromStringList(inputs)},
            {QStringLiteral("languages"), QJsonArray::fromStringList(result.languages)},
            {QStringLiteral("notes"), result.report.toJson()}};
        if (Status written =
                WholeFile::write(reportPath, QJsonDocument(report).toJson(QJsonDocument::Indented));
            !written)
            return fail(Error{QStringLiteral("cannot be written: %1").arg(written.error().message),
                              reportPath});
    }
    if (Status created = DocumentStore::create(output, result.tree, force); !created) {
        if (!reportPath.isEmpty()) QFile::remove(reportPath);
        return fail(created.error());
    }
    out() << result.report.toText();
    out() << QFileInfo(output).fileName() << ": imported from "
          << QStringList(inputs)
                 .replaceInStrings(QRegularExpression(QStringLiteral("^.*/")), {})
                 .join(QStringLiteral(" and "))
          << " (" << result.languages.join(QStringLiteral(", ")) << "); "
          << result.report.count(ImportNote::Kind::Mapped) << " mapped, "
          << result.report.count(ImportNote::Kind::Unplaced) << " unplaced, "
          << result.report.count(ImportNote::Kind::Missing) << " missing, "
          << result.report.count(ImportNote::Kind::Mismatch) << " mismatch note(s)\n";
    out().flush();
    return Success;
}
