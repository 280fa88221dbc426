#pragma once

#include "core/format/documentwriter.h"
#include "core/layout/standardlayout.h"

#include <functional>
#include <QCoreApplication>

namespace kasibi {

// Writes a standard as a Word document (WordprocessingML, .docx): real heading styles that
// Word's navigation pane and table of contents see, the card tables, page numbers in the
// footer, A4 with the margins of official documents, Times New Roman 14 pt; review comments as
// Word comments when asked for.
class DocxStandardWriter : public DocumentWriter {
    Q_DECLARE_TR_FUNCTIONS(DocxStandardWriter)
public:
    Status write(const DocumentTree& tree, const QString& path,
                 const ExportOptions& options) const override;

    // Any layout (the standard, the conclusion form) as a .docx file; the file is replaced
    // only when everything was written.
    static Status writeLayout(const StandardLayout& layout, const QString& path,
                              const std::function<void(int percent)>& progress = {});
    // The package's bytes, for writeLayout and for tests that look inside.
    static Result<QByteArray> package(const StandardLayout& layout,
                                      const std::function<void(int percent)>& progress = {});
};

} // namespace kasibi
