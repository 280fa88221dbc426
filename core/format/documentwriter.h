#pragma once

#include "core/format/exportoptions.h"
#include "core/format/fileformat.h"
#include "core/model/documenttree.h"
#include "core/model/result.h"

#include <QString>

namespace kasibi {

// Writes a standard to a file of one format; one subclass per format, which says its own
// extension, file-dialog filter and what it keeps, and one line in DocumentWriters (or, for a
// printed format, LayoutWriters) makes it known everywhere. A writer either writes the whole
// file or leaves the path as it was.
class DocumentWriter : public FileFormat {
public:
    // The standard as printed, in one language, the review comments as notes at the most;
    // otherwise the whole document: both languages, the comments and everything else.
    virtual bool printed() const { return false; }
    // Keeps the invisible marks of where each text is (ExportOptions::withMarks), by which a
    // reviewer's comments and changes come back.
    virtual bool keepsReviewMarks() const { return false; }
    // Lays text out with real fonts, which takes a QGuiApplication.
    virtual bool needsFonts() const { return false; }

    virtual Status write(const DocumentTree& tree, const QString& path,
                         const ExportOptions& options) const = 0;
};

} // namespace kasibi
