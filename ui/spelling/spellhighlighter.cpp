#include "ui/spelling/spellhighlighter.h"

#include "ui/spelling/spellchecker.h"

#include <QRegularExpression>

namespace kasibi {

SpellHighlighter::SpellHighlighter(SpellChecker* checker, QTextDocument* document)
    : QSyntaxHighlighter(document), m_checker(checker) {
    connect(checker, &SpellChecker::ready, this, &QSyntaxHighlighter::rehighlight);
    connect(checker, &SpellChecker::ignored, this, &QSyntaxHighlighter::rehighlight);
}

QList<QPair<int, int>> SpellHighlighter::words(const QString& text) {
    // Letters with combining marks, joined by an apostrophe or a hyphen (ауа-райы, из-за).
    static const QRegularExpression word(
        QStringLiteral("[\\p{L}\\p{M}]+(?:[-'’][\\p{L}\\p{M}]+)*"));
    QList<QPair<int, int>> found;
    for (auto it = word.globalMatch(text); it.hasNext();) {
        const QRegularExpressionMatch match = it.next();
        found << qMakePair(int(match.capturedStart()), int(match.capturedLength()));
    }
    return found;
}

void SpellHighlighter::highlightBlock(const QString& text) {
    if (!m_checker->isReady()) return;
    QTextCharFormat misspelt;
    misspelt.setUnderlineStyle(QTextCharFormat::SpellCheckUnderline);
    misspelt.setUnderlineColor(QColor(0xc0, 0x39, 0x2b));
    for (const auto& [start, length] : words(text))
        if (!m_checker->isCorrect(text.mid(start, length))) setFormat(start, length, misspelt);
}

} // namespace kasibi
