#include "core/format/documentreaders.h"

#include "core/format/docxstandardreader.h"
#include "core/format/jsonstandardreader.h"
#include "core/format/kasibidocumentreader.h"

#include <QStringList>

namespace kasibi {

const std::vector<std::shared_ptr<DocumentReader>>& DocumentReaders::all() {
    static const std::vector<std::shared_ptr<DocumentReader>> readers{
        std::make_shared<KasibiDocumentReader>(), std::make_shared<JsonStandardReader>(),
        std::make_shared<DocxStandardReader>()};
    return readers;
}

std::shared_ptr<DocumentReader> DocumentReaders::forFile(const QString& path) {
    const FileKind::Kind kind = FileKind::of(path);
    for (const std::shared_ptr<DocumentReader>& reader : all())
        if (reader->kind() == kind) return reader;
    return forPath(path);
}

QString DocumentReaders::openFilter(bool wholeOnly) {
    QStringList patterns;
    QStringList filters;
    for (const std::shared_ptr<DocumentReader>& reader : all()) {
        if (wholeOnly && !reader->opensWhole()) continue;
        patterns << QStringLiteral("*.") + reader->extension();
        filters << reader->fileFilter();
    }
    const QString together = tr("Standards (%1)").arg(patterns.join(QLatin1Char(' ')));
    if (wholeOnly) return together;
    return (QStringList{together} << filters << tr("All files (*)")).join(QStringLiteral(";;"));
}

} // namespace kasibi
