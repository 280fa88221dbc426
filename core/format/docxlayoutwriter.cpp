#include "core/format/docxlayoutwriter.h"

#include "core/format/docxstandardwriter.h"

namespace kasibi {

Status DocxLayoutWriter::write(const StandardLayout& layout, const QString& path,
                               const std::function<void(int percent)>& progress) const {
    return DocxStandardWriter::writeLayout(layout, path, progress);
}

} // namespace kasibi
