#include "core/lifecycle/worddiff.h"

#include <QRegularExpression>
#include <QStringList>

namespace kasibi {

namespace {

// Words with their trailing spaces, so that joining the tokens gives the text back.
QStringList tokens(const QString& text) {
    static const QRegularExpression word(QStringLiteral("\\S+\\s*|\\s+"));
    QStringList list;
    for (auto it = word.globalMatch(text); it.hasNext();)
        list << it.next().captured();
    return list;
}

void append(QVector<WordDiff::Piece>& pieces, WordDiff::Kind kind, const QString& text) {
    if (!pieces.isEmpty() && pieces.last().kind == kind)
        pieces.last().text += text;
    else
        pieces.append({kind, text});
}

} // namespace

QVector<WordDiff::Piece> WordDiff::compare(const QString& before, const QString& after) {
    const QStringList a = tokens(before), b = tokens(after);
    const int n = a.size(), m = b.size();
    // Longest common subsequence of words; fields are short, so the full table is cheap.
    QVector<QVector<int>> common(n + 1, QVector<int>(m + 1, 0));
    for (int i = n - 1; i >= 0; --i)
        for (int j = m - 1; j >= 0; --j)
            common[i][j] = a[i].trimmed() == b[j].trimmed()
                               ? common[i + 1][j + 1] + 1
                               : std::max(common[i + 1][j], common[i][j + 1]);
    QVector<Piece> pieces;
    int i = 0, j = 0;
    while (i < n || j < m) {
        if (i < n && j < m && a[i].trimmed() == b[j].trimmed()) {
            append(pieces, Kind::Same, b[j]);
            ++i;
            ++j;
        } else if (j < m && (i == n || common[i][j + 1] >= common[i + 1][j])) {
            append(pieces, Kind::Added, b[j++]);
        } else {
            append(pieces, Kind::Removed, a[i++]);
        }
    }
    return pieces;
}

namespace {

// The words of a piece on their colour (struck through when removed and `strike`), the spacing
// around them left plain.
QString marked(const WordDiff::Piece& piece, bool strike) {
    const bool removed = piece.kind == WordDiff::Kind::Removed;
    const QString core = piece.text.trimmed();
    const qsizetype start = piece.text.indexOf(core);
    return piece.text.left(start) +
           QStringLiteral("<span style=\"background-color:%1%2\">%3</span>")
               .arg(removed ? QStringLiteral("#f4a6a6") : QStringLiteral("#9fdf9f"),
                    removed && strike ? QStringLiteral("; text-decoration:line-through")
                                      : QString(),
                    core.toHtmlEscaped()) +
           piece.text.mid(start + core.size());
}

} // namespace

QString WordDiff::html(const QVector<Piece>& pieces, Kind shown) {
    QString html;
    for (const Piece& piece : pieces) {
        if (piece.kind == Kind::Same)
            html += piece.text.toHtmlEscaped();
        else if (piece.kind == shown)
            html += marked(piece, false);
    }
    return html;
}

QString WordDiff::inlineHtml(const QVector<Piece>& pieces) {
    QString html;
    for (const Piece& piece : pieces)
        html += piece.kind == Kind::Same ? piece.text.toHtmlEscaped() : marked(piece, true);
    return html;
}

} // namespace kasibi
