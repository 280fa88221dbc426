#include "ui/reading/readingview.h"

#include "core/format/pdfstandardwriter.h"
#include "core/model/labels.h"
#include "core/model/schema.h"
#include "core/model/standarddocument.h"
#include "ui/commands/editsession.h"
#include "ui/review/commentplace.h"

#include <QComboBox>
#include <QContextMenuEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QMenu>
#include <QScrollBar>
#include <QTextBlock>
#include <QTextBrowser>
#include <QTextCursor>
#include <QTextTable>
#include <QTimer>
#include <QVBoxLayout>

namespace kasibi {

namespace {

using Style = LayoutParagraph::Style;

// The index into the view's places that a printed character carries.
constexpr int kPlaceProperty = QTextFormat::UserProperty + 1;

QString paragraphKey(int block, int row, int cell, int paragraph) {
    return QStringLiteral("%1/%2/%3/%4").arg(block).arg(row).arg(cell).arg(paragraph);
}

bool isWithin(const DocumentTree& tree, const QString& id, const QString& ancestor) {
    for (const Node* node = tree.node(id); node; node = tree.node(node->parentId))
        if (node->id == ancestor) return true;
    return false;
}

// The printed look on screen: the print's font, headings bold and centred.
QTextBlockFormat blockFormatOf(Style style) {
    QTextBlockFormat format;
    switch (style) {
    case Style::Title:
    case Style::Heading1:
    case Style::Heading2:
    case Style::Heading3:
        format.setAlignment(Qt::AlignHCenter);
        format.setTopMargin(style == Style::Heading3 ? 6 : 12);
        format.setBottomMargin(8);
        break;
    case Style::Body:
        format.setAlignment(Qt::AlignJustify);
        format.setTextIndent(32);
        break;
    case Style::Item:
        format.setAlignment(Qt::AlignJustify);
        break;
    case Style::Right:
        format.setAlignment(Qt::AlignRight);
        break;
    case Style::CellLabel:
    case Style::CellText:
        break;
    }
    return format;
}

QTextCharFormat charFormatOf(Style style) {
    QTextCharFormat format;
    format.setFontFamilies({PdfStandardWriter::FontFamily});
    const bool inTable = style == Style::CellLabel || style == Style::CellText;
    format.setFontPointSize(style == Style::Title ? 15 : inTable ? 11 : 12);
    const bool bold = style != Style::Body && style != Style::Item && style != Style::Right &&
                      style != Style::CellText;
    format.setFontWeight(bold ? QFont::Bold : QFont::Normal);
    return format;
}

// Writes the layout into a text document, each anchored character carrying its place.
class Writer {
public:
    Writer(const StandardLayout& layout, const QHash<QString, QVector<int>>& anchorsOf,
           const QVector<LayoutAnchor>& anchors, QTextDocument& document)
        : m_layout(layout), m_anchorsOf(anchorsOf), m_anchors(anchors), m_cursor(&document) {}

    void write(int firstBlock, int lastBlock) {
        for (int b = firstBlock; b <= lastBlock; ++b) {
            const LayoutBlock& block = m_layout.blocks[b];
            if (block.type == LayoutBlock::Type::Paragraph)
                paragraph(block.paragraph, paragraphKey(b, -1, -1, -1));
            else
                table(b, block.table);
        }
    }

private:
    void paragraph(const LayoutParagraph& paragraph, const QString& key) {
        if (m_first) {
            m_cursor.setBlockFormat(blockFormatOf(paragraph.style));
            m_first = false;
        } else {
            m_cursor.insertBlock(blockFormatOf(paragraph.style));
        }
        const QTextCharFormat plain = charFormatOf(paragraph.style);
        const QVector<int> anchors = m_anchorsOf.value(key);
        const QString text =
            QString(paragraph.text).replace(QLatin1Char('\n'), QChar::LineSeparator);
        // Each character belongs to the narrowest text anchored over it (a field's value
        // inside its element's line); of equal ones, the last anchored (a list item itself).
        int start = 0;
        int current = -2;
        for (int i = 0; i <= text.size(); ++i) {
            int best = -1;
            int bestLength = std::numeric_limits<int>::max();
            for (int a = 0; i < text.size() && a < anchors.size(); ++a) {
                const LayoutAnchor& anchor = m_anchors[anchors[a]];
                const int end = anchor.length < 0 ? int(text.size()) : anchor.from + anchor.length;
                if (anchor.from <= i && i < end && end - anchor.from <= bestLength) {
                    best = anchors[a];
                    bestLength = end - anchor.from;
                }
            }
            if (i < text.size() && best == current) continue;
            if (i > start) {
                QTextCharFormat format = plain;
                if (current >= 0) format.setProperty(kPlaceProperty, current);
                m_cursor.insertText(text.mid(start, i - start), format);
            }
            start = i;
            current = best;
        }
    }

    void table(int b, const LayoutTable& layoutTable) {
        const int columns = int(layoutTable.columnPercents.size());
        const int rows = int(layoutTable.rows.size());
        if (columns == 0 || rows == 0) return;
        QTextTableFormat format;
        format.setWidth(QTextLength(QTextLength::PercentageLength, 100));
        QVector<QTextLength> widths;
        for (int percent : layoutTable.columnPercents)
            widths << QTextLength(QTextLength::PercentageLength, percent);
        format.setColumnWidthConstraints(widths);
        format.setBorderStyle(QTextFrameFormat::BorderStyle_Solid);
        format.setBorderCollapse(true);
        format.setCellPadding(4);
        format.setCellSpacing(0);
        format.setTopMargin(6);
        format.setBottomMargin(6);
        QTextTable* table = m_cursor.insertTable(rows, columns, format);
        for (int r = 0; r < rows; ++r) {
            int column = 0;
            const QVector<LayoutCell>& cells = layoutTable.rows[r].cells;
            for (int c = 0; c < cells.size(); ++c) {
                // A place a span from above covers belongs to that cell: the next one is free.
                while (column < columns && (table->cellAt(r, column).row() != r ||
                                            table->cellAt(r, column).column() != column))
                    ++column;
                if (column >= columns) break;
                const int columnSpan = qBound(1, cells[c].columnSpan, columns - column);
                const int rowSpan = qBound(1, cells[c].rowSpan, rows - r);
                if (columnSpan > 1 || rowSpan > 1)
                    table->mergeCells(r, column, rowSpan, columnSpan);
                m_cursor = table->cellAt(r, column).firstCursorPosition();
                m_first = true;
                for (int p = 0; p < cells[c].paragraphs.size(); ++p)
                    paragraph(cells[c].paragraphs[p], paragraphKey(b, r, c, p));
                column += columnSpan;
            }
        }
        m_cursor = table->lastCursorPosition();
        m_cursor.movePosition(QTextCursor::NextBlock);
        m_first = false;
    }

    const StandardLayout& m_layout;
    const QHash<QString, QVector<int>>& m_anchorsOf;
    const QVector<LayoutAnchor>& m_anchors;
    QTextCursor m_cursor;
    bool m_first = true;
};

} // namespace

ReadingView::ReadingView(EditSession* session, const QString& cardId, const QString& language,
                         QWidget* parent)
    : QWidget(parent, Qt::Window), m_session(session), m_cardId(cardId),
      m_language(new QComboBox(this)), m_place(new QLabel(this)), m_text(new QTextBrowser(this)),
      m_refresh(new QTimer(this)) {
    setObjectName(QStringLiteral("readingView"));
    setAttribute(Qt::WA_DeleteOnClose);
    resize(900, 900);
    m_language->setObjectName(QStringLiteral("readingLanguage"));
    for (const QString& code : Schema::languages())
        m_language->addItem(Labels::language(code), code);
    m_language->setCurrentIndex(qMax(0, m_language->findData(language)));
    m_place->setObjectName(QStringLiteral("readingPlace"));
    m_place->setTextFormat(Qt::PlainText);
    m_place->setStyleSheet(QStringLiteral("color: palette(mid);"));
    m_text->setObjectName(QStringLiteral("readingText"));
    m_text->setOpenLinks(false);
    m_text->setContextMenuPolicy(Qt::CustomContextMenu);
    m_text->viewport()->installEventFilter(this);
    m_text->viewport()->setMouseTracking(true);

    auto* bar = new QHBoxLayout;
    auto* languageLabel = new QLabel(tr("&Language:"), this);
    languageLabel->setBuddy(m_language);
    bar->addWidget(languageLabel);
    bar->addWidget(m_language);
    bar->addWidget(m_place, 1);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    layout->addWidget(m_text, 1);
    auto* hint = new QLabel(
        tr("Right-click a text to comment on it; a double click asks for a comment at once."),
        this);
    hint->setWordWrap(true);
    layout->addWidget(hint);

    m_refresh->setSingleShot(true);
    m_refresh->setInterval(300);
    connect(m_refresh, &QTimer::timeout, this, &ReadingView::rebuild);
    connect(m_language, &QComboBox::currentIndexChanged, this, &ReadingView::rebuild);
    connect(m_text, &QWidget::customContextMenuRequested, this, &ReadingView::showContextMenu);
    if (session) {
        connect(session->document(), &StandardDocument::changed, m_refresh,
                qOverload<>(&QTimer::start));
        // The document going away takes the view with it.
        connect(session, &QObject::destroyed, this, &QWidget::close);
    }
    rebuild();
}

QString ReadingView::language() const {
    return m_language->currentData().toString();
}

void ReadingView::setLanguage(const QString& language) {
    m_language->setCurrentIndex(qMax(0, m_language->findData(language)));
}

void ReadingView::rebuild() {
    if (!m_session) return;
    const DocumentTree& tree = m_session->tree();
    if (!m_cardId.isEmpty() && !tree.node(m_cardId)) {
        close(); // the card was deleted
        return;
    }
    const StandardLayout layout = StandardLayout::ofStandard(tree, language(), false);
    // The blocks of the card: from the first to the last printing a text of it.
    int first = 0;
    int last = int(layout.blocks.size()) - 1;
    if (!m_cardId.isEmpty()) {
        first = int(layout.blocks.size());
        last = -1;
        for (const LayoutAnchor& anchor : layout.anchors)
            if (isWithin(tree, anchor.elementId, m_cardId)) {
                first = qMin(first, anchor.block);
                last = qMax(last, anchor.block);
            }
        setWindowTitle(tr("Reading: %1").arg(m_session->displayName(m_cardId)));
    } else {
        setWindowTitle(tr("Reading: the whole standard"));
    }

    m_places.clear();
    QHash<QString, QVector<int>> anchorsOf;
    for (int i = 0; i < layout.anchors.size(); ++i) {
        const LayoutAnchor& anchor = layout.anchors[i];
        const Node* node = tree.node(anchor.elementId);
        // A list item is commented on itself, as everywhere else.
        const QString field = node && node->kind == Kind::TextItem ? QString() : anchor.field;
        m_places << Place{anchor.elementId, field};
        anchorsOf[paragraphKey(anchor.block, anchor.row, anchor.cell, anchor.paragraph)] << i;
    }
    const int scroll = m_text->verticalScrollBar()->value();
    auto* document = new QTextDocument(m_text);
    document->setUndoRedoEnabled(false);
    if (first <= last) Writer(layout, anchorsOf, layout.anchors, *document).write(first, last);
    // The browser deletes the document it made itself when given another; ours we delete.
    QTextDocument* old = m_text->document();
    const bool ours = old && old->parent() == m_text;
    m_text->setDocument(document);
    if (ours) old->deleteLater();
    m_text->verticalScrollBar()->setValue(scroll);
}

ReadingView::Place ReadingView::placeAt(int position) const {
    const QTextBlock block = m_text->document()->findBlock(position);
    if (!block.isValid()) return {};
    for (auto it = block.begin(); !it.atEnd(); ++it) {
        const QTextFragment fragment = it.fragment();
        if (position < fragment.position() || position >= fragment.position() + fragment.length())
            continue;
        const QVariant index = fragment.charFormat().property(kPlaceProperty);
        return index.isValid() ? m_places.value(index.toInt()) : Place{};
    }
    return {};
}

int ReadingView::positionOf(const Place& place) const {
    for (QTextBlock block = m_text->document()->begin(); block.isValid(); block = block.next())
        for (auto it = block.begin(); !it.atEnd(); ++it) {
            const QVariant index = it.fragment().charFormat().property(kPlaceProperty);
            if (index.isValid() && m_places.value(index.toInt()) == place)
                return it.fragment().position();
        }
    return -1;
}

void ReadingView::showContextMenu(const QPoint& pos) {
    const Place place = placeAt(m_text->cursorForPosition(pos).position());
    std::unique_ptr<QMenu> menu(m_text->createStandardContextMenu(pos));
    menu->addSeparator();
    QAction* comment = menu->addAction(tr("Add &Comment…"));
    comment->setObjectName(QStringLiteral("readingAddComment"));
    comment->setEnabled(place.isValid() && m_session);
    connect(comment, &QAction::triggered, this,
            [this, place] { emit commentRequested(place.elementId, place.field); });
    menu->exec(m_text->viewport()->mapToGlobal(pos));
}

bool ReadingView::eventFilter(QObject* watched, QEvent* event) {
    if (watched == m_text->viewport() && m_session) {
        if (event->type() == QEvent::MouseMove) {
            const Place place = placeAt(
                m_text->cursorForPosition(static_cast<QMouseEvent*>(event)->pos()).position());
            m_place->setText(place.isValid()
                                 ? CommentPlace::describe(*m_session, place.elementId, place.field)
                                 : QString());
        } else if (event->type() == QEvent::MouseButtonDblClick) {
            const Place place = placeAt(
                m_text->cursorForPosition(static_cast<QMouseEvent*>(event)->pos()).position());
            if (place.isValid()) {
                emit commentRequested(place.elementId, place.field);
                return true;
            }
        }
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace kasibi
