#include "core/format/docxstandardreader.h"

#include "core/ooxml/worddocumentreader.h"

#include <QFile>
#include <QFileInfo>

namespace kasibi {

Result<RecognizedStandard> DocxStandardReader::readWithReport(const QString& path) const {
    Result<WordDocument> document = WordDocumentReader(tr("a professional standard")).read(path);
    if (!document) return document.error();
    Result<RecognizedStandard> recognized =
        StandardRecognizer::recognize(document.value(), QFileInfo(path).fileName());
    if (!recognized) return Error{recognized.error().message, path};
    return recognized;
}

Result<DocumentTree> DocxStandardReader::read(const QString& path) const {
    Result<RecognizedStandard> read = readWithReport(path);
    if (!read) return read.error();
    return std::move(read.value().tree);
}

bool DocxStandardReader::looksLikeWordOrPdf(const QString& path) {
    if (WordDocumentReader::looksLikeBinaryOffice(path)) return true;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) return false;
    const QByteArray head = file.read(5);
    return head.startsWith("%PDF-") || head.startsWith(QByteArray("PK\x03\x04", 4));
}

} // namespace kasibi
