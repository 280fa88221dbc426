#include "core/reviewimport/reviewplaces.h"

#include "core/layout/standardlayout.h"
#include "core/model/schema.h"
#include "core/reviewimport/reviewmark.h"

namespace kasibi {

namespace {

int languageIndex(const QString& language) {
    return language == QLatin1String("kk") ? 0 : 1;
}

// Texts shorter than this say too little to be found by (a number, "Да").
constexpr int kShortestFoundText = 4;
// A reviewed paragraph found inside a longer printed text must be at least this long.
constexpr int kShortestPart = 12;

} // namespace

ReviewPlaces::ReviewPlaces(const DocumentTree& tree) {
    // Every element and field, printed or not now, so that a mark of a text emptied since the
    // export is still known.
    for (const Node& node : tree.nodes) {
        const KindSpec* spec = Schema::kind(node.kind);
        if (!spec || node.kind == Kind::Comment || node.kind == Kind::TimelineEntry) continue;
        m_places.insert(ReviewMark::name(node.id, {}), Place{node.id, {}});
        for (const FieldSpec& field : spec->fields)
            m_places.insert(ReviewMark::name(node.id, field.name), Place{node.id, field.name});
    }
    for (const QString& language : Schema::languages()) {
        const StandardLayout layout = StandardLayout::ofStandard(tree, language, false);
        const int index = languageIndex(language);
        auto add = [&](const LayoutParagraph& paragraph) {
            PrintedParagraph printed{paragraph.text, language, {}};
            for (const LayoutMark& mark : paragraph.marks) {
                const QString name = ReviewMark::name(mark.elementId, mark.field);
                m_places.insert(name, Place{mark.elementId, mark.field});
                const QString text = paragraph.text.mid(mark.from, mark.length);
                m_printed[index].insert(name, text);
                QStringList& marks = m_marksByText[index][text.simplified()];
                if (!marks.contains(name)) marks << name;
                printed.marks << PrintedMark{name, mark.from, mark.length};
            }
            if (printed.marks.isEmpty()) return;
            m_paragraphsByText[paragraph.text.simplified()] << int(m_paragraphs.size());
            m_paragraphs << printed;
        };
        for (const LayoutBlock& block : layout.blocks) {
            if (block.type == LayoutBlock::Type::Paragraph) {
                add(block.paragraph);
                continue;
            }
            for (const LayoutRow& row : block.table.rows)
                for (const LayoutCell& cell : row.cells)
                    for (const LayoutParagraph& paragraph : cell.paragraphs)
                        add(paragraph);
        }
    }
}

std::optional<ReviewPlaces::Place> ReviewPlaces::place(const QString& mark) const {
    const auto it = m_places.constFind(mark);
    if (it == m_places.constEnd()) return std::nullopt;
    return *it;
}

QString ReviewPlaces::printed(const QString& mark, const QString& language) const {
    return m_printed[languageIndex(language)].value(mark);
}

std::optional<ReviewPlaces::Match> ReviewPlaces::match(const QString& paragraph, int offset) const {
    const QString simplified = paragraph.simplified();
    if (simplified.size() < kShortestFoundText) return std::nullopt;
    // A paragraph printed exactly so, in one place of the standard: its mark around `offset`
    // (the innermost), or its first.
    const QVector<int> same = m_paragraphsByText.value(simplified);
    if (!same.isEmpty()) {
        const PrintedParagraph& printed = m_paragraphs[same.first()];
        bool oneSet = true;
        for (int index : same) {
            QStringList a, b;
            for (const PrintedMark& mark : m_paragraphs[index].marks)
                a << mark.mark;
            for (const PrintedMark& mark : printed.marks)
                b << mark.mark;
            // The same paragraph in both languages (a code) or printed twice by one place.
            if (a != b) oneSet = false;
        }
        if (oneSet && paragraph == printed.text) {
            const PrintedMark* found = &printed.marks.first();
            for (const PrintedMark& mark : printed.marks)
                if (mark.from <= offset && offset < mark.from + mark.length) found = &mark;
            return Match{found->mark, printed.language, found->from, found->length};
        }
        if (oneSet) {
            const PrintedMark& mark = printed.marks.first();
            const int at = int(paragraph.indexOf(printed.text.mid(mark.from, mark.length)));
            return Match{mark.mark, printed.language, qMax(0, at), at < 0 ? 0 : mark.length};
        }
    }
    // The longest printed text of one place that the paragraph holds; one around `offset` wins.
    std::optional<Match> best;
    bool bestAround = false;
    for (const QString& language : Schema::languages()) {
        const QHash<QString, QStringList>& byText = m_marksByText[languageIndex(language)];
        for (auto it = byText.cbegin(); it != byText.cend(); ++it) {
            if (it.value().size() != 1 || it.key().size() < kShortestFoundText) continue;
            const QString text = m_printed[languageIndex(language)].value(it.value().first());
            const int at = int(paragraph.indexOf(text));
            if (at < 0) continue;
            const bool around = at <= offset && offset < at + text.size();
            if (best && (bestAround && !around)) continue;
            if (best && bestAround == around && best->length >= text.size()) continue;
            best = Match{it.value().first(), language, at, int(text.size())};
            bestAround = around;
        }
    }
    if (best) return best;
    // The paragraph is a part of one longer printed text (the reviewer cut the rest).
    if (simplified.size() < kShortestPart) return std::nullopt;
    std::optional<Match> holder;
    for (const QString& language : Schema::languages()) {
        const QHash<QString, QString>& printed = m_printed[languageIndex(language)];
        for (auto it = printed.cbegin(); it != printed.cend(); ++it) {
            if (!it.value().simplified().contains(simplified)) continue;
            if (holder && holder->mark != it.key()) return std::nullopt; // two places hold it
            holder = Match{it.key(), language, 0, int(paragraph.size())};
        }
    }
    return holder;
}

int ReviewPlaces::agreement(const QHash<QString, QString>& textOfMark,
                            const QString& language) const {
    int count = 0;
    const QHash<QString, QString>& printed = m_printed[languageIndex(language)];
    for (auto it = textOfMark.cbegin(); it != textOfMark.cend(); ++it)
        if (printed.value(it.key()) == it.value()) ++count;
    return count;
}

} // namespace kasibi
