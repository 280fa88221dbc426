#pragma once

#include "core/format/documentwriter.h"

#include <functional>

namespace kasibi {

class StandardLayout;

// Writes a printed layout (the standard, its conclusion, a plan, a change report, each built in
// core/layout) to a file of one printed format; one subclass per format, listed in
// LayoutWriters. A printed format writes a standard as its printed layout.
class LayoutWriter : public DocumentWriter {
public:
    bool printed() const final { return true; }

    virtual Status write(const StandardLayout& layout, const QString& path,
                         const std::function<void(int percent)>& progress = {}) const = 0;
    // The standard as it is printed (StandardLayout::ofStandard) in the options' language.
    Status write(const DocumentTree& tree, const QString& path,
                 const ExportOptions& options) const final;
};

} // namespace kasibi
