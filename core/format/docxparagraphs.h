#pragma once

#include "core/layout/standardlayout.h"

namespace kasibi {

class DocxXml;

// Writes the paragraphs of a document's body with what they carry besides the text: the ranges
// of Word comments, and the marks of where each field's text is (bookmarks named by ReviewMark,
// numbered across the document, by which a reviewer's comments and changes come back).
class DocxParagraphs {
public:
    DocxParagraphs(DocxXml& xml, bool withComments, bool withMarks)
        : m_xml(xml), m_comments(withComments), m_marks(withMarks) {}

    void write(const LayoutParagraph& paragraph);

private:
    // Closes a comment's range and places its reference.
    void closeComment(int comment);
    void commentMark(const QString& element, int comment);

    DocxXml& m_xml;
    bool m_comments;
    bool m_marks;
    int m_nextMark = 0;
};

} // namespace kasibi
