#include "core/format/docxparagraphs.h"

#include "core/format/docxxml.h"
#include "core/reviewimport/reviewmark.h"

#include <algorithm>

namespace kasibi {

namespace {

using Style = LayoutParagraph::Style;

QString styleId(Style style) {
    switch (style) {
    case Style::Title:
        return QStringLiteral("Title");
    case Style::Heading1:
        return QStringLiteral("Heading1");
    case Style::Heading2:
        return QStringLiteral("Heading2");
    case Style::Heading3:
        return QStringLiteral("Heading3");
    case Style::Body:
        return {};
    case Style::Item:
        return QStringLiteral("BodyNoIndent");
    case Style::Right:
        return QStringLiteral("RightAligned");
    case Style::CellLabel:
        return QStringLiteral("TableLabel");
    case Style::CellText:
        return QStringLiteral("TableText");
    }
    return {};
}

} // namespace

void DocxParagraphs::commentMark(const QString& element, int comment) {
    m_xml.empty(element);
    m_xml.attribute(QStringLiteral("w:id"), QString::number(comment));
}

void DocxParagraphs::closeComment(int comment) {
    commentMark(QStringLiteral("w:commentRangeEnd"), comment);
    m_xml.start(QStringLiteral("w:r"));
    m_xml.start(QStringLiteral("w:rPr"));
    m_xml.value(QStringLiteral("w:rStyle"), QStringLiteral("CommentReference"));
    m_xml.end();
    commentMark(QStringLiteral("w:commentReference"), comment);
    m_xml.end();
}

void DocxParagraphs::write(const LayoutParagraph& paragraph) {
    DocxXml& xml = m_xml;
    xml.start(QStringLiteral("w:p"));
    const QString style = styleId(paragraph.style);
    if (!style.isEmpty() || paragraph.pageBreakBefore) {
        xml.start(QStringLiteral("w:pPr"));
        if (!style.isEmpty()) xml.value(QStringLiteral("w:pStyle"), style);
        if (paragraph.pageBreakBefore) xml.empty(QStringLiteral("w:pageBreakBefore"));
        xml.end();
    }
    const QVector<LayoutCommentRange> ranges =
        m_comments ? paragraph.comments : QVector<LayoutCommentRange>();
    // Outer marks open first and close last, so that they nest as the texts do.
    QVector<LayoutMark> marks = m_marks ? paragraph.marks : QVector<LayoutMark>();
    std::stable_sort(marks.begin(), marks.end(), [](const LayoutMark& a, const LayoutMark& b) {
        return a.from != b.from ? a.from < b.from : a.length > b.length;
    });
    QVector<int> markIds(marks.size(), -1);
    // The text is cut where a comment's range or a mark starts or ends, so that each Word
    // comment covers exactly the printed value it is about.
    QVector<int> cuts{0, int(paragraph.text.size())};
    for (const LayoutCommentRange& range : ranges)
        cuts << range.from << range.end();
    for (const LayoutMark& mark : marks)
        cuts << mark.from << mark.from + mark.length;
    std::sort(cuts.begin(), cuts.end());
    cuts.erase(std::unique(cuts.begin(), cuts.end()), cuts.end());
    for (int i = 0; i < cuts.size(); ++i) {
        const int at = cuts[i];
        for (const LayoutCommentRange& range : ranges)
            if (range.end() == at && range.length > 0) closeComment(range.comment);
        for (int m = int(marks.size()) - 1; m >= 0; --m)
            if (marks[m].from + marks[m].length == at && markIds[m] >= 0) {
                xml.empty(QStringLiteral("w:bookmarkEnd"));
                xml.attribute(QStringLiteral("w:id"), QString::number(markIds[m]));
            }
        for (int m = 0; m < marks.size(); ++m)
            if (marks[m].from == at) {
                markIds[m] = m_nextMark++;
                xml.empty(QStringLiteral("w:bookmarkStart"));
                xml.attribute(QStringLiteral("w:id"), QString::number(markIds[m]));
                xml.attribute(QStringLiteral("w:name"),
                              ReviewMark::name(marks[m].elementId, marks[m].field));
            }
        for (const LayoutCommentRange& range : ranges)
            if (range.from == at) {
                commentMark(QStringLiteral("w:commentRangeStart"), range.comment);
                if (range.length == 0) closeComment(range.comment); // an empty paragraph
            }
        if (i + 1 < cuts.size()) xml.runs(paragraph.text.mid(at, cuts[i + 1] - at));
    }
    xml.end();
}

} // namespace kasibi
