#include "core/layout/layoutbuilder.h"

#include "core/layout/printedlabels.h"
#include "core/model/schema.h"

#include <algorithm>
#include <QDate>
#include <QDateTime>
#include <QTime>

namespace kasibi {

namespace {

// A comment's time as the comments dock shows it, in the machine's local time, with the offset
// from UTC so that a reader in another zone can place it.
QString commentTime(const QDateTime& time) {
    const QDateTime local = time.toLocalTime();
    const int offset = local.offsetFromUtc();
    return local.toString(QStringLiteral("dd.MM.yyyy HH:mm")) + QStringLiteral(" UTC") +
           (offset < 0 ? QLatin1Char('-') : QLatin1Char('+')) +
           QTime(0, 0).addSecs(qAbs(offset)).toString(QStringLiteral("HH:mm"));
}

} // namespace

LayoutBuilder::LayoutBuilder(const DocumentTree& tree, const QString& language)
    : m_tree(tree),
      m_language(language == QLatin1String("kk") ? QStringLiteral("kk") : QStringLiteral("ru")) {
    m_layout.language = m_language;
}

QString LayoutBuilder::text(const QString& id, const QString& field) const {
    return StandardLayout::cleanText(m_tree.value(id, field, m_language).trimmed());
}

QString LayoutBuilder::plain(const QString& id, const QString& field) const {
    return StandardLayout::cleanText(m_tree.value(id, field).trimmed());
}

QString LayoutBuilder::chapterHeading(int number, const QString& name) const {
    return l(label::chapter).arg(number).arg(name);
}

QString LayoutBuilder::formatDate(const QString& iso) {
    const QDate date = QDate::fromString(iso, Qt::ISODate);
    return date.isValid() ? date.toString(QStringLiteral("dd.MM.yyyy")) : iso;
}

LayoutParagraph& LayoutBuilder::paragraphAt(const Place& place) {
    LayoutBlock& block = m_layout.blocks[place.block];
    return place.row < 0
               ? block.paragraph
               : block.table.rows[place.row].cells[place.cell].paragraphs[place.paragraph];
}

void LayoutBuilder::anchor(const QString& id, const QString& field, Place place) {
    if (id.isEmpty()) return;
    m_layout.anchors << LayoutAnchor{id,         field,           place.block, place.row,
                                     place.cell, place.paragraph, place.from,  place.length};
    place.sequence = ++m_sequence;
    const QString key = id + QLatin1Char('\n') + field;
    if (!m_exact.contains(key)) {
        m_exact.insert(key, place);
        mark(id, field, place);
    }
    // The element as a whole is its first paragraph, whole.
    place.from = 0;
    place.length = -1;
    if (!m_element.contains(id)) m_element.insert(id, place);
}

void LayoutBuilder::mark(const QString& id, const QString& field, const Place& place) {
    if (place.block < 0) return;
    LayoutParagraph& paragraph = paragraphAt(place);
    const int size = int(paragraph.text.size());
    const int from = std::clamp(place.from, 0, size);
    const int length = place.length < 0 ? size - from : std::min(place.length, size - from);
    // Nothing printed, or the same text as a mark already there (an item's text and the item).
    for (const LayoutMark& other : paragraph.marks)
        if (other.from == from && other.length == length) return;
    if (length > 0) paragraph.marks << LayoutMark{id, field, from, length};
}

void LayoutBuilder::anchorLast(const QString& id, const QString& field, int from, int length) {
    if (id.isEmpty()) return;
    Place place = m_last;
    place.from = from;
    place.length = length;
    anchor(id, field, place);
}

void LayoutBuilder::anchorPart(const QString& id, const QString& field, const QString& part,
                               int after) {
    const QString& text = paragraphAt(m_last).text;
    const int at = part.isEmpty() ? -1 : int(text.indexOf(part, after));
    if (at < 0)
        anchorLast(id, field);
    else
        anchorLast(id, field, at, int(part.size()));
}

void LayoutBuilder::placeWholeAtOwnText(const QString& id, const QString& alsoId) {
    m_element.insert(id, m_exact.value(id + QLatin1Char('\n')));
    anchor(alsoId, {}, m_element.value(id));
}

void LayoutBuilder::paragraph(const QString& text, Style style, const QString& id,
                              const QString& field, bool pageBreak, int from) {
    LayoutBlock block;
    block.paragraph.text = text;
    block.paragraph.style = style;
    block.paragraph.pageBreakBefore = pageBreak;
    m_layout.blocks << block;
    m_last = Place{int(m_layout.blocks.size()) - 1};
    anchorLast(id, field, from);
}

int LayoutBuilder::item(const QString& text, const QString& id, const QString& field, int from) {
    const QString number = QString::number(nextItemNumber()) + QStringLiteral(". ");
    paragraph(number + text, Style::Body, id, field, false, int(number.size()) + from);
    return int(number.size());
}

void LayoutBuilder::startTable(const QVector<int>& percents) {
    LayoutBlock block;
    block.type = LayoutBlock::Type::Table;
    block.table.columnPercents = percents;
    m_layout.blocks << block;
}

void LayoutBuilder::row(bool header) {
    LayoutRow row;
    row.header = header;
    m_layout.blocks.last().table.rows << row;
}

void LayoutBuilder::cell(int columnSpan, int rowSpan) {
    LayoutCell cell;
    cell.columnSpan = columnSpan;
    cell.rowSpan = rowSpan;
    m_layout.blocks.last().table.rows.last().cells << cell;
}

void LayoutBuilder::cellParagraph(const QString& text, Style style, const QString& id,
                                  const QString& field, int from) {
    LayoutTable& table = m_layout.blocks.last().table;
    LayoutCell& cell = table.rows.last().cells.last();
    LayoutParagraph paragraph;
    paragraph.text = text;
    paragraph.style = style;
    cell.paragraphs << paragraph;
    m_last = Place{int(m_layout.blocks.size()) - 1, int(table.rows.size()) - 1,
                   int(table.rows.last().cells.size()) - 1, int(cell.paragraphs.size()) - 1};
    anchorLast(id, field, from);
}

void LayoutBuilder::labelRow(const QString& label, const QString& value, const QString& id,
                             const QString& field) {
    row();
    cell();
    // An empty value has no text to carry a comment: its label does.
    cellParagraph(label, Style::CellLabel, value.isEmpty() ? id : QString(), field);
    cell(2);
    cellParagraph(value, Style::CellText, value.isEmpty() ? QString() : id, field);
}

void LayoutBuilder::listCell(const QString& owner, const QString& role) {
    int number = 0;
    for (const QString& item : children(owner, role)) {
        const QString prefix = QString::number(++number) + QStringLiteral(") ");
        cellParagraph(prefix + text(item, Schema::TextItemField), Style::CellText, item,
                      Schema::TextItemField, int(prefix.size()));
        // The item as a whole is its text too, not its number.
        anchorLast(item, {}, int(prefix.size()));
    }
}

std::optional<LayoutBuilder::Place> LayoutBuilder::placeOf(QString target, QString field) const {
    // A field not printed by itself is printed with the group that holds it
    // ("passport/oked/section" for "passport/oked/section/code", then "passport/oked").
    for (;;) {
        if (auto it = m_exact.constFind(target + QLatin1Char('\n') + field);
            it != m_exact.constEnd())
            return *it;
        if (field.isEmpty()) break;
        field =
            field.contains(QLatin1Char('/')) ? field.section(QLatin1Char('/'), 0, -2) : QString();
    }
    // Not printed itself (an empty field, an element kind without text): the nearest
    // printed element that holds it.
    for (int guard = 0; guard < 64 && !target.isEmpty(); ++guard) {
        if (auto it = m_element.constFind(target); it != m_element.constEnd()) return *it;
        const Node* node = m_tree.node(target);
        target = node ? node->parentId : QString();
    }
    return std::nullopt;
}

LayoutComment LayoutBuilder::comment(const QString& id, int number, int replyTo) const {
    LayoutComment comment;
    comment.number = number;
    comment.replyTo = replyTo;
    comment.author = plain(id, Field::Author);
    comment.created = plain(id, Field::Created);
    comment.text = StandardLayout::cleanText(m_tree.value(id, Field::Text));
    comment.resolved = m_tree.value(id, Field::Resolved) == QLatin1String("true");
    QString heading = comment.author;
    const QDateTime created = QDateTime::fromString(comment.created, Qt::ISODate);
    if (created.isValid()) heading += QStringLiteral(", ") + commentTime(created);
    QStringList marks;
    if (comment.replyTo > 0) marks << l(label::replyTo).arg(comment.replyTo);
    if (comment.resolved) marks << l(label::resolved);
    if (!marks.isEmpty())
        heading += QStringLiteral(" (") + marks.join(QStringLiteral("; ")) + QLatin1Char(')');
    comment.note = QString::number(comment.number) + QStringLiteral(". ") + heading +
                   QStringLiteral(": ") + comment.text;
    return comment;
}

void LayoutBuilder::placeComments() {
    struct Placed {
        QString id;
        int original = 0;
        Place place;
        int threadOrder = 0; // original index of the thread's first comment
        bool reply = false;
    };
    const QStringList ids = children(m_tree.rootId, Role::Comments);
    QHash<QString, int> indexOf;
    for (int i = 0; i < ids.size(); ++i)
        indexOf.insert(ids[i], i);

    QVector<Placed> placed;
    for (int i = 0; i < ids.size(); ++i) {
        // A reply sits on its thread's first comment's text, as Word shows replies.
        QString first = ids[i];
        for (int guard = 0; guard < 64; ++guard) {
            const QString replyTo = m_tree.value(first, Field::ReplyTo);
            if (replyTo.isEmpty() || !indexOf.contains(replyTo)) break;
            first = replyTo;
        }
        // A field may name a language ("name@kk"); the printed text is the one language.
        std::optional<Place> place =
            placeOf(m_tree.value(first, Field::TargetId),
                    Node::fieldOfKey(m_tree.value(first, Field::CommentedField)));
        if (!place) place = m_element.value(m_tree.standardId());
        placed << Placed{ids[i], i, *place, indexOf.value(first), first != ids[i]};
    }
    std::stable_sort(placed.begin(), placed.end(), [](const Placed& a, const Placed& b) {
        if (a.place.sequence != b.place.sequence) return a.place.sequence < b.place.sequence;
        if (a.threadOrder != b.threadOrder) return a.threadOrder < b.threadOrder;
        if (a.reply != b.reply) return !a.reply;
        return a.original < b.original;
    });

    QHash<QString, int> numberOf;
    for (int i = 0; i < placed.size(); ++i)
        numberOf.insert(placed[i].id, i + 1);
    for (int i = 0; i < placed.size(); ++i) {
        const QString& id = placed[i].id;
        m_layout.comments << comment(id, i + 1, numberOf.value(m_tree.value(id, Field::ReplyTo)));

        const Place& place = placed[i].place;
        if (place.block < 0) continue;
        LayoutParagraph& paragraph = paragraphAt(place);
        const int size = int(paragraph.text.size());
        LayoutCommentRange range{i, std::clamp(place.from, 0, size), 0};
        range.length =
            place.length < 0 ? size - range.from : std::min(place.length, size - range.from);
        // An empty value leaves nothing to mark: the comment marks the paragraph then.
        if (range.length == 0) range = LayoutCommentRange{i, 0, size};
        paragraph.comments << range;
    }
}

} // namespace kasibi
