#include "core/format/layoutwriters.h"

#include "core/format/docxlayoutwriter.h"
#include "core/format/pdflayoutwriter.h"

#include <QFileInfo>

namespace kasibi {

const std::vector<const LayoutWriter*>& LayoutWriters::all() {
    static const DocxLayoutWriter docx;
    static const PdfLayoutWriter pdf;
    static const std::vector<const LayoutWriter*> writers{&docx, &pdf};
    return writers;
}

const LayoutWriter* LayoutWriters::forPath(const QString& path) {
    const QString suffix = QFileInfo(path).suffix().toLower();
    for (const LayoutWriter* writer : all())
        if (writer->extension() == suffix) return writer;
    return nullptr;
}

QStringList LayoutWriters::extensions() {
    QStringList extensions;
    for (const LayoutWriter* writer : all())
        extensions << writer->extension();
    return extensions;
}

QString LayoutWriters::fileFilter() {
    QStringList filters;
    for (const LayoutWriter* writer : all())
        filters << writer->fileFilter();
    return filters.join(QStringLiteral(";;"));
}

} // namespace kasibi
