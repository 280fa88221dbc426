#pragma once

#include "core/format/documentreader.h"
#include "core/import/standardrecognizer.h"

#include <QCoreApplication>

namespace kasibi {

// Reads a professional standard published in Word (.docx): the text through WordDocumentReader
// (an untrusted file's defences), the structure through StandardRecognizer. The document comes
// in the one language the file is written in; the report says what was mapped, what found no
// place and what the source lacks.
class DocxStandardReader : public DocumentReader {
    Q_DECLARE_TR_FUNCTIONS(DocxStandardReader)
public:
    Result<DocumentTree> read(const QString& path) const override;
    Result<RecognizedStandard> readWithReport(const QString& path) const;

    QString extension() const override { return QStringLiteral("docx"); }
    QString fileFilter() const override { return tr("Word documents (*.docx)"); }
    QString title() const override { return tr("Word document (DOCX)"); }
    FileKind::Kind kind() const override { return FileKind::WordDocument; }
    bool opensWhole() const override { return false; }
    // Whether a file is a Word, PDF or old .doc file by its content (not its name): what the
    // commands that take a Kasibi document or JSON tell the user to import instead.
    static bool looksLikeWordOrPdf(const QString& path);
};

} // namespace kasibi
