#pragma once

#include "core/layout/standardlayout.h"

#include <QByteArray>

namespace kasibi {

// The document's properties in a Word package (docProps/): its title and language, the program
// that made it, and for a marked copy the standard and language it was exported from.
class DocxProperties {
public:
    static QByteArray core(const StandardLayout& layout);
    static QByteArray app();
    static QByteArray custom(const StandardLayout& layout);
};

} // namespace kasibi
