#include "core/reviewimport/reviewimport.h"

#include "core/import/textlanguage.h"
#include "core/layout/standardlayout.h"
#include "core/model/schema.h"
#include "core/model/standarddocument.h"
#include "core/reviewimport/reviewedfilereader.h"
#include "core/reviewimport/reviewmark.h"
#include "core/reviewimport/reviewplaces.h"

#include <algorithm>
#include <limits>
#include <QDateTime>
#include <QSet>

namespace kasibi {

namespace {

using Kind_ = ImportedRemark::Kind;
using Anchor = ImportedRemark::Anchor;
using Change = ReviewedSegment::Change;

// Where in the reviewed text a remark is: remarks are listed in this order.
struct Position {
    int paragraph = 0;
    int offset = 0;
    bool operator<(const Position& other) const {
        return paragraph != other.paragraph ? paragraph < other.paragraph : offset < other.offset;
    }
};

// A remark being built, with what ordering and threading need.
struct Draft {
    ImportedRemark remark;
    Position position;
    int parent = -1; // index of the draft it answers
    int fileOrder = 0;
    QString nodeText; // the comment's text as stored (an unanchored one quotes its text)
};

// A mark's text through the paragraphs it spans, piece by piece.
struct MarkText {
    QVector<std::pair<int, ReviewedSegment>> pieces; // paragraph, segment

    QString text(const std::function<bool(const ReviewedSegment&)>& shown) const {
        QString text;
        int paragraph = -1;
        for (const auto& [index, segment] : pieces) {
            if (!shown(segment)) continue;
            if (paragraph >= 0 && index != paragraph) text += QLatin1Char('\n');
            paragraph = index;
            text += segment.text;
        }
        return text;
    }
};

// The text before any change.
bool shownBefore(const ReviewedSegment& segment) {
    return segment.change != Change::Inserted;
}

bool isSameTime(const QString& a, const QString& b) {
    if (a == b) return true;
    const QDateTime x = QDateTime::fromString(a, Qt::ISODate);
    const QDateTime y = QDateTime::fromString(b, Qt::ISODate);
    if (!x.isValid() || !y.isValid()) return false;
    if (x == y) return true;
    // Word writes the local clock time with a "Z" that does not mean UTC: the same minute on
    // the clock is the same remark.
    const auto minute = [](const QDateTime& time) {
        return time.toString(QStringLiteral("yyyy-MM-ddTHH:mm"));
    };
    return minute(x) == minute(y) || minute(x.toLocalTime()) == minute(y) ||
           minute(x) == minute(y.toLocalTime());
}

class Importer {
public:
    Importer(const DocumentTree& tree, const ReviewedFile& file)
        : m_tree(tree), m_file(file), m_places(tree) {}

    ReviewImportResult run();

private:
    struct Located {
        std::optional<ReviewPlaces::Place> place;
        Anchor anchor = Anchor::None;
        QString language;
        QString mark;
        ReviewPlaces::Match match;
    };

    void findLanguage();
    Located locate(const ReviewedPosition& at, const QString& markInside) const;
    // The remark's element, field and item for a place (the standard when there is none).
    void setPlace(ImportedRemark& remark, const std::optional<ReviewPlaces::Place>& place) const;
    void comments();
    void changes();
    // A tracked change of `author` on a place's text: `seen` as the reviewer saw it, `proposed`
    // with the change made.
    void change(const Located& located, const QString& seen, const QString& proposed,
                const QString& author, const QString& date, Position position);
    // The text field a suggestion on this place would set (its name in `fieldName`), or none.
    const FieldSpec* suggestible(const std::optional<ReviewPlaces::Place>& place,
                                 QString* fieldName = nullptr) const;
    // A change in a paragraph, placed by the paragraph's text; when `onlySuggestible`, only if
    // that finds a text field (false when it does not, and nothing is added).
    bool changeFoundByText(int paragraph, const QString& before, const QString& after,
                           const QString& author, const QString& date, Position position,
                           bool onlySuggestible);
    QString wordsOf(const QString& before, const QString& after) const;
    QString rangeText(const ReviewedPosition& start, const ReviewedPosition& end) const;
    ReviewImportResult finish();

    const DocumentTree& m_tree;
    const ReviewedFile& m_file;
    ReviewPlaces m_places;
    QString m_language;
    QHash<QString, MarkText> m_marks; // each mark's text, for the file's language
    QVector<Draft> m_drafts;
};

void Importer::findLanguage() {
    for (int p = 0; p < m_file.paragraphs.size(); ++p)
        for (const ReviewedSegment& segment : m_file.paragraphs[p].segments)
            for (const QString& mark : segment.marks) {
                m_marks[mark].pieces << std::pair{p, segment};
            }
    const QString property = m_file.customProperties.value(ReviewMark::LanguageProperty);
    if (Schema::languages().contains(property)) {
        m_language = property;
        return;
    }
    QHash<QString, QString> seen;
    for (auto it = m_marks.cbegin(); it != m_marks.cend(); ++it)
        seen.insert(it.key(), it.value().text(shownBefore));
    const int kk = m_places.agreement(seen, QStringLiteral("kk"));
    const int ru = m_places.agreement(seen, QStringLiteral("ru"));
    if (kk != ru) {
        m_language = kk > ru ? QStringLiteral("kk") : QStringLiteral("ru");
        return;
    }
    const QString declared = m_file.language.left(2).toLower();
    if (Schema::languages().contains(declared)) {
        m_language = declared;
        return;
    }
    QString all;
    for (const ReviewedParagraph& paragraph : m_file.paragraphs)
        all += paragraph.before() + QLatin1Char('\n');
    m_language = TextLanguage::of(all);
}

Importer::Located Importer::locate(const ReviewedPosition& at, const QString& markInside) const {
    Located located;
    for (int i = int(at.marks.size()) - 1; i >= 0; --i)
        if (auto place = m_places.place(at.marks[i])) {
            located = {place, Anchor::Mark, m_language, at.marks[i], {}};
            return located;
        }
    if (auto place = m_places.place(markInside)) {
        located = {place, Anchor::Mark, m_language, markInside, {}};
        return located;
    }
    if (at.paragraph < 0 || at.paragraph >= m_file.paragraphs.size()) return located;
    const std::optional<ReviewPlaces::Match> match =
        m_places.match(m_file.paragraphs[at.paragraph].before(), at.offset);
    if (!match) return located;
    located = {m_places.place(match->mark), Anchor::Text, match->language, match->mark, *match};
    if (!located.place) located.anchor = Anchor::None;
    return located;
}

void Importer::setPlace(ImportedRemark& remark,
                        const std::optional<ReviewPlaces::Place>& place) const {
    const Node* node = place ? m_tree.node(place->elementId) : nullptr;
    if (!node || node->kind == Kind::Document) {
        remark.elementId = m_tree.standardId();
        remark.field.clear();
        remark.itemId.clear();
        if (!node) remark.anchoredBy = Anchor::None;
        return;
    }
    const KindSpec* kind = Schema::kind(node->kind);
    if (kind && kind->isTextItem) {
        remark.elementId = node->parentId;
        remark.field = node->role;
        remark.itemId = node->id;
        return;
    }
    remark.elementId = node->id;
    remark.field = place->field;
    remark.itemId.clear();
}

QString Importer::rangeText(const ReviewedPosition& start, const ReviewedPosition& end) const {
    if (start.paragraph < 0 || start.paragraph >= m_file.paragraphs.size()) return {};
    const int last = end.paragraph < start.paragraph
                         ? start.paragraph
                         : qMin(end.paragraph, int(m_file.paragraphs.size()) - 1);
    QStringList parts;
    for (int p = start.paragraph; p <= last; ++p) {
        const QString text = m_file.paragraphs[p].before();
        const int from = p == start.paragraph ? start.offset : 0;
        const int to = p == last && end.paragraph == last ? end.offset : int(text.size());
        parts << text.mid(from, qMax(0, to - from));
    }
    QString quoted = parts.join(QLatin1Char('\n')).trimmed();
    // A point comment (no range): the paragraph it stands in.
    if (quoted.isEmpty()) quoted = m_file.paragraphs[start.paragraph].before().trimmed();
    return quoted;
}

void Importer::comments() {
    QHash<QString, int> byParaId;
    const int first = int(m_drafts.size());
    for (int i = 0; i < m_file.comments.size(); ++i) {
        const ReviewedComment& comment = m_file.comments[i];
        Draft draft;
        draft.fileOrder = i;
        ImportedRemark& remark = draft.remark;
        remark.kind = Kind_::Comment;
        remark.author = comment.author;
        remark.initials = comment.initials;
        remark.created = comment.date;
        remark.text = comment.text;
        remark.resolved = comment.done;
        remark.quoted = rangeText(comment.start, comment.end);
        const Located located = locate(comment.start, comment.firstMarkInside);
        remark.anchoredBy = located.anchor;
        remark.language = located.language.isEmpty() ? m_language : located.language;
        setPlace(remark, located.place);
        draft.position = {qMax(0, comment.start.paragraph), comment.start.offset};
        if (!comment.paraId.isEmpty()) byParaId.insert(comment.paraId, int(m_drafts.size()));
        m_drafts << draft;
    }
    bool threaded = false; // Word 2013+ says which comment answers which
    for (int i = 0; i < m_file.comments.size(); ++i)
        if (const int parent = byParaId.value(m_file.comments[i].parentParaId, -1);
            parent >= 0 && parent != first + i) {
            m_drafts[first + i].parent = parent;
            threaded = true;
        }
    // Word writes no thread when there is no reply; LibreOffice never writes one.
    if (!threaded && !m_file.application.startsWith(QLatin1String("Microsoft"))) {
        // LibreOffice writes a reply as a comment of its own on the same range: the earliest
        // of the comments on one range begins the thread, the later ones answer it.
        QHash<QString, int> threadOfRange;
        QVector<int> order(m_file.comments.size());
        std::iota(order.begin(), order.end(), 0);
        std::stable_sort(order.begin(), order.end(), [&](int a, int b) {
            const QDateTime x = QDateTime::fromString(m_file.comments[a].date, Qt::ISODate);
            const QDateTime y = QDateTime::fromString(m_file.comments[b].date, Qt::ISODate);
            return x.isValid() && y.isValid() ? x < y : a < b;
        });
        for (int i : order) {
            const ReviewedComment& comment = m_file.comments[i];
            if (comment.start.paragraph < 0) continue;
            const QString range = QStringLiteral("%1:%2-%3:%4")
                                      .arg(comment.start.paragraph)
                                      .arg(comment.start.offset)
                                      .arg(comment.end.paragraph)
                                      .arg(comment.end.offset);
            if (const int thread = threadOfRange.value(range, -1); thread >= 0)
                m_drafts[first + i].parent = thread;
            else
                threadOfRange.insert(range, first + i);
        }
    }
    // A reply is where its thread is, and the thread is resolved when any of it is done.
    for (int i = first; i < m_drafts.size(); ++i) {
        int root = i;
        for (int guard = 0; guard < 64 && m_drafts[root].parent >= 0; ++guard)
            root = m_drafts[root].parent;
        if (root == i) continue;
        m_drafts[i].parent = root;
        ImportedRemark& reply = m_drafts[i].remark;
        const ImportedRemark& thread = m_drafts[root].remark;
        reply.elementId = thread.elementId;
        reply.field = thread.field;
        reply.itemId = thread.itemId;
        reply.anchoredBy = thread.anchoredBy;
        reply.language = thread.language;
        if (reply.resolved) m_drafts[root].remark.resolved = true;
        reply.resolved = false;
    }
    for (int i = first; i < m_drafts.size(); ++i) {
        Draft& draft = m_drafts[i];
        draft.nodeText = draft.remark.text;
        // Nowhere to put it: on the standard, saying what it was about.
        if (draft.remark.anchoredBy == Anchor::None && draft.parent < 0 &&
            !draft.remark.quoted.isEmpty())
            draft.nodeText =
                ReviewImport::tr("On «%1»: %2").arg(draft.remark.quoted, draft.remark.text);
    }
}

QString Importer::wordsOf(const QString& before, const QString& after) const {
    int head = 0;
    while (head < before.size() && head < after.size() && before[head] == after[head])
        ++head;
    int tail = 0;
    while (tail < before.size() - head && tail < after.size() - head &&
           before[before.size() - 1 - tail] == after[after.size() - 1 - tail])
        ++tail;
    // Whole words read better than the letters that differ: a cut inside a word moves to its
    // edge.
    const auto insideWord = [](const QString& text, qsizetype at) {
        return at > 0 && at < text.size() && !text[at - 1].isSpace() && !text[at].isSpace();
    };
    while (head > 0 && (insideWord(before, head) || insideWord(after, head)))
        --head;
    while (tail > 0 &&
           (insideWord(before, before.size() - tail) || insideWord(after, after.size() - tail)))
        --tail;
    const QString removed = before.mid(head, before.size() - head - tail).trimmed();
    const QString added = after.mid(head, after.size() - head - tail).trimmed();
    if (removed.isEmpty()) return ReviewImport::tr("Insert «%1»").arg(added);
    if (added.isEmpty()) return ReviewImport::tr("Delete «%1»").arg(removed);
    return ReviewImport::tr("Replace «%1» with «%2»").arg(removed, added);
}

const FieldSpec* Importer::suggestible(const std::optional<ReviewPlaces::Place>& place,
                                       QString* fieldName) const {
    // A suggestion is on a text a user types (not a date or a choice), as a whole.
    const Node* node = place ? m_tree.node(place->elementId) : nullptr;
    const KindSpec* kind = node ? Schema::kind(node->kind) : nullptr;
    if (!kind) return nullptr;
    const QString field = kind->isTextItem ? Schema::TextItemField : place->field;
    const FieldSpec* spec = field.isEmpty() ? nullptr : kind->field(field);
    if (!spec || (spec->type != FieldType::LocalizedText && spec->type != FieldType::String &&
                  spec->type != FieldType::Integer && spec->type != FieldType::QualificationLevel))
        return nullptr;
    if (fieldName) *fieldName = field;
    return spec;
}

void Importer::change(const Located& located, const QString& seen, const QString& proposed,
                      const QString& author, const QString& date, Position position) {
    if (seen == proposed) return;
    Draft draft;
    draft.position = position;
    draft.fileOrder = int(m_drafts.size());
    ImportedRemark& remark = draft.remark;
    remark.author = author;
    remark.created = date;
    remark.quoted = seen;
    remark.anchoredBy = located.anchor;
    remark.language = located.language.isEmpty() ? m_language : located.language;
    setPlace(remark, located.place);

    QString fieldName;
    const FieldSpec* spec = suggestible(located.place, &fieldName);
    const Node* node = spec ? m_tree.node(located.place->elementId) : nullptr;
    std::optional<std::pair<QString, QString>> whole;
    if (spec && remark.anchoredBy != Anchor::None) {
        const QString language =
            spec->type == FieldType::LocalizedText ? remark.language : QString();
        const QString value = m_tree.value(node->id, fieldName, language);
        const QString printed = StandardLayout::cleanText(value.trimmed());
        if (seen == printed) {
            whole = std::pair{value, proposed};
        } else if (!printed.isEmpty() && seen.count(printed) == 1) {
            // Printed with a label or a sign around it: the change is in the value or nowhere.
            const int at = int(seen.indexOf(printed));
            const QString head = seen.left(at);
            const QString tail = seen.mid(at + printed.size());
            if (proposed.size() >= head.size() + tail.size() && proposed.startsWith(head) &&
                proposed.endsWith(tail))
                whole = std::pair{
                    value, proposed.mid(head.size(), proposed.size() - head.size() - tail.size())};
        } else if (!seen.isEmpty() && value.count(seen) == 1) {
            // The reviewer saw a part of it (the marks were lost, the paragraph found by it).
            QString after = value;
            whole = std::pair{value, after.replace(value.indexOf(seen), seen.size(), proposed)};
        } else {
            // Changed since the export: applying it will be refused, as it should.
            whole = std::pair{seen, proposed};
        }
        if (whole && whole->first != whole->second) {
            remark.kind = Kind_::Suggestion;
            remark.language = language;
            remark.before = whole->first;
            remark.after = whole->second;
            remark.text = wordsOf(remark.before, remark.after);
        }
    }
    if (remark.kind != Kind_::Suggestion) {
        remark.kind = Kind_::Comment;
        remark.text = ReviewImport::tr("Tracked change: %1").arg(wordsOf(seen, proposed));
    }
    draft.nodeText = remark.text;
    if (remark.anchoredBy == Anchor::None)
        draft.nodeText = ReviewImport::tr("On «%1»: %2").arg(seen, remark.text);
    m_drafts << draft;
}

void Importer::changes() {
    // One group for each author's changes to one place in one paragraph: the place is the
    // smallest text field whose mark holds the change or touches it (an editor moves a mark's
    // edge, or drops an empty mark, when the text at it is replaced), else the innermost mark
    // around it, else the paragraph (found by its text).
    struct Group {
        QString mark;
        int paragraph = 0;
        QString author;
        QString date;
        Position position;
        int from = 0; // the changed part of the text before the changes
        int to = 0;
        QSet<int> segments;
    };
    QVector<Group> groups;
    for (int p = 0; p < m_file.paragraphs.size(); ++p) {
        const ReviewedParagraph& paragraph = m_file.paragraphs[p];
        QHash<QString, int> groupOf;
        QString previousMark; // of the change just before ("" for none: a null string)
        int offset = 0;
        for (int i = 0; i < paragraph.segments.size(); ++i) {
            const ReviewedSegment& segment = paragraph.segments[i];
            const int from = offset;
            if (segment.change != Change::Inserted) offset += int(segment.text.size());
            if (segment.change == Change::None) continue;
            const int to = offset;
            QString mark;
            int size = std::numeric_limits<int>::max();
            for (auto it = paragraph.markRanges.cbegin(); it != paragraph.markRanges.cend(); ++it) {
                const auto [markFrom, markTo] = it.value();
                if (markFrom > to || markTo < from || !suggestible(m_places.place(it.key())))
                    continue;
                if (markTo - markFrom < size) {
                    size = markTo - markFrom;
                    mark = it.key();
                }
            }
            for (int m = int(segment.marks.size()) - 1; m >= 0 && mark.isEmpty(); --m)
                if (m_places.place(segment.marks[m])) mark = segment.marks[m];
            // A deletion and the insertion right after it are one change, wherever the editor
            // put the mark's edge between them.
            const ReviewedSegment* previous = i > 0 ? &paragraph.segments[i - 1] : nullptr;
            if (previous && previous->change != Change::None &&
                previous->author == segment.author && !previousMark.isNull())
                mark = previousMark;
            previousMark = mark;
            const QString key = mark + QChar(0x1F) + segment.author;
            auto it = groupOf.constFind(key);
            if (it == groupOf.constEnd()) {
                it = groupOf.insert(key, int(groups.size()));
                groups << Group{mark, p, segment.author, segment.date, {p, from}, from, to, {}};
            }
            Group& group = groups[*it];
            group.segments.insert(i);
            group.from = qMin(group.from, from);
            group.to = qMax(group.to, to);
            // The suggestion's time is its last change's.
            const QDateTime date = QDateTime::fromString(segment.date, Qt::ISODate);
            if (date.isValid() && date > QDateTime::fromString(group.date, Qt::ISODate))
                group.date = segment.date;
        }
    }
    for (const Group& group : groups) {
        // The paragraph before any change, and with this group's changes only.
        const ReviewedParagraph& paragraph = m_file.paragraphs[group.paragraph];
        QString before;
        QString after;
        for (int i = 0; i < paragraph.segments.size(); ++i) {
            const ReviewedSegment& segment = paragraph.segments[i];
            if (segment.change != Change::Inserted) before += segment.text;
            const bool made = group.segments.contains(i);
            if (segment.change == Change::None || (segment.change == Change::Inserted) == made)
                after += segment.text;
        }
        if (!group.mark.isEmpty()) {
            const std::optional<ReviewPlaces::Place> place = m_places.place(group.mark);
            // A mark of an element as a whole (a term's line) holds the marks of its fields;
            // when the field's own mark went with its text, the text tells the field.
            if (!suggestible(place) &&
                changeFoundByText(group.paragraph, before, after, group.author, group.date,
                                  group.position, true))
                continue;
            const auto [markFrom, markTo] =
                paragraph.markRanges.value(group.mark, {group.from, group.to});
            const int from = qMin(markFrom, group.from);
            const int to = qMin(qMax(markTo, group.to), int(before.size()));
            const QString head = before.left(from);
            const QString tail = before.mid(to);
            if (after.size() >= head.size() + tail.size() && after.startsWith(head) &&
                after.endsWith(tail)) {
                change({place, Anchor::Mark, m_language, group.mark, {}},
                       before.mid(from, to - from),
                       after.mid(head.size(), after.size() - head.size() - tail.size()),
                       group.author, group.date, group.position);
                continue;
            }
        }
        changeFoundByText(group.paragraph, before, after, group.author, group.date, group.position,
                          false);
    }
}

bool Importer::changeFoundByText(int paragraphIndex, const QString& before, const QString& after,
                                 const QString& author, const QString& date, Position position,
                                 bool onlySuggestible) {
    ReviewedPosition at;
    at.paragraph = paragraphIndex;
    at.offset = position.offset;
    const Located located = locate(at, {});
    if (located.anchor == Anchor::Text && (!onlySuggestible || suggestible(located.place))) {
        // The part of the paragraph that is the place's text, with the change made in it.
        const QString head = before.left(located.match.from);
        const QString tail = before.mid(located.match.from + located.match.length);
        if (after.size() >= head.size() + tail.size() && after.startsWith(head) &&
            after.endsWith(tail)) {
            change(located, before.mid(located.match.from, located.match.length),
                   after.mid(head.size(), after.size() - head.size() - tail.size()), author, date,
                   position);
            return true;
        }
    }
    if (onlySuggestible) return false;
    Located nowhere = located;
    if (located.anchor == Anchor::Text) nowhere.place.reset();
    if (!nowhere.place) nowhere.anchor = Anchor::None;
    change(nowhere, before, after, author, date, position);
    return true;
}

ReviewImportResult Importer::finish() {
    // Threads in the order of the text, each followed by its replies in the order written.
    QVector<int> roots;
    QHash<int, QVector<int>> replies;
    for (int i = 0; i < m_drafts.size(); ++i)
        (m_drafts[i].parent < 0 ? roots : replies[m_drafts[i].parent]) << i;
    std::stable_sort(roots.begin(), roots.end(),
                     [&](int a, int b) { return m_drafts[a].position < m_drafts[b].position; });
    QVector<int> order;
    for (int root : roots) {
        order << root;
        order << replies.value(root);
    }

    // What the document has already: same author, time, place and words.
    const QStringList existing = m_tree.children(m_tree.rootId, Role::Comments);
    auto duplicateOf = [&](const Draft& draft) -> QString {
        for (const QString& id : existing) {
            if (m_tree.value(id, Field::Author) != draft.remark.author) continue;
            const QString text = m_tree.value(id, Field::Text).trimmed();
            if (text != draft.nodeText.trimmed() && text != draft.remark.text.trimmed()) continue;
            if (!isSameTime(m_tree.value(id, Field::Created), draft.remark.created)) continue;
            // An unanchored copy of a comment the export printed elsewhere is still that one.
            if (draft.remark.anchoredBy != Anchor::None &&
                m_tree.value(id, Field::TargetId) != draft.remark.targetId())
                continue;
            return id;
        }
        return {};
    };

    ReviewImportResult result;
    result.language = m_language;
    QHash<int, QString> idOf;
    for (int index : order) {
        Draft& draft = m_drafts[index];
        ImportedRemark& remark = draft.remark;
        if (draft.parent >= 0) remark.replyTo = idOf.value(draft.parent);
        const QString duplicate = duplicateOf(draft);
        remark.duplicate = !duplicate.isEmpty();
        remark.commentId = remark.duplicate ? duplicate : DocumentTree::newId();
        idOf.insert(index, remark.commentId);
        result.remarks << remark;
        if (remark.duplicate) continue;
        Node node{remark.commentId, Kind::Comment, m_tree.rootId, Role::Comments};
        node.values.insert(Field::TargetId, remark.targetId());
        if (!remark.commentedField().isEmpty())
            node.values.insert(Field::CommentedField, remark.commentedField());
        if (!remark.replyTo.isEmpty()) node.values.insert(Field::ReplyTo, remark.replyTo);
        node.values.insert(Field::Author, remark.author.isEmpty()
                                              ? ReviewImport::tr("Reviewer in Word")
                                              : remark.author);
        node.values.insert(Field::Created, remark.created.isEmpty()
                                               ? QDateTime::currentDateTime().toString(Qt::ISODate)
                                               : remark.created);
        node.values.insert(Field::Text, draft.nodeText);
        if (remark.resolved && draft.parent < 0)
            node.values.insert(Field::Resolved, QStringLiteral("true"));
        if (remark.kind == Kind_::Suggestion) {
            if (!remark.language.isEmpty())
                node.values.insert(Field::SuggestionLanguage, remark.language);
            node.values.insert(Field::SuggestionBefore, remark.before);
            node.values.insert(Field::SuggestionAfter, remark.after);
        }
        result.newComments << node;
    }
    return result;
}

ReviewImportResult Importer::run() {
    findLanguage();
    comments();
    changes();
    return finish();
}

} // namespace

int ReviewImportResult::count(ImportedRemark::Kind kind, ImportedRemark::Anchor anchor) const {
    return int(std::count_if(remarks.cbegin(), remarks.cend(), [&](const ImportedRemark& remark) {
        return !remark.duplicate && remark.kind == kind && remark.anchoredBy == anchor;
    }));
}

int ReviewImportResult::suggestions() const {
    return int(std::count_if(remarks.cbegin(), remarks.cend(), [](const ImportedRemark& remark) {
        return !remark.duplicate && remark.kind == ImportedRemark::Kind::Suggestion;
    }));
}

int ReviewImportResult::duplicates() const {
    return int(std::count_if(remarks.cbegin(), remarks.cend(),
                             [](const ImportedRemark& remark) { return remark.duplicate; }));
}

Result<QString> ReviewImport::standardIdOf(const QString& docxPath) {
    Result<QHash<QString, QString>> properties = ReviewedFileReader::customProperties(docxPath);
    if (!properties) return properties.error();
    return properties.value().value(ReviewMark::StandardIdProperty);
}

Result<ReviewImportResult> ReviewImport::read(const DocumentTree& tree, const QString& docxPath,
                                              bool acceptOtherStandard) {
    Result<ReviewedFile> file = ReviewedFileReader::read(docxPath);
    if (!file) return file.error();
    const QString marked = file.value().customProperties.value(ReviewMark::StandardIdProperty);
    if (!marked.isEmpty() && marked != tree.standardId() && !acceptOtherStandard)
        return Result<ReviewImportResult>::failure(
            tr("was exported from another standard (id %1, this one is %2): its remarks do not "
               "belong here")
                .arg(marked, tree.standardId()),
            docxPath);
    return Importer(tree, file.value()).run();
}

Status ReviewImport::addTo(StandardDocument& document, const ReviewImportResult& result) {
    if (result.newComments.isEmpty()) return {};
    QVector<QVector<Node>> subtrees;
    for (const Node& comment : result.newComments)
        subtrees << QVector<Node>{comment};
    const DocumentTree& tree = document.tree();
    return document.insertSubtrees(tree.rootId, Role::Comments,
                                   int(tree.children(tree.rootId, Role::Comments).size()),
                                   subtrees);
}

} // namespace kasibi
