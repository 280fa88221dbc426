#include "core/format/anydocumentreader.h"

#include "core/format/filekind.h"
#include "core/format/jsonstandardreader.h"
#include "core/format/kasibidocumentreader.h"

#include <QFileInfo>

namespace kasibi {

Result<DocumentTree> AnyDocumentReader::read(const QString& path) const {
    const FileKind::Kind kind = FileKind::of(path);
    if (kind == FileKind::SqliteDatabase) return KasibiDocumentReader().read(path);
    if (const QString refusal = FileKind::refusal(kind); !refusal.isEmpty())
        return Result<DocumentTree>::failure(refusal, path);
    // The content decides (a standard in JSON renamed .kasibi is still read), but a file named
    // .kasibi that is neither is called a damaged document rather than JSON that does not parse.
    if (QFileInfo(path).suffix().compare(QLatin1String("kasibi"), Qt::CaseInsensitive) == 0 &&
        kind != FileKind::Json)
        return KasibiDocumentReader().read(path);
    return JsonStandardReader().read(path);
}

} // namespace kasibi
