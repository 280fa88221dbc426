#include "core/format/kasibidocumentreader.h"

#include "core/store/documentstore.h"

namespace kasibi {

Result<DocumentTree> KasibiDocumentReader::read(const QString& path) const {
    Result<std::unique_ptr<DocumentStore>> store = DocumentStore::open(path, AccessMode::ReadOnly);
    if (!store) return store.error();
    return store.value()->takeContent();
}

} // namespace kasibi
