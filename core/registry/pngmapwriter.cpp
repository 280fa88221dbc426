#include "core/registry/pngmapwriter.h"

#include "core/registry/pngimagewriter.h"
#include "core/registry/qualificationmappainter.h"

#include <QImage>
#include <QPainter>

namespace kasibi {

Status PngMapWriter::write(const QualificationMapPainter& painter, QIODevice& device) const {
    const QSize full = painter.size();
    const QSize size = painter.pngSize();
    QImage image(size, QImage::Format_RGB32);
    if (image.isNull()) return Status::failure(tr("the image is too large"));
    {
        QPainter drawing(&image);
        drawing.scale(qreal(size.width()) / full.width(), qreal(size.height()) / full.height());
        painter.paint(drawing);
    }
    // Printed, the smaller image keeps the size the map has on the screen.
    image.setDotsPerMeterX(image.dotsPerMeterX() * size.width() / full.width());
    image.setDotsPerMeterY(image.dotsPerMeterY() * size.height() / full.height());
    return PngImageWriter::write(image, &device);
}

} // namespace kasibi
