#pragma once

#include "core/model/result.h"

#include <functional>
#include <QString>

namespace kasibi {

class StandardLayout;

// Writes a printed layout (the standard, its conclusion, a plan, a change report) to a file of
// one format; one subclass per format, which says its own extension and file-dialog filter. A
// writer either writes the whole file or leaves the path as it was.
class LayoutWriter {
public:
    virtual ~LayoutWriter() = default;
    // Lower case, without the dot: "docx".
    virtual QString extension() const = 0;
    // What a file dialog offers for it: "Word document (*.docx)".
    virtual QString fileFilter() const = 0;
    virtual Status write(const StandardLayout& layout, const QString& path,
                         const std::function<void(int percent)>& progress = {}) const = 0;
};

} // namespace kasibi
