#pragma once

#include "core/format/fileformat.h"
#include "core/model/result.h"

#include <QString>

class QIODevice;

namespace kasibi {

class QualificationMapPainter;

// Writes a qualification map as an image of one format; one subclass per format, which says its
// own extension and file-dialog filter, and one line in MapImageWriters makes it known to the
// command line and the editor. All of them lay text out with fonts: a QGuiApplication.
class MapImageWriter : public FileFormat {
public:
    // Draws the map into the device; on failure, the reason (the painter names the file).
    virtual Status write(const QualificationMapPainter& painter, QIODevice& device) const = 0;
};

} // namespace kasibi
