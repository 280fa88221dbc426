#include "core/format/pdflayoutwriter.h"

#include "core/format/pdfstandardwriter.h"

namespace kasibi {

Status PdfLayoutWriter::write(const StandardLayout& layout, const QString& path,
                              const std::function<void(int percent)>& progress) const {
    return PdfStandardWriter::writeLayout(layout, path, progress);
}

} // namespace kasibi
