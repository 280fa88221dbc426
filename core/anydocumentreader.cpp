#include "anydocumentreader.h"

#include "documentstore.h"
#include "jsonstandardreader.h"
#include "kasibidocumentreader.h"

namespace kasibi {

Result<DocumentTree> AnyDocumentReader::read(const QString& path) const {
    if (DocumentStore::looksLikeDocumentFile(path)) return KasibiDocumentReader().read(path);
    return JsonStandardReader().read(path);
}

} // namespace kasibi
