#include "core/registry/svgmapwriter.h"

#include "core/registry/qualificationmappainter.h"

#include <QPainter>
#include <QSvgGenerator>

namespace kasibi {

Status SvgMapWriter::write(const QualificationMapPainter& painter, QIODevice& device) const {
    QSvgGenerator svg;
    svg.setOutputDevice(&device);
    svg.setSize(painter.size());
    svg.setViewBox(QRect(QPoint(0, 0), painter.size()));
    svg.setTitle(painter.title());
    QPainter drawing;
    if (!drawing.begin(&svg)) return Status::failure(tr("the drawing failed"));
    painter.paint(drawing);
    drawing.end();
    return {};
}

} // namespace kasibi
