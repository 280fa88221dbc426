#include "core/import/wordimport.h"

#include "core/format/docxstandardreader.h"
#include "core/import/languagealigner.h"

#include <QFileInfo>

namespace kasibi {

Result<WordImportResult> WordImport::run(const QStringList& paths,
                                         const std::function<void(int, int)>& progress) {
    using R = Result<WordImportResult>;
    if (paths.isEmpty() || paths.size() > 2)
        return R::failure(tr("give one Word file, or the Kazakh and the Russian file of the same "
                             "standard"));
    const int steps = int(paths.size()) + 1;
    QVector<RecognizedStandard> read;
    for (const QString& path : paths) {
        Result<RecognizedStandard> one = DocxStandardReader().readWithReport(path);
        if (!one) return one.error();
        read << std::move(one.value());
        if (progress) progress(int(read.size()), steps);
    }
    WordImportResult result;
    result.tree = read[0].tree;
    result.report = read[0].report;
    result.labelsMet = read[0].labelsMet;
    for (const RecognizedStandard& one : read)
        result.languages << one.language;
    // One language only: the standard is to be completed in both, as the Rules ask.
    if (read.size() == 2) {
        if (read[0].language == read[1].language)
            return R::failure(
                tr("both files are written in %1; give the Kazakh and the Russian "
                   "file of the standard")
                    .arg(read[0].language == QLatin1String("kk") ? tr("Kazakh") : tr("Russian")),
                paths[1]);
        const QHash<QString, QString> moved =
            LanguageAligner::align(result.tree, read[1].tree, read[1].language,
                                   QFileInfo(paths[1]).fileName(), result.report);
        for (ImportNote note : read[1].report.notes) {
            if (const auto it = moved.constFind(note.elementId); it != moved.constEnd()) {
                note.elementId = it.value();
                note.path = result.tree.jsonPointer(note.elementId);
            }
            result.report.notes << note;
        }
        for (auto it = read[1].labelsMet.constBegin(); it != read[1].labelsMet.constEnd(); ++it)
            result.labelsMet[it.key()] += it.value();
    }
    if (progress) progress(steps, steps);
    return result;
}

} // namespace kasibi
