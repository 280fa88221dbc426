#include "core/format/pdfstandardwriter.h"

#include "core/format/officialpage.h"
#include "core/format/partqueue.h"
#include "core/format/textbanddevice.h"
#include "core/format/wholefile.h"
#include "core/model/programversion.h"

#include <algorithm>
#include <deque>
#include <optional>
#include <QAbstractTextDocumentLayout>
#include <QBuffer>
#include <QColor>
#include <QFontDatabase>
#include <QGuiApplication>
#include <QPagedPaintDevice>
#include <QPainter>
#include <QPdfWriter>
#include <QScopeGuard>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextLayout>
#include <QTextTable>
#include <QThread>

Q_GUI_EXPORT int qt_defaultDpiY(); // qfont.cpp: the dpi the text layout scales from

namespace kasibi {

namespace {

using Style = LayoutParagraph::Style;

constexpr double kFooterBandMm = 10.0; // inside the bottom of the paint rect
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
        format.setTextIndent(units.deviceMillimetres(OfficialPage::FirstLineIndentMm));
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

    // A block of no print that only takes room: the blocks follow it.
    void spacer(const QTextBlockFormat& format, const QString& text) {
        if (m_firstInContainer)
            m_cursor.setBlockFormat(format);
        else
            m_cursor.insertBlock(format);
        m_firstInContainer = false;
        m_cursor.insertText(text);
    }

    // The layout's blocks from..to, and the notes after them when asked for.
    void build(int from, int to, bool withNotes) {
        for (int i = from; i < to; ++i) {
            const LayoutBlock& block = m_layout.blocks[i];
            if (block.type == LayoutBlock::Type::Table)
                table(block.table);
            else
                paragraph(block.paragraph, false);
        }
        if (withNotes) notes();
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
// next block would begin on a later page begins that page itself. Walked in order over the
// laid-out document; what follows a moved heading is laid out again before the walk goes on.
void keepHeadingsWithNext(QTextDocument& document) {
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
    for (QTextBlock block = document.begin(); block.isValid(); block = block.next()) {
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
        // One change from the heading to the end: all of it laid out anew in one pass (a
        // change of the heading alone would only move the lines after it).
        QTextCursor cursor(first);
        cursor.beginEditBlock();
        cursor.setBlockFormat(format);
        document.markContentsDirty(first.position(), document.characterCount() - first.position());
        cursor.endEditBlock();
    }
}

// Qt's text layout works in fixed point, 1/64 of a device pixel (QFixed).
constexpr int kFixedUnits = 64;
int fixedUnits(qreal pixels) {
    return int(pixels * kFixedUnits); // truncated, as QFixed::fromReal
}

// The blocks from..to of the layout as a text document laid out for the device; a part after
// the first begins with an empty line as high as the space its first block has above it on its
// first page, so that it is laid out exactly as in the whole.
std::unique_ptr<QTextDocument> partDocument(const StandardLayout& layout, int from, int to,
                                            const PartStart& start, QPagedPaintDevice& device,
                                            bool withNotes) {
    auto document = std::make_unique<QTextDocument>();
    document->setUndoRedoEnabled(false);
    QFont font(PdfStandardWriter::FontFamily);
    font.setPointSize(14);
    document->setDefaultFont(font);
    document->setDocumentMargin(0);
    document->setMetaInformation(QTextDocument::DocumentTitle, layout.title);
    const QSizeF body = bodySize(device);
    const Units units(device);
    // Paged while still empty, so that the text inserted in one edit is laid out in one pass: a
    // paged document laid out from scratch is laid out lazily, piece by piece, and a table is
    // laid out anew whenever a piece begins before it (about four times over).
    document->documentLayout()->setPaintDevice(&device);
    document->setPageSize(body);
    QTextCursor editBlock(document.get());
    editBlock.beginEditBlock();
    DocumentBuilder builder(layout, *document, units, body.width());
    if (from > 0) {
        // Empty lines take the room of the part before: a line as high as a page for each page
        // before its last one, then one as high as the part's top on that page. The text then
        // lies exactly where it lies in the whole, and is painted with the same coordinates.
        // The layout scales a fixed line height from Qt's default dpi to the device's, as it
        // scales margins.
        const qreal dpi = device.logicalDpiY();
        const qreal scaling = dpi != qt_defaultDpiY() ? dpi / qt_defaultDpiY() : 1.0;
        const auto height = [&](int units) { return (units + 0.25) / kFixedUnits / scaling; };
        QTextBlockFormat pages;
        pages.setLineHeight(height(fixedUnits(body.height())), QTextBlockFormat::FixedHeight);
        if (start.page > 0) builder.spacer(pages, QString(start.page - 1, QChar::LineSeparator));
        QTextBlockFormat top;
        top.setLineHeight(height(start.offset), QTextBlockFormat::FixedHeight);
        top.setBottomMargin(start.marginAbove);
        builder.spacer(top, {});
    }
    builder.build(from, to, withNotes);
    // Every line keeps its shaped glyphs for the painting (without the cache Qt throws them
    // away after the layout and shapes every line anew when it is drawn).
    for (QTextBlock block = document->begin(); block.isValid(); block = block.next())
        block.layout()->setCacheEnabled(true);
    editBlock.endEditBlock();
    keepHeadingsWithNext(*document);
    return document;
}

// The whole layout as one text document, laid out (for previews).
std::unique_ptr<QTextDocument> buildDocument(const StandardLayout& layout,
                                             QPagedPaintDevice& device) {
    return partDocument(layout, 0, int(layout.blocks.size()), {}, device, true);
}

// Where parts start: at a paragraph that follows a table (a card's heading after the table of
// the card before). The layout of the whole goes on from the bottom of a table with nothing of
// the table carried over, which the empty line that opens the part reproduces.
QVector<int> partStarts(const StandardLayout& layout) {
    QVector<int> starts{0};
    for (int i = 1; i < layout.blocks.size(); ++i)
        if (layout.blocks[i].type == LayoutBlock::Type::Paragraph &&
            layout.blocks[i - 1].type == LayoutBlock::Type::Table)
            starts << i;
    return starts;
}

// Lays the parts out one after the other into the queue. metrics has the device's metrics and is
// only read: the painting device is busy on the other thread.
void layOutParts(const StandardLayout& layout, const QVector<int>& starts,
                 QPagedPaintDevice& metrics, PartQueue& queue) {
    const qint64 pageUnits = fixedUnits(bodySize(metrics).height());
    PartStart start;
    const int count = int(layout.blocks.size());
    for (int k = 0; k < starts.size();) {
        Part part;
        part.from = starts[k];
        part.start = start;
        for (;;) {
            const bool last = ++k == starts.size();
            part.to = last ? count : starts[k];
            part.document = partDocument(layout, part.from, part.to, part.start, metrics, last);
            QTextDocument& document = *part.document;
            const int pages = document.pageCount(); // finishes the layout, and its timers
            if (last) {
                part.lastPage = pages - 1;
                break;
            }
            // The part ends with its card's table and the empty block Qt keeps after a table,
            // which it hides in the table's bottom: where the table ends, the next block starts
            // (less its margin).
            const QTextBlock after = document.lastBlock();
            const qint64 bottom = qRound64(
                document.documentLayout()->blockBoundingRect(after).bottom() * kFixedUnits);
            // A part cannot start right at the top of a page: Qt has moved on to that page only
            // once something is laid out on it. This one goes on with the next part's blocks.
            if (bottom % pageUnits == 0) continue;
            part.lastPage = int(bottom / pageUnits);
            start.page = part.lastPage;
            start.offset = int(bottom % pageUnits);
            start.marginAbove = after.blockFormat().bottomMargin();
            break;
        }
        // The font engines a line remembers from its layout are this thread's: the painting
        // looks its own up.
        for (QTextBlock block = part.document->begin(); block.isValid(); block = block.next())
            block.layout()->setFont(block.layout()->font());
        if (!queue.put(std::move(part))) break;
    }
    queue.finish();
}

} // namespace

QPageLayout PdfStandardWriter::pageLayout(bool landscape) {
    return QPageLayout(
        QPageSize(QPageSize::A4), landscape ? QPageLayout::Landscape : QPageLayout::Portrait,
        OfficialPage::MarginsMm - QMarginsF(0, 0, 0, kFooterBandMm), QPageLayout::Millimeter);
}

std::unique_ptr<QTextDocument> PdfStandardWriter::textDocument(const StandardLayout& layout,
                                                               QPagedPaintDevice& device) {
    return buildDocument(layout, device);
}

Status PdfStandardWriter::render(const StandardLayout& layout, QPagedPaintDevice& device,
                                 const std::function<void(int)>& progress, Threads threads) {
    if (!qobject_cast<QGuiApplication*>(QCoreApplication::instance()))
        return Status::failure(tr("PDF needs the fonts of a graphical application"));
    if (!QFontDatabase::families().contains(FontFamily))
        return Status::failure(
            tr("the font %1 is not installed (Debian package fonts-liberation2)").arg(FontFamily));
    const Units units(device);
    const QSizeF body = bodySize(device);
    const QRectF paint = device.pageLayout().paintRectPixels(device.logicalDpiY());

    // The text is laid out for a device of the same metrics that nothing paints on.
    QBuffer nowhere;
    QPdfWriter metrics(&nowhere);
    metrics.setResolution(device.logicalDpiY());
    metrics.setPageLayout(device.pageLayout());

    PartQueue queue;
    const QVector<int> starts = threads == Threads::Parallel ? partStarts(layout) : QVector<int>{0};
    std::unique_ptr<QThread> layoutThread;
    if (threads == Threads::Parallel) {
        layoutThread.reset(QThread::create([&] {
            layOutParts(layout, starts, metrics, queue);
            queue.freeUntilClosed();
        }));
        layoutThread->start();
    } else {
        layOutParts(layout, starts, metrics, queue);
    }
    // The parts on the page being painted: the last part's last page may be the next one's
    // first, so a page is painted once the part after its parts is there (or there is none).
    std::deque<Part> parts;
    bool allTaken = false;
    // Stops the layout and waits for it whatever way the painting ends, a failure to begin too.
    const auto stop = qScopeGuard([&] {
        for (Part& part : parts)
            queue.giveBack(std::move(part));
        queue.close();
        if (layoutThread) layoutThread->wait();
    });
    QPainter painter;
    if (!painter.begin(&device)) return Status::failure(tr("cannot start painting the pages"));
    QFont numberFont(FontFamily);
    numberFont.setPointSizeF(12);
    TextBandDevice pageText(device, painter, body.height());
    const int blocks = int(layout.blocks.size());
    for (int page = 0;; ++page) {
        while (!allTaken && (parts.empty() || parts.back().lastPage <= page)) {
            std::optional<Part> next = queue.take();
            if (next)
                parts.push_back(std::move(*next));
            else
                allTaken = true;
        }
        while (!parts.empty() && parts.front().lastPage < page) {
            queue.giveBack(std::move(parts.front()));
            parts.pop_front();
        }
        if (parts.empty()) break;
        if (page > 0 && !device.newPage()) {
            painter.end();
            return Status::failure(tr("cannot start page %1").arg(page + 1));
        }
        for (const Part& part : parts) {
            if (part.start.page > page) break;
            // The layout draws lines of the neighbouring pages too: the clip hides them, but
            // only pageText keeps them out of this page's text.
            QPainter layoutPainter(&pageText);
            const QRectF view(0, page * body.height(), body.width(), body.height());
            layoutPainter.translate(0, -view.top());
            layoutPainter.setClipRect(view);
            QAbstractTextDocumentLayout::PaintContext context;
            context.clip = view;
            context.palette.setColor(QPalette::Text, Qt::black);
            part.document->documentLayout()->draw(&layoutPainter, context);
        }

        painter.setFont(QFont(numberFont, &device));
        painter.setPen(Qt::black);
        const QRectF footer(0, body.height(), paint.width(), paint.height() - body.height());
        painter.drawText(footer.adjusted(0, 0, 0, -units.deviceMillimetres(2)),
                         Qt::AlignHCenter | Qt::AlignBottom, QString::number(page + 1));
        if (progress) {
            // How far the painting is, by the layout's blocks: the page count is known only
            // at the end.
            const Part& part = parts.front();
            const int pages = part.lastPage - part.start.page + 1;
            const int done =
                part.from + (part.to - part.from) * (page - part.start.page + 1) / pages;
            progress(5 + 94 * done / blocks);
        }
    }
    if (!painter.end()) return Status::failure(tr("cannot finish the pages"));
    return {};
}

Status PdfStandardWriter::writeLayout(const StandardLayout& layout, const QString& path,
                                      const std::function<void(int)>& progress, Threads threads) {
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
        if (Status rendered = render(layout, writer, progress, threads); !rendered)
            return Status::failure(rendered.error().message, path);
    }
    if (bytes.isEmpty()) return Status::failure(tr("no pages were produced"), path);
    if (Status written = WholeFile::write(path, bytes); !written)
        return Status::failure(tr("cannot be written: %1").arg(written.error().message), path);
    if (progress) progress(100);
    return {};
}

} // namespace kasibi
