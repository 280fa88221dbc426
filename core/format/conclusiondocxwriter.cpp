#include "core/format/conclusiondocxwriter.h"

#include "core/format/docxstandardwriter.h"
#include "core/layout/standardlayout.h"

namespace kasibi {

Status ConclusionDocxWriter::write(const DocumentTree& tree, const QString& path,
                                   const ExportOptions& options) const {
    if (options.progress) options.progress(0);
    return DocxStandardWriter::writeLayout(StandardLayout::ofConclusion(tree, options.language),
                                           path, options.progress);
}

} // namespace kasibi
