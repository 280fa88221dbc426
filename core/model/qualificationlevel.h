#pragma once

#include <QString>

namespace kasibi {

// The form of a level of the ORK and of the NRK: 1 to 8 and, where a framework divides a level,
// a sublevel 1 to 9 after a dot («4», «6.1»). Stated here only: the schema's field pattern,
// which the validator and the JSON reader check, is built from it, and so are the Word importer's
// patterns for levels printed in running text; the level editor and the qualification map take
// the range of levels from it.
class QualificationLevel {
public:
    static constexpr int Lowest = 1;
    static constexpr int Highest = 8;
    static constexpr int HighestSublevel = 9;

    static QString levelForm();    // the level's digit
    static QString sublevelForm(); // the sublevel's digit
    // A whole level as a regular expression without anchors, for patterns that find one inside
    // text; it holds one capture, the sublevel with its dot.
    static QString form();
    // A value that is a level and nothing else: form() anchored.
    static QString pattern();
};

} // namespace kasibi
