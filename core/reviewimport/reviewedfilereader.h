#pragma once

#include "core/model/result.h"
#include "core/reviewimport/reviewedfile.h"

#include <QCoreApplication>

namespace kasibi {

// Reads a reviewed DOCX into a ReviewedFile: document.xml (text, w:ins/w:del, bookmarks,
// comment ranges), comments.xml, commentsExtended.xml and the document properties. The file
// is untrusted: it is read through OoxmlPackage (archive and part limits, unpacked size
// counted) and XmlPartReader (no DTD, broken XML refused with its part and line), and nesting
// deeper than any real document is refused.
class ReviewedFileReader {
    Q_DECLARE_TR_FUNCTIONS(ReviewedFileReader)
public:
    static Result<ReviewedFile> read(const QString& path);
    // Only the custom document properties (to tell which standard a file belongs to).
    static Result<QHash<QString, QString>> customProperties(const QString& path);
};

} // namespace kasibi
