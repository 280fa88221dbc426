#pragma once

#include <QSyntaxHighlighter>

namespace kasibi {

class SpellChecker;

// Underlines the words of one language's text that its dictionary does not know, as the user
// types.
class SpellHighlighter : public QSyntaxHighlighter {
    Q_OBJECT
public:
    SpellHighlighter(SpellChecker* checker, QTextDocument* document);

    // The words of a text, as the highlighter sees them: start and length of each.
    static QList<QPair<int, int>> words(const QString& text);

protected:
    void highlightBlock(const QString& text) override;

private:
    SpellChecker* m_checker;
};

} // namespace kasibi
