#pragma once

#include "core/format/fileformat.h"
#include "core/format/filekind.h"
#include "core/model/documenttree.h"
#include "core/model/result.h"

namespace kasibi {

// Reads a standard from a file of one format; one subclass per format, which says its own
// extension, file-dialog filter and the content it recognises, and one line in DocumentReaders
// makes it known everywhere.
class DocumentReader : public FileFormat {
public:
    // What FileKind calls a file of this format by its bytes, which decides before its name does
    // (e-mailed files get renamed).
    virtual FileKind::Kind kind() const = 0;
    // Whether the file holds the whole standard, opened as it is; otherwise (Word) it is imported:
    // what the recognizer maps comes in, with a report of the rest.
    virtual bool opensWhole() const { return true; }
    virtual Result<DocumentTree> read(const QString& path) const = 0;
};

} // namespace kasibi
