#pragma once

#include <QString>
#include <QVector>

namespace kasibi {

// The word-level difference of two wordings of a text, for showing what an edit changed inside
// a field: the longest common run of words kept, the rest marked as removed or added.
class WordDiff {
public:
    enum class Kind { Same, Removed, Added };
    struct Piece {
        Kind kind = Kind::Same;
        QString text; // words with the spacing that follows them
    };

    static QVector<Piece> compare(const QString& before, const QString& after);
    // One side as HTML: the kept words plain, the removed (older side) or added (newer side)
    // ones on a coloured background.
    static QString html(const QVector<Piece>& pieces, Kind shown);
    // Both sides in one, as a tracked change reads: the removed words struck through, the added
    // ones after them.
    static QString inlineHtml(const QVector<Piece>& pieces);
};

} // namespace kasibi
