#pragma once

#include "core/format/formatregistry.h"
#include "core/format/layoutwriter.h"

#include <vector>

namespace kasibi {

// The printed formats (DOCX, PDF) in which the standard, its conclusion, a plan and a change
// report are written.
class LayoutWriters : public FormatRegistry<LayoutWriter, LayoutWriters> {
public:
    static const std::vector<std::shared_ptr<LayoutWriter>>& all();
};

} // namespace kasibi
