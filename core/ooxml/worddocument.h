#pragma once

#include <QString>

#include <memory>
#include <vector>

namespace kasibi {

// The text of a WordprocessingML document as a reader of the page sees it: paragraphs and
// tables in document order, each merged cell once. Formatting is left out; what a standard
// or a reviewer's remark is made of (text, numbering, table structure) is kept.

struct WordParagraph {
    // The runs' text in order: a tab is '\t', a line break '\n'. Tracked changes are taken as
    // accepted (insertions in, deletions out); fields give their shown result; footnotes and
    // comments are left out.
    QString text;
    QString style;          // w:pStyle, e.g. "Heading1"
    bool numbered = false;  // Word numbers it (w:numPr): the number is not in `text`
    int numberingLevel = 0; // w:ilvl
};

struct WordBlock;

struct WordCell {
    int column = 0;     // first grid column
    int columnSpan = 1; // w:gridSpan
    int rowSpan = 1;    // rows a vertically merged cell (w:vMerge) covers
    std::vector<WordBlock> blocks;
};

struct WordRow {
    // The cells that begin in this row: a cell merged down from a row above is not repeated.
    std::vector<WordCell> cells;
};

struct WordTable {
    std::vector<WordRow> rows;
};

// A paragraph, or a table when `table` is set.
struct WordBlock {
    WordParagraph paragraph;
    std::shared_ptr<const WordTable> table;

    bool isTable() const { return table != nullptr; }
};

struct WordDocument {
    std::vector<WordBlock> body;
    // The page headers' text (where an approving order is sometimes printed), in the order
    // the document names them.
    std::vector<WordBlock> headers;
};

} // namespace kasibi
