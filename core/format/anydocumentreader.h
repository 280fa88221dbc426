#pragma once

#include "core/model/documenttree.h"
#include "core/model/result.h"

namespace kasibi {

// Reads a .kasibi or a .json standard, told apart by content rather than by name, since
// e-mailed files get renamed (DocumentReaders::forFile); any other file is refused with what to
// do instead (FileKind::refusal), a Word document among them: it is imported, not opened.
class AnyDocumentReader {
public:
    Result<DocumentTree> read(const QString& path) const;
};

} // namespace kasibi
