#pragma once

#include "core/model/result.h"

#include <QString>

class QIODevice;

namespace kasibi {

class QualificationMapPainter;

// Writes a qualification map as an image of one format; one subclass per format, which says its
// own extension and file-dialog filter, and one line in MapImageWriters makes it known to the
// command line and the editor. All of them lay text out with fonts: a QGuiApplication.
class MapImageWriter {
public:
    virtual ~MapImageWriter() = default;
    // Lower case, without the dot: "svg".
    virtual QString extension() const = 0;
    // What a file dialog offers for it: "SVG drawing (*.svg)".
    virtual QString fileFilter() const = 0;
    // What a list of formats calls it: "SVG drawing".
    virtual QString title() const = 0;
    // Draws the map into the device; on failure, the reason (the painter names the file).
    virtual Status write(const QualificationMapPainter& painter, QIODevice& device) const = 0;
};

} // namespace kasibi
