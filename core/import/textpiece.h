#pragma once

#include "core/ooxml/worddocument.h"

#include <QString>
#include <QVector>

namespace kasibi {

// One paragraph of a Word document with text, in reading order, with where it stands: the unit
// the recognition of a standard reads. Tables are read row by row, cell by cell, nested tables
// inside their cell.
struct TextPiece {
    QString text;       // as read: tabs and line breaks kept
    QString normalized; // one line, spaces simplified
    QString where;
    int cell = -1;            // running number of the cell; -1 outside tables
    int row = -1;             // running number of the row; -1 outside tables
    bool firstInCell = false; // the first paragraph of its cell with text
    int column = 0;
    bool rowHasSeveralCells = false;

    // The pages' headers, without the page numbers Word fills in, then the body.
    static QVector<TextPiece> readAll(const WordDocument& document);
};

} // namespace kasibi
