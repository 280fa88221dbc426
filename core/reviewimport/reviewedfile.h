#pragma once

#include <QHash>
#include <QString>
#include <QStringList>
#include <QVector>

namespace kasibi {

// A reviewed DOCX as the review import needs it: the text of the body with its tracked
// changes and the marks around it, the comments and where their ranges start. The vocabulary
// of ReviewedFileReader, and nothing else uses it.

// A piece of a paragraph's text with one state: as it was, inserted or deleted by a reviewer.
struct ReviewedSegment {
    enum class Change { None, Inserted, Deleted };
    QString text;
    Change change = Change::None;
    QString author;    // of the change
    QString date;      // of the change, as the file gives it
    QStringList marks; // the marks (ReviewMark names) open around it, outer first
};

struct ReviewedParagraph {
    QVector<ReviewedSegment> segments;
    // Where each mark starts and ends in the text before the changes (a mark running on into
    // the next paragraph ends at this one's end). Editors move a mark's edge when the text at
    // it is replaced, so a change touching a mark is that mark's.
    QHash<QString, std::pair<int, int>> markRanges;

    // The text as it was before the reviewers' changes (what the export wrote).
    QString before() const;
    // The text with every change made.
    QString after() const;
};

// Where a comment's range starts (or, without a range, its reference stands).
struct ReviewedPosition {
    int paragraph = -1; // index into ReviewedFile::paragraphs
    int offset = 0;     // in the paragraph's text before the changes
    QStringList marks;  // the marks open there, outer first
};

struct ReviewedComment {
    QString id; // w:id, within the file
    QString author;
    QString initials;
    QString date;
    QString text;         // its paragraphs joined by '\n'
    QString paraId;       // its last paragraph's w14:paraId (commentsExtended refers to it)
    QString parentParaId; // commentsExtended: the comment it answers
    bool done = false;    // commentsExtended: marked done (resolved)
    ReviewedPosition start;
    ReviewedPosition end;
    // The first mark that opens inside the range, in the paragraph where it starts: the place
    // of a comment whose range begins just before a mark.
    QString firstMarkInside;
};

struct ReviewedFile {
    QVector<ReviewedParagraph> paragraphs;    // the body's, cells included, in order
    QVector<ReviewedComment> comments;        // in the order of comments.xml
    QHash<QString, QString> customProperties; // docProps/custom.xml: name -> text
    QString language;                         // docProps/core.xml dc:language, e.g. "ru-RU"
    QString application; // docProps/app.xml: the program that saved it last ("LibreOffice/7.4...")
};

} // namespace kasibi
