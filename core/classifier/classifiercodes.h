#pragma once

#include "core/classifier/classifier.h"

#include <QString>

namespace kasibi {

// The form of the codes of each classifier, and the hierarchy that follows from them.
//   OKED: section B (1) > division 07 (2) > group 07.1 (3) > class 07.10 (4) > subclass 07.10.2 (5)
//   NKZ:  major group 8 (1) > sub-major 83 (2) > minor 834 (3) > unit group 8342 (4)
//         > occupation 8342-1-003 (5)
// An occupation is always NNNN-N-NNN, as NK RK 01-2017 and the published standards write it
// («2513-0-001»): its unit group's four digits, one digit, three digits. (Some standards print
// the group as «2513-0», the occupation code without its last part; a profession card holds the
// unit group's four digits.) These forms are stated here only: the validator and the loading of
// editions both ask.
// A division's section is not written in its code: it comes from the sections' ranges of
// divisions (A 01-03, B 05-09, C 10-33, ...), the same in GK RK 03-2019 as in NACE Rev. 2.
class ClassifierCodes {
public:
    static constexpr int DeepestLevel = 5;

    // 0 when the code has none of the classifier's forms.
    static int level(Classifier classifier, const QString& code);
    // Whether the code is written in the form of that level (1..DeepestLevel), whether or not a
    // division lies in any section.
    static bool hasForm(Classifier classifier, int level, const QString& code);
    // The form of the level's codes (1..DeepestLevel) as a regular expression without anchors,
    // for the patterns that find codes inside running text; hasForm matches it whole.
    static QString form(Classifier classifier, int level);
    // "" for the top level, and for a code of no valid form.
    static QString parent(Classifier classifier, const QString& code);
    // The OKED section holding a division (1..99), or "" when no section does (e.g. 04).
    static QString okedSectionOfDivision(int division);
    // What a level is called: "subclass", "occupation", ...
    static QString levelName(Classifier classifier, int level);
};

} // namespace kasibi
