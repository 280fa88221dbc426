#pragma once

#include "core/format/layoutwriter.h"

#include <QStringList>
#include <vector>

namespace kasibi {

// The formats a printed layout is written in (DOCX, PDF), and the one a path asks for by its
// extension.
class LayoutWriters {
public:
    static const std::vector<const LayoutWriter*>& all();
    // nullptr when no format has the path's extension.
    static const LayoutWriter* forPath(const QString& path);
    static QStringList extensions();
    // Every format's filter, for a file dialog: "Word document (*.docx);;PDF (*.pdf)".
    static QString fileFilter();
};

} // namespace kasibi
