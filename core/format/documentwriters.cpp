#include "core/format/documentwriters.h"

#include "core/format/conclusiondocxwriter.h"
#include "core/format/conclusionpdfwriter.h"
#include "core/format/docxstandardwriter.h"
#include "core/format/jsonstandardwriter.h"
#include "core/format/pdfstandardwriter.h"

#include <QFileInfo>

namespace kasibi {

std::unique_ptr<DocumentWriter> DocumentWriters::forPath(const QString& path) {
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == QLatin1String("json")) return std::make_unique<JsonStandardWriter>();
    if (suffix == QLatin1String("docx")) return std::make_unique<DocxStandardWriter>();
    if (suffix == QLatin1String("pdf")) return std::make_unique<PdfStandardWriter>();
    return nullptr;
}

QStringList DocumentWriters::extensions() {
    return {QStringLiteral("json"), QStringLiteral("docx"), QStringLiteral("pdf")};
}

std::unique_ptr<DocumentWriter> DocumentWriters::conclusionForPath(const QString& path) {
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == QLatin1String("docx")) return std::make_unique<ConclusionDocxWriter>();
    if (suffix == QLatin1String("pdf")) return std::make_unique<ConclusionPdfWriter>();
    return nullptr;
}

QStringList DocumentWriters::conclusionExtensions() {
    return {QStringLiteral("docx"), QStringLiteral("pdf")};
}

} // namespace kasibi
