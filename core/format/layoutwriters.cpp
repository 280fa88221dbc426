#include "core/format/layoutwriters.h"

#include "core/format/docxstandardwriter.h"
#include "core/format/pdfstandardwriter.h"

namespace kasibi {

const std::vector<std::shared_ptr<LayoutWriter>>& LayoutWriters::all() {
    static const std::vector<std::shared_ptr<LayoutWriter>> writers{
        std::make_shared<DocxStandardWriter>(),
        std::make_shared<PdfStandardWriter>(),
    };
    return writers;
}

} // namespace kasibi
