#pragma once

#include "core/format/layoutwriter.h"

#include <QCoreApplication>

namespace kasibi {

// A printed layout as a Word document (DocxStandardWriter's package).
class DocxLayoutWriter : public LayoutWriter {
    Q_DECLARE_TR_FUNCTIONS(DocxLayoutWriter)
public:
    QString extension() const override { return QStringLiteral("docx"); }
    QString fileFilter() const override { return tr("Word document (*.docx)"); }
    Status write(const StandardLayout& layout, const QString& path,
                 const std::function<void(int percent)>& progress = {}) const override;
};

} // namespace kasibi
