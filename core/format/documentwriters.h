#pragma once

#include "core/format/documentwriter.h"
#include "core/format/writerregistry.h"

#include <vector>

namespace kasibi {

// The formats a standard is exported in: the interchange format, then every printed one
// (LayoutWriters).
class DocumentWriters : public WriterRegistry<DocumentWriter, DocumentWriters> {
public:
    static const std::vector<std::shared_ptr<DocumentWriter>>& all();
};

} // namespace kasibi
