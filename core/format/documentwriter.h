#pragma once

#include "core/format/exportoptions.h"
#include "core/model/documenttree.h"
#include "core/model/result.h"

namespace kasibi {

// Writes a standard to a file of one format; one subclass per format. A writer either
// writes the whole file or leaves the path as it was.
class DocumentWriter {
public:
    virtual ~DocumentWriter() = default;
    virtual Status write(const DocumentTree& tree, const QString& path,
                         const ExportOptions& options) const = 0;
};

} // namespace kasibi
