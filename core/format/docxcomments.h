#pragma once

#include "core/layout/standardlayout.h"

#include <QByteArray>

namespace kasibi {

// The review comments of a layout as Word comments (word/comments.xml), and their threads and
// resolved state as Word 2013 and later keep them (word/commentsExtended.xml).
class DocxComments {
public:
    static QByteArray comments(const StandardLayout& layout);
    static QByteArray commentsExtended(const StandardLayout& layout);
};

} // namespace kasibi
