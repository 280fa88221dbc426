#include "core/import/textpiece.h"

#include "core/import/listitemsplitter.h"
#include "core/import/standardrecognizer.h"

#include <QRegularExpression>

namespace kasibi {

namespace {

// The places are named in StandardRecognizer's translation context, as the rest of its report.
void flatten(const std::vector<WordBlock>& blocks, const QString& prefix, QVector<TextPiece>& out,
             int& cellCounter, int& paragraphCounter, int& rowCounter) {
    int tableCounter = 0;
    for (const WordBlock& block : blocks) {
        if (!block.isTable()) {
            ++paragraphCounter;
            TextPiece piece;
            piece.text = block.paragraph.text;
            piece.normalized = ListItemSplitter::normalized(piece.text);
            if (piece.normalized.isEmpty()) continue;
            piece.where = prefix + StandardRecognizer::tr("paragraph %1").arg(paragraphCounter);
            out << piece;
            continue;
        }
        ++tableCounter;
        const WordTable& table = *block.table;
        for (int r = 0; r < int(table.rows.size()); ++r) {
            const WordRow& row = table.rows[r];
            const int rowId = ++rowCounter;
            for (int c = 0; c < int(row.cells.size()); ++c) {
                const WordCell& cell = row.cells[c];
                const int cellId = ++cellCounter;
                const QString place = prefix + StandardRecognizer::tr("table %1, row %2, cell %3")
                                                   .arg(tableCounter)
                                                   .arg(r + 1)
                                                   .arg(c + 1);
                QVector<TextPiece> inside;
                int paragraphs = 0;
                flatten(cell.blocks, place + QStringLiteral(", "), inside, cellCounter, paragraphs,
                        rowCounter);
                bool first = true;
                for (TextPiece& piece : inside) {
                    if (piece.cell < 0) {
                        piece.cell = cellId;
                        piece.row = rowId;
                        piece.firstInCell = first;
                        piece.column = cell.column;
                        piece.rowHasSeveralCells = row.cells.size() > 1;
                        first = false;
                    }
                    out << piece;
                }
            }
        }
    }
}

} // namespace

QVector<TextPiece> TextPiece::readAll(const WordDocument& document) {
    QVector<TextPiece> pieces;
    int cells = 0, rows = 0, headerParagraphs = 0, bodyParagraphs = 0;
    flatten(document.headers, StandardRecognizer::tr("page header, "), pieces, cells,
            headerParagraphs, rows);
    // A header that is only a number is the page number Word fills in, not the standard's text.
    static const QRegularExpression pageNumber(QStringLiteral("^\\d{1,4}$"));
    pieces.erase(std::remove_if(pieces.begin(), pieces.end(),
                                [](const TextPiece& piece) {
                                    return pageNumber.match(piece.normalized).hasMatch();
                                }),
                 pieces.end());
    flatten(document.body, QString(), pieces, cells, bodyParagraphs, rows);
    return pieces;
}

} // namespace kasibi
