#include "core/format/docxbody.h"

#include "core/format/docxpage.h"
#include "core/format/docxparagraphs.h"
#include "core/format/docxxml.h"

namespace kasibi {

namespace {

using Style = LayoutParagraph::Style;

void writeCell(DocxXml& xml, DocxParagraphs& paragraphs, int width, int gridSpan,
               const QString& verticalMerge, const QVector<LayoutParagraph>& content) {
    xml.start(QStringLiteral("w:tc"));
    xml.start(QStringLiteral("w:tcPr"));
    xml.empty(QStringLiteral("w:tcW"));
    xml.attribute(QStringLiteral("w:w"), QString::number(width));
    xml.attribute(QStringLiteral("w:type"), QStringLiteral("dxa"));
    if (gridSpan > 1) xml.value(QStringLiteral("w:gridSpan"), QString::number(gridSpan));
    if (verticalMerge == QLatin1String("restart"))
        xml.value(QStringLiteral("w:vMerge"), verticalMerge);
    else if (!verticalMerge.isEmpty())
        xml.empty(QStringLiteral("w:vMerge"));
    xml.end();
    if (content.isEmpty()) {
        // Every cell must end with a paragraph, or Word calls the file corrupt.
        LayoutParagraph empty;
        empty.style = Style::CellText;
        paragraphs.write(empty);
    }
    for (const LayoutParagraph& paragraph : content)
        paragraphs.write(paragraph);
    xml.end();
}

void writeTable(DocxXml& xml, DocxParagraphs& paragraphs, const LayoutTable& table, int textWidth) {
    const int columns = int(table.columnPercents.size());
    QVector<int> widths;
    int used = 0;
    for (int i = 0; i < columns; ++i) {
        const int width =
            i + 1 == columns ? textWidth - used : textWidth * table.columnPercents[i] / 100;
        widths << width;
        used += width;
    }
    auto spanWidth = [&](int from, int span) {
        int width = 0;
        for (int i = from; i < qMin(columns, from + span); ++i)
            width += widths[i];
        return width;
    };

    xml.start(QStringLiteral("w:tbl"));
    xml.start(QStringLiteral("w:tblPr"));
    xml.value(QStringLiteral("w:tblStyle"), QStringLiteral("TableGrid"));
    xml.empty(QStringLiteral("w:tblW"));
    xml.attribute(QStringLiteral("w:w"), QString::number(textWidth));
    xml.attribute(QStringLiteral("w:type"), QStringLiteral("dxa"));
    xml.borders(QStringLiteral("w:tblBorders"));
    xml.empty(QStringLiteral("w:tblLayout"));
    xml.attribute(QStringLiteral("w:type"), QStringLiteral("fixed"));
    xml.empty(QStringLiteral("w:tblLook"));
    xml.attribute(QStringLiteral("w:val"), QStringLiteral("04A0"));
    xml.end();
    xml.start(QStringLiteral("w:tblGrid"));
    for (int width : widths) {
        xml.empty(QStringLiteral("w:gridCol"));
        xml.attribute(QStringLiteral("w:w"), QString::number(width));
    }
    xml.end();

    // Places covered by a row span from above: how many rows still, and how wide.
    QVector<int> coveredRows(columns, 0);
    QVector<int> coveredSpan(columns, 1);
    for (const LayoutRow& row : table.rows) {
        xml.start(QStringLiteral("w:tr"));
        if (row.header) {
            xml.start(QStringLiteral("w:trPr"));
            xml.empty(QStringLiteral("w:tblHeader"));
            xml.end();
        }
        int column = 0;
        int next = 0;
        while (column < columns) {
            if (coveredRows[column] > 0) {
                const int span = coveredSpan[column];
                --coveredRows[column];
                writeCell(xml, paragraphs, spanWidth(column, span), span,
                          QStringLiteral("continue"), {});
                column += span;
                continue;
            }
            if (next < row.cells.size()) {
                const LayoutCell& cell = row.cells[next++];
                const int span = qBound(1, cell.columnSpan, columns - column);
                if (cell.rowSpan > 1) {
                    coveredRows[column] = cell.rowSpan - 1;
                    coveredSpan[column] = span;
                }
                writeCell(xml, paragraphs, spanWidth(column, span), span,
                          cell.rowSpan > 1 ? QStringLiteral("restart") : QString(),
                          cell.paragraphs);
                column += span;
            } else {
                writeCell(xml, paragraphs, widths[column], 1, {}, {});
                ++column;
            }
        }
        xml.end();
    }
    xml.end();
    // Word merges two tables that touch; a paragraph keeps them apart.
    LayoutParagraph gap;
    gap.style = Style::Item;
    paragraphs.write(gap);
}

void writeSection(DocxXml& xml, bool landscape) {
    xml.start(QStringLiteral("w:sectPr"));
    xml.empty(QStringLiteral("w:footerReference"));
    xml.attribute(QStringLiteral("w:type"), QStringLiteral("default"));
    xml.attribute(QStringLiteral("r:id"), QStringLiteral("rIdFooter"));
    xml.empty(QStringLiteral("w:pgSz"));
    xml.attribute(QStringLiteral("w:w"), QString::number(DocxPage::width(landscape)));
    xml.attribute(QStringLiteral("w:h"), QString::number(DocxPage::height(landscape)));
    if (landscape) xml.attribute(QStringLiteral("w:orient"), QStringLiteral("landscape"));
    xml.empty(QStringLiteral("w:pgMar"));
    xml.attribute(QStringLiteral("w:top"), QString::number(DocxPage::marginTop()));
    xml.attribute(QStringLiteral("w:right"), QString::number(DocxPage::marginRight()));
    xml.attribute(QStringLiteral("w:bottom"), QString::number(DocxPage::marginBottom()));
    xml.attribute(QStringLiteral("w:left"), QString::number(DocxPage::marginLeft()));
    xml.attribute(QStringLiteral("w:header"), QString::number(DocxPage::footerDistance()));
    xml.attribute(QStringLiteral("w:footer"), QString::number(DocxPage::footerDistance()));
    xml.attribute(QStringLiteral("w:gutter"), QStringLiteral("0"));
    xml.end();
}

} // namespace

QByteArray DocxBody::document(const StandardLayout& layout, bool withComments,
                              const std::function<void(int)>& progress) {
    DocxXml xml(QStringLiteral("w:document"),
                {{QStringLiteral("xmlns:w"), DocxXml::WordNamespace},
                 {QStringLiteral("xmlns:r"), DocxXml::RelationshipsNamespace}});
    DocxParagraphs paragraphs(xml, withComments, !layout.markedStandardId.isEmpty());
    xml.start(QStringLiteral("w:body"));
    const int count = int(layout.blocks.size());
    int reported = -1;
    for (int i = 0; i < count; ++i) {
        const LayoutBlock& block = layout.blocks[i];
        if (block.type == LayoutBlock::Type::Table)
            writeTable(xml, paragraphs, block.table, DocxPage::textWidth(layout.landscape));
        else
            paragraphs.write(block.paragraph);
        const int percent = 5 + 75 * (i + 1) / count;
        if (progress && percent != reported) progress(reported = percent);
    }
    writeSection(xml, layout.landscape);
    xml.end();
    return xml.finish();
}

QByteArray DocxBody::footer() {
    DocxXml xml(QStringLiteral("w:ftr"),
                {{QStringLiteral("xmlns:w"), DocxXml::WordNamespace},
                 {QStringLiteral("xmlns:r"), DocxXml::RelationshipsNamespace}});
    xml.start(QStringLiteral("w:p"));
    xml.start(QStringLiteral("w:pPr"));
    xml.value(QStringLiteral("w:pStyle"), QStringLiteral("Footer"));
    xml.end();
    auto fieldChar = [&](const char* type) {
        xml.start(QStringLiteral("w:r"));
        xml.empty(QStringLiteral("w:fldChar"));
        xml.attribute(QStringLiteral("w:fldCharType"), QLatin1String(type));
        xml.end();
    };
    fieldChar("begin");
    xml.start(QStringLiteral("w:r"));
    xml.start(QStringLiteral("w:instrText"));
    xml.attribute(QStringLiteral("xml:space"), QStringLiteral("preserve"));
    xml().writeCharacters(QStringLiteral(" PAGE "));
    xml.end();
    xml.end();
    fieldChar("separate");
    xml.runs(QStringLiteral("1"));
    fieldChar("end");
    xml.end();
    return xml.finish();
}

} // namespace kasibi
