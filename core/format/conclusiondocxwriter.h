#pragma once

#include "core/format/documentwriter.h"

namespace kasibi {

// Writes the National body's conclusion (Appendix 3 form) of the document as a Word document,
// in the layout and styles of the standard's own DOCX export.
class ConclusionDocxWriter : public DocumentWriter {
public:
    Status write(const DocumentTree& tree, const QString& path,
                 const ExportOptions& options) const override;
};

} // namespace kasibi
