#include "core/format/pdfstandardwriter.h"

#include "core/format/wholefile.h"

#include "core/format/textbanddevice.h"
#include "core/model/programversion.h"

#include <algorithm>
#include <QAbstractTextDocumentLayout>
#include <QBuffer>
#include <QColor>
#include <QFontDatabase>
#include <QGuiApplication>
#include <QPagedPaintDevice>
#include <QPainter>
#include <QPdfWriter>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextLayout>
#include <QTextTable>

namespace kasibi {

namespace {

using Style = LayoutParagraph::Style;

constexpr double kFooterBandMm = 10.0; // inside the bottom of the paint rect
constexpr int kLayoutSteps = 25;       // progress reports while the text is laid out
// The background of text a reviewer commented on (a pale yellow, as Word marks it).
const QColor kCommentedShade(0xFF, 0xF2, 0xCC);

// Lengths in a text document's formats (margins, indents, borders, padding) are in pixels of
// 96 dpi, which the layout scales to the device; its page size is in device pixels.
class Units {
public:
    explicit Units(const QPaintDevice& device) : m_dpi(device.logicalDpiY()) {}
    static qreal points(qreal pt) { return pt * kLogicalDpi / 72.0; }
    static qreal millimetres(qreal mm) { return mm * kLogicalDpi / 25.4; }
    qreal deviceMillimetres(qreal mm) const { return mm * m_dpi / 25.4; }
    qreal fromDevice(qreal pixels) const { return pixels * kLogicalDpi / m_dpi; }

private:
    static constexpr qreal kLogicalDpi = 96.0;
    qreal m_dpi;
};

QTextCharFormat charFormat(Style style, bool inTable) {
    QTextCharFormat format;
    // Never the default font: the family is named so the PDF embeds the same font everywhere.
    format.setFontFamilies({PdfStandardWriter::FontFamily});
    format.setFontPointSize(inTable ? 12 : 14);
    const bool bold = style == Style::Title || style == Style::Heading1 ||
                      style == Style::Heading2 || style == Style::Heading3 ||
                      style == Style::CellLabel;
    format.setFontWeight(bold ? QFont::Bold : QFont::Normal);
    return format;
}

QTextBlockFormat blockFormat(const LayoutParagraph& paragraph, const Units& units,
                             qreal textWidth) {
    QTextBlockFormat format;
    switch (paragraph.style) {
    case Style::Title:
        format.setAlignment(Qt::AlignHCenter);
        format.setBottomMargin(units.points(24));
        break;
    case Style::Heading1:
    case Style::Heading2:
    case Style::Heading3: {
        const int level = paragraph.style == Style::Heading1   ? 1
                          : paragraph.style == Style::Heading2 ? 2
                                                               : 3;
        format.setHeadingLevel(level);
        format.setAlignment(Qt::AlignHCenter);
        format.setTopMargin(units.points(level == 1 ? 18 : 12));
        format.setBottomMargin(units.points(12));
        break;
    }
    case Style::Body:
        format.setAlignment(Qt::AlignJustify);
        // The one length the layout does not scale from 96 dpi: in device pixels.
        format.setTextIndent(units.deviceMillimetres(12.5));
        break;
    case Style::Item:
        format.setAlignment(Qt::AlignJustify);
        break;
    case Style::Right:
        format.setAlignment(Qt::AlignHCenter);
        // Block margins are not scaled from 96 dpi either: in device pixels.
        format.setLeftMargin(textWidth / 2);
        format.setBottomMargin(units.points(12));
        break;
    case Style::CellLabel:
    case Style::CellText:
        format.setAlignment(Qt::AlignLeft);
        break;
    }
    if (paragraph.pageBreakBefore) format.setPageBreakPolicy(QTextFormat::PageBreak_AlwaysBefore);
    return format;
}

class DocumentBuilder {
public:
    DocumentBuilder(const StandardLayout& layout, QTextDocument& document, const Units& units,
                    qreal textWidth)
        : m_layout(layout), m_cursor(&document), m_units(units), m_textWidth(textWidth) {}

    void build(const std::function<void(int)>& progress) {
        const int count = int(m_layout.blocks.size());
        int reported = -1;
        for (int i = 0; i < count; ++i) {
            const LayoutBlock& block = m_layout.blocks[i];
            if (block.type == LayoutBlock::Type::Table)
                table(block.table);
            else
                paragraph(block.paragraph, false);
            const int percent = 5 + 20 * (i + 1) / count;
            if (progress && percent != reported) progress(reported = percent);
        }
        notes();
    }

private:
    // The first paragraph of the document and of a cell reuses the block that is already there.
    void paragraph(const LayoutParagraph& paragraph, bool inTable) {
        const QTextBlockFormat format = blockFormat(paragraph, m_units, m_textWidth);
        const QTextCharFormat chars = charFormat(paragraph.style, inTable);
        if (m_firstInContainer) {
            m_cursor.setBlockFormat(format);
            m_cursor.setBlockCharFormat(chars);
            m_firstInContainer = false;
        } else {
            m_cursor.insertBlock(format, chars);
        }
        // A line feed the user typed is a line break inside the paragraph.
        QString text = paragraph.text;
        text.replace(QLatin1Char('\n'), QChar::LineSeparator);
        if (paragraph.comments.isEmpty()) {
            m_cursor.insertText(text, chars);
            return;
        }
        // The commented text is shaded, and the numbers of its notes follow it, as a reader
        // finds them in Word: on the value a comment is about, not on the whole line.
        QVector<int> cuts{0, int(text.size())};
        for (const LayoutCommentRange& range : paragraph.comments)
            cuts << range.from << range.end();
        std::sort(cuts.begin(), cuts.end());
        cuts.erase(std::unique(cuts.begin(), cuts.end()), cuts.end());
        QTextCharFormat mark = chars;
        mark.setVerticalAlignment(QTextCharFormat::AlignSuperScript);
        for (int i = 0; i < cuts.size(); ++i) {
            const int at = cuts[i];
            QStringList numbers;
            for (const LayoutCommentRange& range : paragraph.comments)
                if (range.end() == at)
                    numbers << QString::number(m_layout.comments[range.comment].number);
            if (!numbers.isEmpty())
                m_cursor.insertText(
                    QStringLiteral("[") + numbers.join(QLatin1Char(',')) + QLatin1Char(']'), mark);
            if (i + 1 == cuts.size()) break;
            QTextCharFormat piece = chars;
            for (const LayoutCommentRange& range : paragraph.comments)
                if (range.from <= at && range.end() > at) piece.setBackground(kCommentedShade);
            m_cursor.insertText(text.mid(at, cuts[i + 1] - at), piece);
        }
    }

    void table(const LayoutTable& table) {
        const int columns = int(table.columnPercents.size());
        const int rows = int(table.rows.size());
        if (columns == 0 || rows == 0) return;
        // The table goes after the current block; a table cannot open a document.
        if (m_firstInContainer) {
            m_cursor.setBlockCharFormat(charFormat(Style::Item, false));
            m_firstInContainer = false;
        }
        QTextTableFormat format;
        const qreal width = m_units.fromDevice(m_textWidth);
        format.setWidth(QTextLength(QTextLength::FixedLength, width));
        QVector<QTextLength> widths;
        const qreal padding = m_units.points(2.5);
        for (int percent : table.columnPercents)
            widths << QTextLength(QTextLength::FixedLength,
                                  (width - columns) * percent / 100.0 - 2 * padding);
        format.setColumnWidthConstraints(widths);
        format.setBorder(1); // the thinnest grid: one pixel of 96 dpi, 0.75 pt
        format.setBorderBrush(Qt::black);
        format.setBorderStyle(QTextFrameFormat::BorderStyle_Solid);
        format.setBorderCollapse(true);
        format.setCellSpacing(0);
        format.setCellPadding(m_units.points(2.5));
        format.setTopMargin(m_units.points(6));
        format.setBottomMargin(m_units.points(6));
        int headerRows = 0;
        while (headerRows < rows && table.rows[headerRows].header)
            ++headerRows;
        format.setHeaderRowCount(headerRows);
        QTextTable* textTable = m_cursor.insertTable(rows, columns, format);

        // Where each listed cell starts, HTML-style: skip places covered from above.
        QVector<QVector<bool>> covered(rows, QVector<bool>(columns, false));
        QVector<QRect> merges;
        for (int r = 0; r < rows; ++r) {
            int column = 0;
            for (const LayoutCell& cell : table.rows[r].cells) {
                while (column < columns && covered[r][column])
                    ++column;
                if (column >= columns) break;
                const int columnSpan = qBound(1, cell.columnSpan, columns - column);
                const int rowSpan = qBound(1, cell.rowSpan, rows - r);
                for (int i = r; i < r + rowSpan; ++i)
                    for (int j = column; j < column + columnSpan; ++j)
                        covered[i][j] = true;
                if (columnSpan > 1 || rowSpan > 1) merges << QRect(column, r, columnSpan, rowSpan);
                m_cursor = textTable->cellAt(r, column).firstCursorPosition();
                m_firstInContainer = true;
                for (const LayoutParagraph& paragraph : cell.paragraphs)
                    this->paragraph(paragraph, true);
                column += columnSpan;
            }
        }
        // Merged once filled: cells merged before they are filled are laid out with the width of
        // their first column (Qt 6.4).
        for (const QRect& merge : merges)
            textTable->mergeCells(merge.y(), merge.x(), merge.height(), merge.width());
        m_cursor = textTable->lastCursorPosition();
        m_cursor.movePosition(QTextCursor::NextBlock);
        m_firstInContainer = false;
    }

    void notes() {
        if (m_layout.comments.isEmpty()) return;
        LayoutParagraph heading;
        heading.text = m_layout.notesHeading;
        heading.style = Style::Heading1;
        heading.pageBreakBefore = true;
        paragraph(heading, false);
        for (const LayoutComment& comment : m_layout.comments) {
            LayoutParagraph note;
            note.text = comment.note;
            note.style = Style::Item;
            paragraph(note, false);
        }
    }

    const StandardLayout& m_layout;
    QTextCursor m_cursor;
    const Units& m_units;
    qreal m_textWidth;
    bool m_firstInContainer = true;
};

// The text area of a page: the paint rect less the footer band.
QSizeF bodySize(QPagedPaintDevice& device) {
    const QPageLayout layout = device.pageLayout();
    const QRectF paint = layout.paintRectPixels(device.logicalDpiY());
    const Units units(device);
    return QSizeF(paint.width(), paint.height() - units.deviceMillimetres(kFooterBandMm));
}

// A heading is kept with what follows it, as Word's keepNext keeps it in the DOCX: Qt's layout
// has no such rule, so a heading (or a run of them, a chapter's and its first card's) whose
// next block would begin on a later page begins that page itself. Walked in order from `from`
// as far as `until` (a position), laying out only so far; `from` is left where to go on from.
// Returns how many headings were moved.
int keepHeadingsWithNext(QTextDocument& document, QTextBlock& from, int until) {
    QAbstractTextDocumentLayout* layout = document.documentLayout();
    const qreal pageHeight = document.pageSize().height();
    // The page of a block's first line, by its middle: a line that does not fit is moved on to
    // the next page inside its block (which itself still begins where it was), to a top that
    // may lie a fraction of a pixel before the page's.
    const auto pageOf = [&](const QTextBlock& block) {
        const qreal top = layout->blockBoundingRect(block).top();
        const QTextLine line =
            block.layout()->lineCount() > 0 ? block.layout()->lineAt(0) : QTextLine();
        return int((top + (line.isValid() ? line.y() + line.height() / 2 : 0)) / pageHeight);
    };
    const auto isHeading = [](const QTextBlock& block) {
        return block.isValid() && block.blockFormat().headingLevel() > 0;
    };
    int moved = 0;
    QTextBlock& block = from;
    for (; block.isValid() && block.position() <= until; block = block.next()) {
        if (!isHeading(block)) continue;
        const QTextBlock first = block;
        while (isHeading(block.next()))
            block = block.next();
        const QTextBlock next = block.next();
        if (!next.isValid()) break;
        QTextBlockFormat format = first.blockFormat();
        if (format.pageBreakPolicy() & QTextFormat::PageBreak_AlwaysBefore) continue;
        if (pageOf(next) <= pageOf(first)) continue;
        format.setPageBreakPolicy(QTextFormat::PageBreak_AlwaysBefore);
        QTextCursor(first).setBlockFormat(format);
        ++moved;
    }
    return moved;
}

// The text is laid out once, after the content is complete: the layout is made only then
// (a layout present while building lays out again on every change, and once more after the
// cells are merged). Every line keeps its shaped glyphs from layout to painting: without the
// cache Qt throws them away after the layout and shapes every line anew when it is drawn.
std::unique_ptr<QTextDocument> buildDocument(const StandardLayout& layout,
                                             QPagedPaintDevice& device,
                                             const std::function<void(int)>& progress) {
    auto document = std::make_unique<QTextDocument>();
    document->setUndoRedoEnabled(false);
    QFont font(PdfStandardWriter::FontFamily);
    font.setPointSize(14);
    document->setDefaultFont(font);
    document->setDocumentMargin(0);
    document->setMetaInformation(QTextDocument::DocumentTitle, layout.title);
    const QSizeF body = bodySize(device);
    const Units units(device);
    QTextCursor editBlock(document.get());
    editBlock.beginEditBlock();
    DocumentBuilder(layout, *document, units, body.width()).build(progress);
    editBlock.endEditBlock();

    document->documentLayout()->setPaintDevice(&device);
    for (QTextBlock block = document->begin(); block.isValid(); block = block.next())
        block.layout()->setCacheEnabled(true);
    document->setPageSize(body);
    // Laid out in steps, for the progress; the layout goes on lazily from where it is.
    const int length = document->characterCount();
    int reported = -1;
    QTextBlock heading = document->begin();
    int moved = 0;
    for (int step = 1; step <= kLayoutSteps; ++step) {
        const int until = length * step / kLayoutSteps - 1;
        moved += keepHeadingsWithNext(*document, heading, until);
        const QTextBlock block = document->findBlock(until);
        if (block.isValid()) document->documentLayout()->blockBoundingRect(block);
        const int percent = 25 + 25 * step / kLayoutSteps;
        if (progress && percent != reported) progress(reported = percent);
    }
    // A heading moved while the layout goes on has only part of what follows it laid out again
    // (tables keep their rows where they were): then the whole is laid out once more, and
    // walked again, until no heading is left at a page's foot.
    for (int round = 0; moved > 0; ++round) {
        document->markContentsDirty(0, document->characterCount());
        if (round == 3) break;
        heading = document->begin();
        moved = keepHeadingsWithNext(*document, heading, document->characterCount());
    }
    return document;
}

} // namespace

QPageLayout PdfStandardWriter::pageLayout(bool landscape) {
    return QPageLayout(QPageSize(QPageSize::A4),
                       landscape ? QPageLayout::Landscape : QPageLayout::Portrait,
                       QMarginsF(30, 20, 15, 20 - kFooterBandMm), QPageLayout::Millimeter);
}

std::unique_ptr<QTextDocument> PdfStandardWriter::textDocument(const StandardLayout& layout,
                                                               QPagedPaintDevice& device) {
    return buildDocument(layout, device, {});
}

Status PdfStandardWriter::render(const StandardLayout& layout, QPagedPaintDevice& device,
                                 const std::function<void(int)>& progress) {
    if (!qobject_cast<QGuiApplication*>(QCoreApplication::instance()))
        return Status::failure(tr("PDF needs the fonts of a graphical application"));
    if (!QFontDatabase::families().contains(FontFamily))
        return Status::failure(
            tr("the font %1 is not installed (Debian package fonts-liberation2)").arg(FontFamily));
    std::unique_ptr<QTextDocument> document = buildDocument(layout, device, progress);
    const Units units(device);
    const QSizeF body = bodySize(device);
    const QRectF paint = device.pageLayout().paintRectPixels(device.logicalDpiY());

    QPainter painter;
    if (!painter.begin(&device)) return Status::failure(tr("cannot start painting the pages"));
    QFont numberFont(FontFamily);
    numberFont.setPointSizeF(12);
    const int pages = document->pageCount();
    TextBandDevice pageText(device, painter, body.height());
    for (int page = 0; page < pages; ++page) {
        if (page > 0 && !device.newPage()) {
            painter.end();
            return Status::failure(tr("cannot start page %1").arg(page + 1));
        }
        {
            // The layout draws lines of the neighbouring pages too: the clip hides them, but
            // only pageText keeps them out of this page's text.
            QPainter layoutPainter(&pageText);
            const QRectF view(0, page * body.height(), body.width(), body.height());
            layoutPainter.translate(0, -view.top());
            layoutPainter.setClipRect(view);
            QAbstractTextDocumentLayout::PaintContext context;
            context.clip = view;
            context.palette.setColor(QPalette::Text, Qt::black);
            document->documentLayout()->draw(&layoutPainter, context);
        }

        painter.setFont(QFont(numberFont, &device));
        painter.setPen(Qt::black);
        const QRectF footer(0, body.height(), paint.width(), paint.height() - body.height());
        painter.drawText(footer.adjusted(0, 0, 0, -units.deviceMillimetres(2)),
                         Qt::AlignHCenter | Qt::AlignBottom, QString::number(page + 1));
        if (progress) progress(50 + 49 * (page + 1) / pages);
    }
    if (!painter.end()) return Status::failure(tr("cannot finish the pages"));
    return {};
}

Status PdfStandardWriter::writeLayout(const StandardLayout& layout, const QString& path,
                                      const std::function<void(int)>& progress) {
    // Into memory first: the file is replaced only by a complete PDF.
    QByteArray bytes;
    {
        QBuffer buffer(&bytes);
        buffer.open(QIODevice::WriteOnly);
        QPdfWriter writer(&buffer);
        writer.setPageLayout(pageLayout(layout.landscape));
        writer.setResolution(600);
        writer.setTitle(layout.title);
        writer.setCreator(ProgramVersion::withName());
        if (Status rendered = render(layout, writer, progress); !rendered)
            return Status::failure(rendered.error().message, path);
    }
    if (bytes.isEmpty()) return Status::failure(tr("no pages were produced"), path);
    if (Status written = WholeFile::write(path, bytes); !written)
        return Status::failure(tr("cannot be written: %1").arg(written.error().message), path);
    if (progress) progress(100);
    return {};
}

Status PdfStandardWriter::write(const DocumentTree& tree, const QString& path,
                                const ExportOptions& options) const {
    if (options.progress) options.progress(0);
    return writeLayout(StandardLayout::ofStandard(tree, options.language, options.withComments),
                       path, options.progress);
}

} // namespace kasibi
