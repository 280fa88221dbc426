#pragma once

#include "core/registry/mapimagewriter.h"

#include <QCoreApplication>

namespace kasibi {

// The map as a PNG image, of QualificationMapPainter::pngSize() (smaller for a large map).
class PngMapWriter : public MapImageWriter {
    Q_DECLARE_TR_FUNCTIONS(PngMapWriter)
public:
    QString extension() const override { return QStringLiteral("png"); }
    QString fileFilter() const override { return tr("PNG image (*.png)"); }
    QString title() const override { return tr("PNG image"); }
    Status write(const QualificationMapPainter& painter, QIODevice& device) const override;
};

} // namespace kasibi
