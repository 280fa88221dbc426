#pragma once

#include "core/format/documentwriter.h"

namespace kasibi {

// Writes the National body's conclusion (Appendix 3 form) of the document as PDF, in the
// layout and fonts of the standard's own PDF export. Needs a QGuiApplication.
class ConclusionPdfWriter : public DocumentWriter {
public:
    Status write(const DocumentTree& tree, const QString& path,
                 const ExportOptions& options) const override;
};

} // namespace kasibi
