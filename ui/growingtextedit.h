#pragma once

#include <QTextEdit>

namespace kasibi {

class SpellChecker;

// A plain-text editor as tall as its text, so a form reads like a document rather than a stack
// of little scrolling boxes.
class GrowingTextEdit : public QTextEdit {
    Q_OBJECT
public:
    explicit GrowingTextEdit(int minimumLines, QWidget* parent = nullptr);

    // Checks the spelling as the user types, with suggestions on the context menu.
    void setSpellLanguage(const QString& language);

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void resizeEvent(QResizeEvent* event) override;
    void contextMenuEvent(QContextMenuEvent* event) override;

private:
    void fitHeight();

    int m_minimumLines;
    SpellChecker* m_spellChecker = nullptr;
};

} // namespace kasibi
