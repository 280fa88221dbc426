#pragma once

#include "core/format/layoutwriter.h"
#include "core/layout/standardlayout.h"

#include <functional>
#include <QCoreApplication>

namespace kasibi {

// Writes a standard, or any printed layout, as a Word document (WordprocessingML, .docx): real
// heading styles that Word's navigation pane and table of contents see, the card tables, page
// numbers in the footer, A4 with the margins of official documents, Times New Roman 14 pt;
// review comments as Word comments when asked for.
class DocxStandardWriter : public LayoutWriter {
    Q_DECLARE_TR_FUNCTIONS(DocxStandardWriter)
public:
    using LayoutWriter::write;

    QString extension() const override { return QStringLiteral("docx"); }
    QString fileFilter() const override { return tr("Word document (*.docx)"); }
    QString title() const override { return tr("Word document (DOCX)"); }
    bool keepsReviewMarks() const override { return true; }

    // The file is replaced only when everything was written.
    Status write(const StandardLayout& layout, const QString& path,
                 const std::function<void(int percent)>& progress = {}) const override;
    // The package's bytes, for write and for tests that look inside.
    static Result<QByteArray> package(const StandardLayout& layout,
                                      const std::function<void(int percent)>& progress = {});
};

} // namespace kasibi
