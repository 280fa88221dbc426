#include "core/format/anydocumentreader.h"

#include "core/format/docxstandardreader.h"
#include "core/format/jsonstandardreader.h"
#include "core/format/kasibidocumentreader.h"
#include "core/store/documentstore.h"

#include <QFile>
#include <QFileInfo>

namespace kasibi {

namespace {

// Whether the file begins as a JSON object does (after white space and a byte order mark).
bool startsLikeJson(const QString& path) {
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) return false;
    QByteArray head = file.read(4096);
    if (head.startsWith("\xEF\xBB\xBF")) head.remove(0, 3);
    return head.trimmed().startsWith('{');
}

} // namespace

Result<DocumentTree> AnyDocumentReader::read(const QString& path) const {
    if (DocumentStore::looksLikeDocumentFile(path)) return KasibiDocumentReader().read(path);
    if (DocxStandardReader::looksLikeWordOrPdf(path))
        return Result<DocumentTree>::failure(
            tr("is a Word or PDF file, not a Kasibi document or a JSON standard; import a "
               "published standard from Word first (kasibi-cli import STANDARD.docx -o "
               "OUT.kasibi, or File > Import from Word in the editor)"),
            path);
    // The content decides (a standard in JSON renamed .kasibi is still read), but a file named
    // .kasibi that is neither is called a damaged document rather than JSON that does not parse.
    if (QFileInfo(path).suffix().compare(QLatin1String("kasibi"), Qt::CaseInsensitive) == 0 &&
        !startsLikeJson(path))
        return KasibiDocumentReader().read(path);
    return JsonStandardReader().read(path);
}

} // namespace kasibi
