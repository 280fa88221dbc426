#pragma once

#include "core/format/documentreader.h"

namespace kasibi {

// Reads a .kasibi document file, read-only, with all the checks of DocumentStore::open.
class KasibiDocumentReader : public DocumentReader {
public:
    Result<DocumentTree> read(const QString& path) const override;
};

} // namespace kasibi
