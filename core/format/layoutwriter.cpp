#include "core/format/layoutwriter.h"

#include "core/layout/standardlayout.h"

namespace kasibi {

Status LayoutWriter::write(const DocumentTree& tree, const QString& path,
                           const ExportOptions& options) const {
    if (options.progress) options.progress(0);
    StandardLayout layout =
        StandardLayout::ofStandard(tree, options.language, options.withComments);
    if (options.withMarks && keepsReviewMarks()) layout.markedStandardId = tree.standardId();
    return write(layout, path, options.progress);
}

} // namespace kasibi
