#include "core/format/anydocumentreader.h"

#include "core/format/documentreaders.h"
#include "core/format/jsonstandardreader.h"

namespace kasibi {

Result<DocumentTree> AnyDocumentReader::read(const QString& path) const {
    if (const QString refusal = FileKind::refusal(FileKind::of(path)); !refusal.isEmpty())
        return Result<DocumentTree>::failure(refusal, path);
    // The content decides (a standard in JSON renamed .kasibi is still read), then the name: a
    // file named .kasibi that is neither is called a damaged document; any other is read as
    // JSON, whose reader says why it is not one.
    std::shared_ptr<DocumentReader> reader = DocumentReaders::forFile(path);
    if (!reader || !reader->opensWhole()) return JsonStandardReader().read(path);
    return reader->read(path);
}

} // namespace kasibi
