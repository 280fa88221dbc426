#pragma once

#include "core/layout/standardlayout.h"
#include "core/model/phrase.h"

#include <optional>
#include <QHash>
#include <QStringList>

namespace kasibi {

// Puts the blocks of one printed layout down in order and remembers where the text of each
// element (and field) went, so that the review comments are anchored on the very text they are
// about: the chapters write through it, and placeComments() places the comments at the end.
class LayoutBuilder {
public:
    using Style = LayoutParagraph::Style;

    // `language`: "kk", or anything else for Russian.
    LayoutBuilder(const DocumentTree& tree, const QString& language);

    const DocumentTree& tree() const { return m_tree; }
    const QString& language() const { return m_language; }
    StandardLayout& layout() { return m_layout; }

    QString l(const Phrase& wording) const { return wording.in(m_language); }
    // A field's text in the layout's language, cleaned for print.
    QString text(const QString& id, const QString& field) const;
    // A field that has one text for both languages (a code, a number, a date).
    QString plain(const QString& id, const QString& field) const;
    QStringList children(const QString& id, const QString& role) const {
        return m_tree.children(id, role);
    }
    QString chapterHeading(int number, const QString& name) const;
    // An ISO date as the standards print it (dd.MM.yyyy); anything else as it is.
    static QString formatDate(const QString& iso);
    // The next number of the items numbered through the whole standard.
    int nextItemNumber() { return ++m_item; }

    // `from`: where the printed value begins, after its label.
    void paragraph(const QString& text, Style style, const QString& id = {},
                   const QString& field = {}, bool pageBreak = false, int from = 0);
    // Returns where `text` begins in the printed item.
    int item(const QString& text, const QString& id = {}, const QString& field = {}, int from = 0);
    // A numbered item "Label: value", the comments on the field on its value.
    void labelledItem(const QString& label, const QString& value, const QString& id,
                      const QString& field) {
        item(label + QLatin1Char(' ') + value, id, field, int(label.size()) + 1);
    }
    void startTable(const QVector<int>& percents);
    void row(bool header = false);
    void cell(int columnSpan = 1, int rowSpan = 1);
    void cellParagraph(const QString& text, Style style, const QString& id = {},
                       const QString& field = {}, int from = 0);
    // A row whose label spans one column and whose value spans the other two.
    void labelRow(const QString& label, const QString& value, const QString& id,
                  const QString& field);
    // The items of a list, numbered "1) ", each in a paragraph of the current cell.
    void listCell(const QString& owner, const QString& role);

    // Anchors the comments on (id, field) on the paragraph put last, from `from` on.
    void anchorLast(const QString& id, const QString& field, int from = 0, int length = -1);
    // Anchors on the part of the last paragraph that is `part`, found from `after` on.
    void anchorPart(const QString& id, const QString& field, const QString& part, int after = 0);
    // The element `id` as a whole is where its own text (field "") was printed, and so is
    // `alsoId`: the standard is its title, and the document with it.
    void placeWholeAtOwnText(const QString& id, const QString& alsoId);

    // Numbers the document's comments in the order of the texts they are on (a reply after its
    // thread's first comment) and puts each on its text.
    void placeComments();

private:
    struct Place {
        int block = -1;
        int row = -1; // -1: a paragraph block
        int cell = -1;
        int paragraph = -1;
        // The commented part of the paragraph's text: from `from`, `length` characters (-1: to
        // the end). The label in front of a value is not part of it.
        int from = 0;
        int length = -1;
        int sequence = 0; // order in the document
    };

    void anchor(const QString& id, const QString& field, Place place);
    void mark(const QString& id, const QString& field, const Place& place);
    LayoutParagraph& paragraphAt(const Place& place);
    // Where the comments on (target, field) go: that text, else the group or the element that
    // holds it.
    std::optional<Place> placeOf(QString target, QString field) const;
    LayoutComment comment(const QString& id, int number, int replyTo) const;

    const DocumentTree& m_tree;
    QString m_language;
    StandardLayout m_layout;
    int m_item = 0;
    int m_sequence = 0;
    QHash<QString, Place> m_exact;   // "id\nfield" -> first place of that text
    QHash<QString, Place> m_element; // id -> first place of any text of the element
    Place m_last;                    // the paragraph put last, whole
};

} // namespace kasibi
