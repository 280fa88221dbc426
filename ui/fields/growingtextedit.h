#pragma once

#include <QTextEdit>

class QMenu;

namespace kasibi {

class SpellChecker;

// A plain-text editor as tall as its text, so a form reads like a document rather than a stack
// of little scrolling boxes. While the user types in it, it does not shrink, and a paragraph
// grows a few lines ahead at a time, so the fields below move seldom; the form scrolls to keep
// the caret in sight.
class GrowingTextEdit : public QTextEdit {
    Q_OBJECT
public:
    explicit GrowingTextEdit(int minimumLines, QWidget* parent = nullptr);

    // Checks the spelling as the user types, with suggestions on the context menu.
    void setSpellLanguage(const QString& language);
    // One paragraph only (a name, a code's title): Enter is left to the form, and line breaks
    // pasted in become spaces. Long text still wraps, so it can be read whole.
    void setSingleParagraph(bool single) { m_singleParagraph = single; }
    bool isSingleParagraph() const { return m_singleParagraph; }

    // The extra lines a paragraph grows by at a time while it is being typed in.
    static constexpr int LinesAhead = 2;

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

    // The menu a right click at `pos` opens: editing, and spelling suggestions for the word
    // there. The caller owns it.
    QMenu* createContextMenu(const QPoint& pos);

protected:
    void resizeEvent(QResizeEvent* event) override;
    void contextMenuEvent(QContextMenuEvent* event) override;
    void keyPressEvent(QKeyEvent* event) override;
    void insertFromMimeData(const QMimeData* source) override;
    void focusOutEvent(QFocusEvent* event) override;

private:
    int contentHeight() const;
    void fitHeight();
    void revealCaret();

    int m_minimumLines;
    bool m_singleParagraph = false;
    SpellChecker* m_spellChecker = nullptr;
};

} // namespace kasibi
