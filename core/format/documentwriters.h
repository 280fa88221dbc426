#pragma once

#include "core/format/documentwriter.h"
#include "core/format/formatregistry.h"

#include <vector>

namespace kasibi {

// The formats a standard is exported in: the interchange format, then every printed one
// (LayoutWriters).
class DocumentWriters : public FormatRegistry<DocumentWriter, DocumentWriters> {
public:
    static const std::vector<std::shared_ptr<DocumentWriter>>& all();
};

} // namespace kasibi
