#include "core/format/conclusionpdfwriter.h"

#include "core/format/pdfstandardwriter.h"
#include "core/layout/standardlayout.h"

namespace kasibi {

Status ConclusionPdfWriter::write(const DocumentTree& tree, const QString& path,
                                  const ExportOptions& options) const {
    if (options.progress) options.progress(0);
    return PdfStandardWriter::writeLayout(StandardLayout::ofConclusion(tree, options.language),
                                          path, options.progress);
}

} // namespace kasibi
