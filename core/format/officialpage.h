#pragma once

#include <QMarginsF>
#include <QSizeF>

namespace kasibi {

// The page of official documents, which every printed format keeps: A4, left 30 mm, right
// 15 mm, top and bottom 20 mm, the footer 12.5 mm from the edge, and a paragraph's first line
// indented 1.25 cm as in published standards. In millimetres; each format converts.
class OfficialPage {
public:
    static constexpr QSizeF SizeMm{210, 297};
    static constexpr QMarginsF MarginsMm{30, 20, 15, 20};
    static constexpr qreal FooterDistanceMm = 12.5;
    static constexpr qreal FirstLineIndentMm = 12.5;
};

} // namespace kasibi
