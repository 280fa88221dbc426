#include "core/layout/standardlayout.h"

#include "core/layout/conclusionlayout.h"
#include "core/layout/mainpartlayout.h"
#include "core/layout/printedlabels.h"
#include "core/layout/professioncardlayout.h"
#include "core/layout/technicaldatalayout.h"
#include "core/model/schema.h"

// The printed wording, Russian as in the Rules (Appendix 1 and 3), Kazakh in the official
// terminology the sample standard uses (кәсіптік стандарт, ЭҚЖЖ, ҰКЖ, СБШ, ҰБШ, БТБА), is in
// printedlabels.h; the chapters are laid out by classes of their own, all writing through one
// LayoutBuilder that anchors the review comments.
namespace kasibi {

StandardLayout StandardLayout::ofStandard(const DocumentTree& tree, const QString& language,
                                          bool withComments) {
    using Style = LayoutParagraph::Style;
    LayoutBuilder out(tree, language);
    StandardLayout& layout = out.layout();
    const QString standard = tree.standardId();
    layout.title = out.l(label::title).arg(out.text(standard, Field::StandardName));
    layout.notesHeading = out.l(label::notes);
    MainPartLayout mainPart(out);
    mainPart.approvalHeader(standard);
    out.paragraph(layout.title, Style::Title, standard, {});
    // The standard as a whole is its title, not the order's header above it.
    out.placeWholeAtOwnText(standard, tree.rootId);
    mainPart.generalProvisions(standard);
    mainPart.passport(standard);
    out.paragraph(out.chapterHeading(3, out.l(label::professionCards)), Style::Heading1, standard,
                  Role::ProfessionCards, true);
    ProfessionCardLayout cards(out);
    for (const QString& card : out.children(standard, Role::ProfessionCards))
        cards.card(card);
    TechnicalDataLayout(out).technicalData(standard);
    mainPart.extraSections(standard);
    if (withComments) out.placeComments();
    return layout;
}

StandardLayout StandardLayout::ofConclusion(const DocumentTree& tree, const QString& language) {
    LayoutBuilder out(tree, language);
    ConclusionLayout(out).conclusion();
    return out.layout();
}

QString StandardLayout::cleanText(const QString& text) {
    QString clean;
    clean.reserve(text.size());
    const int size = int(text.size());
    for (int i = 0; i < size; ++i) {
        const QChar c = text[i];
        const char16_t u = c.unicode();
        if (c.isHighSurrogate()) {
            if (i + 1 < size && text[i + 1].isLowSurrogate()) {
                clean += c;
                clean += text[++i];
            }
            continue;
        }
        if (c.isLowSurrogate()) continue;
        if (u == u'\r') {
            if (i + 1 < size && text[i + 1] == QLatin1Char('\n')) continue;
            clean += QLatin1Char('\n');
            continue;
        }
        if (u < 0x20 && u != u'\t' && u != u'\n') continue;
        if (u == 0xFFFE || u == 0xFFFF) continue;
        clean += c;
    }
    return clean;
}

} // namespace kasibi
