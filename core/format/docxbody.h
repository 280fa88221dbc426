#pragma once

#include "core/layout/standardlayout.h"

#include <functional>
#include <QByteArray>

namespace kasibi {

// The main part of a Word package (word/document.xml): the layout's paragraphs and tables on
// the official page, and the footer part with the page number that its section refers to.
class DocxBody {
public:
    // Reports 5 to 80 percent as the blocks are written.
    static QByteArray document(const StandardLayout& layout, bool withComments,
                               const std::function<void(int)>& progress);
    static QByteArray footer();
};

} // namespace kasibi
