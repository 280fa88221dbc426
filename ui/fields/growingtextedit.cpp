#include "ui/fields/growingtextedit.h"

#include "ui/spelling/spellchecker.h"
#include "ui/spelling/spellhighlighter.h"

#include <QAbstractTextDocumentLayout>
#include <QContextMenuEvent>
#include <QKeyEvent>
#include <QMenu>
#include <QMessageBox>
#include <QMimeData>
#include <QRegularExpression>
#include <QResizeEvent>
#include <QScrollArea>
#include <QTimer>

namespace kasibi {

GrowingTextEdit::GrowingTextEdit(int minimumLines, QWidget* parent)
    : QTextEdit(parent), m_minimumLines(minimumLines) {
    setAcceptRichText(false);
    setUndoRedoEnabled(false); // the document's undo history is the only one
    setTabChangesFocus(true);
    setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    connect(document()->documentLayout(), &QAbstractTextDocumentLayout::documentSizeChanged, this,
            &GrowingTextEdit::fitHeight);
    connect(this, &QTextEdit::cursorPositionChanged, this, &GrowingTextEdit::revealCaret);
    fitHeight();
}

int GrowingTextEdit::contentHeight() const {
    const int lines = qMax(m_minimumLines, 1);
    const int minimum = fontMetrics().lineSpacing() * lines + 2 * int(document()->documentMargin());
    return qMax(minimum, int(document()->size().height())) + 2 * frameWidth();
}

QSize GrowingTextEdit::sizeHint() const {
    return {QTextEdit::sizeHint().width(), contentHeight()};
}

QSize GrowingTextEdit::minimumSizeHint() const {
    return {60, sizeHint().height()};
}

void GrowingTextEdit::resizeEvent(QResizeEvent* event) {
    QTextEdit::resizeEvent(event);
    if (event->size().width() != event->oldSize().width()) fitHeight();
}

void GrowingTextEdit::setSpellLanguage(const QString& language) {
    m_spellChecker = SpellChecker::forLanguage(language);
    if (m_spellChecker) new SpellHighlighter(m_spellChecker, document());
}

void GrowingTextEdit::contextMenuEvent(QContextMenuEvent* event) {
    std::unique_ptr<QMenu> menu(createContextMenu(event->pos()));
    menu->exec(event->globalPos());
}

QMenu* GrowingTextEdit::createContextMenu(const QPoint& pos) {
    QMenu* menu = createStandardContextMenu(pos);
    QTextCursor word = cursorForPosition(pos);
    word.select(QTextCursor::WordUnderCursor);
    // WordUnderCursor stops at a hyphen; the highlighter's words do not.
    const QString blockText = word.block().text();
    const int inBlock = cursorForPosition(pos).positionInBlock();
    for (const auto& [start, length] : SpellHighlighter::words(blockText))
        if (inBlock >= start && inBlock <= start + length) {
            word.setPosition(word.block().position() + start);
            word.setPosition(word.block().position() + start + length, QTextCursor::KeepAnchor);
        }
    const QString text = word.selectedText();
    if (m_spellChecker && !isReadOnly() && !text.isEmpty() && !m_spellChecker->isCorrect(text)) {
        QAction* first = menu->actions().value(0);
        const QStringList suggestions = m_spellChecker->suggestions(text).mid(0, 7);
        for (const QString& suggestion : suggestions) {
            QAction* replace = new QAction(suggestion, menu);
            QFont bold = replace->font();
            bold.setBold(true);
            replace->setFont(bold);
            connect(replace, &QAction::triggered, this, [this, word, suggestion]() mutable {
                word.insertText(suggestion);
                setTextCursor(word);
            });
            menu->insertAction(first, replace);
        }
        if (suggestions.isEmpty()) {
            QAction* none = new QAction(tr("No suggestions"), menu);
            none->setEnabled(false);
            menu->insertAction(first, none);
        }
        QAction* ignore = new QAction(tr("Ignore “%1”").arg(text), menu);
        connect(ignore, &QAction::triggered, this, [this, text] { m_spellChecker->ignore(text); });
        menu->insertAction(first, ignore);
        QAction* add = new QAction(tr("Add “%1” to the Dictionary").arg(text), menu);
        connect(add, &QAction::triggered, this, [this, text] {
            if (Status added = m_spellChecker->addToDictionary(text); !added)
                QMessageBox::warning(this, tr("The word could not be added"),
                                     added.error().toString());
        });
        menu->insertAction(first, add);
        menu->insertSeparator(first);
    }
    return menu;
}

void GrowingTextEdit::keyPressEvent(QKeyEvent* event) {
    if (m_singleParagraph && (event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter)) {
        event->ignore();
        return;
    }
    QTextEdit::keyPressEvent(event);
}

void GrowingTextEdit::insertFromMimeData(const QMimeData* source) {
    if (!m_singleParagraph || !source->hasText()) {
        QTextEdit::insertFromMimeData(source);
        return;
    }
    static const QRegularExpression breaks(QStringLiteral("\\s*[\\r\\n\\x{2028}\\x{2029}]+\\s*"));
    textCursor().insertText(source->text().replace(breaks, QStringLiteral(" ")));
}

void GrowingTextEdit::focusOutEvent(QFocusEvent* event) {
    QTextEdit::focusOutEvent(event);
    fitHeight(); // the lines kept ahead go once the user has left
}

void GrowingTextEdit::fitHeight() {
    int height = contentHeight();
    if (hasFocus()) {
        // Typing: never shrink, and a paragraph grows by a few lines at once.
        if (height <= this->height()) return;
        if (!m_singleParagraph) height += LinesAhead * fontMetrics().lineSpacing();
    }
    if (height != this->height()) {
        setFixedHeight(height);
        updateGeometry();
    }
}

void GrowingTextEdit::revealCaret() {
    if (!hasFocus()) return;
    // Once the form has made room for the text: then the caret's place is known.
    QTimer::singleShot(0, this, [this] {
        for (QWidget* up = parentWidget(); up; up = up->parentWidget())
            if (auto* area = qobject_cast<QScrollArea*>(up)) {
                if (!area->widget() || !area->widget()->isAncestorOf(this)) return;
                const QRect caret = cursorRect();
                const QPoint at = viewport()->mapTo(area->widget(), caret.center());
                area->ensureVisible(at.x(), at.y(), 20, caret.height() + 20);
                return;
            }
    });
}

} // namespace kasibi
