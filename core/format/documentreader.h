#pragma once

#include "core/model/documenttree.h"
#include "core/model/result.h"

namespace kasibi {

// Reads a standard from a file of one format; one subclass per format.
class DocumentReader {
public:
    virtual ~DocumentReader() = default;
    virtual Result<DocumentTree> read(const QString& path) const = 0;
};

} // namespace kasibi
