#pragma once

#include "core/model/result.h"
#include "core/ooxml/worddocument.h"

#include <QCoreApplication>

#include <memory>

namespace kasibi {

class OoxmlPackage;

// Reads the text of a DOCX (WordprocessingML) file into a WordDocument: the body and the page
// headers. The file is untrusted: it is read through OoxmlPackage (archive and part limits,
// unpacked size counted) and XmlPartReader (no DTD, broken XML refused with part and line),
// and nesting deeper than any real document is refused. Readers of a standard and of
// reviewers' remarks share it.
class WordDocumentReader {
    Q_DECLARE_TR_FUNCTIONS(WordDocumentReader)
public:
    static constexpr qint64 MaximumFileSize = 128 * 1024 * 1024;
    static constexpr qint64 MaximumPartSize = 256 * 1024 * 1024;
    static constexpr int MaximumArchiveEntries = 2000;
    static constexpr int MaximumNesting = 200; // elements inside one another

    // `purpose` completes "this is not %1" in a refusal ("a professional standard").
    explicit WordDocumentReader(QString purpose = {});

    Result<WordDocument> read(const QString& path) const;

    // The package of a DOCX file, opened with the limits above after the checks every reader of
    // a Word file makes (size, an old .doc or a PDF named as such); `purpose` as above.
    static Result<std::unique_ptr<OoxmlPackage>> openPackage(const QString& path,
                                                             const QString& purpose);
    // The package's main document part ("word/document.xml"), or why it has none.
    static Result<QString> documentPart(OoxmlPackage& package);

    // Whether a file begins as a zip archive does, and whether as an old binary Word (.doc)
    // file does: to say what a file is when it is not what was expected.
    static bool looksLikeZip(const QString& path);
    static bool looksLikeBinaryOffice(const QString& path);

private:
    QString m_purpose;
};

} // namespace kasibi
