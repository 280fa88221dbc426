#pragma once

#include "core/model/documenttree.h"

#include <QString>
#include <QVector>

namespace kasibi {

// The printed form of a standard (or of its Appendix 3 conclusion) as a neutral sequence of
// blocks: what to print, in which order, with which numbering and labels. Every output format
// (DOCX, PDF, print) renders the same layout, so a new format is one new writer and the
// documents agree with each other. The small structs below are the layout's vocabulary and
// live with it because nothing else uses them.

// One commented range's comment, already ordered and numbered for the notes list.
struct LayoutComment {
    int number = 0;  // 1-based, in order of appearance
    int replyTo = 0; // number of the comment answered, 0 for a thread's first comment
    QString author;
    QString created; // ISO 8601 as stored
    QString text;
    bool resolved = false;
    // The whole note as printed where a format has no comments of its own (PDF, paper):
    // "Author, date (reply to 2; resolved): text", labels in the layout's language.
    QString note;
};

// The part of a paragraph's text one comment is about: the printed value of its field or item,
// not the label in front of it.
struct LayoutCommentRange {
    int comment = 0; // index into StandardLayout::comments
    int from = 0;
    int length = 0;
    int end() const { return from + length; }
};

// The part of a paragraph's text that prints one field of one element (or an element as a
// whole, field ""): a Word export puts an invisible mark around it, so that a reviewer's
// remarks come back to their place.
struct LayoutMark {
    QString elementId;
    QString field;
    int from = 0;
    int length = 0;
};

struct LayoutParagraph {
    enum class Style {
        Title,
        Heading1,
        Heading2,
        Heading3,
        Body,
        Item,
        Right,
        CellLabel,
        CellText
    };

    QString text; // already cleaned of characters no XML file can hold
    Style style = Style::Body;
    bool pageBreakBefore = false;
    // The comments anchored on this text, each on its range of it.
    QVector<LayoutCommentRange> comments;
    // The texts of fields printed in it, outer before inner where they nest.
    QVector<LayoutMark> marks;
};

struct LayoutCell {
    QVector<LayoutParagraph> paragraphs;
    int columnSpan = 1;
    int rowSpan = 1;
};

// Cells are listed left to right as in HTML: a place covered by a row span from a row above
// has no cell of its own in the later row.
struct LayoutRow {
    QVector<LayoutCell> cells;
    bool header = false; // repeated at the top of every page the table runs onto
};

struct LayoutTable {
    QVector<int> columnPercents; // the share of the text width each column takes, sums to 100
    QVector<LayoutRow> rows;
};

// Where a printed text comes from: the element and its field (or list, or chapter; empty for
// the element as a whole) that comments on this text are anchored on. `row` is -1 for a
// paragraph block; `length` -1 runs to the end of the paragraph.
struct LayoutAnchor {
    QString elementId;
    QString field;
    int block = -1;
    int row = -1;
    int cell = -1;
    int paragraph = -1;
    int from = 0;
    int length = -1;
};

struct LayoutBlock {
    enum class Type { Paragraph, Table };
    Type type = Type::Paragraph;
    LayoutParagraph paragraph;
    LayoutTable table;
};

class StandardLayout {
public:
    // The whole standard in one language ("kk" or "ru"), as published with a ministerial order:
    // chapters 1-4, extra chapters, appendices; review comments anchored when asked for.
    static StandardLayout ofStandard(const DocumentTree& tree, const QString& language,
                                     bool withComments);
    // The Appendix 3 form: the National body's conclusion on the draft standard.
    static StandardLayout ofConclusion(const DocumentTree& tree, const QString& language);

    // Removes what XML 1.0 cannot hold (C0 controls other than tab and line feed, U+FFFE,
    // U+FFFF, lone surrogates) and turns CR LF / CR into LF: text pasted from other programs
    // must not break the file.
    static QString cleanText(const QString& text);

    QString language;
    QString title;          // for the file's metadata
    QString notesHeading;   // heading of the numbered notes list, where a format has no comments
    bool landscape = false; // wide forms (the Appendix 2 plan) are printed across the page
    // When set, a Word export carries the marks of the paragraphs and names this standard (its
    // id) in its properties, so that a reviewed copy comes back (ExportOptions::withMarks).
    QString markedStandardId;
    QVector<LayoutBlock> blocks;
    QVector<LayoutComment> comments;
    // Every anchored text, in the order printed: what a reader of the layout comments on.
    QVector<LayoutAnchor> anchors;
};

} // namespace kasibi
