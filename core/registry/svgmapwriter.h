#pragma once

#include "core/registry/mapimagewriter.h"

#include <QCoreApplication>

namespace kasibi {

// The map as an SVG drawing: every detail at any size, and text that can be searched.
class SvgMapWriter : public MapImageWriter {
    Q_DECLARE_TR_FUNCTIONS(SvgMapWriter)
public:
    QString extension() const override { return QStringLiteral("svg"); }
    QString fileFilter() const override { return tr("SVG drawing (*.svg)"); }
    QString title() const override { return tr("SVG drawing"); }
    Status write(const QualificationMapPainter& painter, QIODevice& device) const override;
};

} // namespace kasibi
