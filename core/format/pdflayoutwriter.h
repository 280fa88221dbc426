#pragma once

#include "core/format/layoutwriter.h"

#include <QCoreApplication>

namespace kasibi {

// A printed layout as PDF (PdfStandardWriter's pages).
class PdfLayoutWriter : public LayoutWriter {
    Q_DECLARE_TR_FUNCTIONS(PdfLayoutWriter)
public:
    QString extension() const override { return QStringLiteral("pdf"); }
    QString fileFilter() const override { return tr("PDF (*.pdf)"); }
    Status write(const StandardLayout& layout, const QString& path,
                 const std::function<void(int percent)>& progress = {}) const override;
};

} // namespace kasibi
