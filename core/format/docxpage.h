#pragma once

#include "core/format/officialpage.h"

#include <QtGlobal>

namespace kasibi {

// The official page (OfficialPage) in Word's unit, the twentieth of a point (twip).
class DocxPage {
public:
    static constexpr int twips(qreal millimetres) { return qRound(millimetres * 1440 / 25.4); }

    static constexpr int width(bool landscape) {
        return twips(landscape ? OfficialPage::SizeMm.height() : OfficialPage::SizeMm.width());
    }
    static constexpr int height(bool landscape) { return width(!landscape); }
    static constexpr int marginLeft() { return twips(OfficialPage::MarginsMm.left()); }
    static constexpr int marginRight() { return twips(OfficialPage::MarginsMm.right()); }
    static constexpr int marginTop() { return twips(OfficialPage::MarginsMm.top()); }
    static constexpr int marginBottom() { return twips(OfficialPage::MarginsMm.bottom()); }
    static constexpr int footerDistance() { return twips(OfficialPage::FooterDistanceMm); }
    static constexpr int firstLineIndent() { return twips(OfficialPage::FirstLineIndentMm); }
    // What a paragraph or a table may fill between the margins.
    static constexpr int textWidth(bool landscape) {
        return width(landscape) - marginLeft() - marginRight();
    }
};

// The page as Word's files always had it; the conversion must not move a single twip.
static_assert(DocxPage::width(false) == 11906 && DocxPage::height(false) == 16838);
static_assert(DocxPage::marginLeft() == 1701 && DocxPage::marginRight() == 850);
static_assert(DocxPage::marginTop() == 1134 && DocxPage::marginBottom() == 1134);
static_assert(DocxPage::footerDistance() == 709 && DocxPage::firstLineIndent() == 709);

} // namespace kasibi
