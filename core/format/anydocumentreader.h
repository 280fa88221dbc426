#pragma once

#include "core/format/documentreader.h"

namespace kasibi {

// Reads a .kasibi or a .json standard, told apart by content rather than by name, since
// e-mailed files get renamed.
class AnyDocumentReader : public DocumentReader {
public:
    Result<DocumentTree> read(const QString& path) const override;
};

} // namespace kasibi
