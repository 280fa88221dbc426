#pragma once

#include "core/model/documenttree.h"
#include "core/validation/finding.h"

#include <QDate>

namespace kasibi {

// Checks a standard against every criterion of the National body's checklist (Appendix 3 of
// the Rules) and what a careful expert also checks. Pure: reads a snapshot, fast enough to run
// after every edit.
class Validator {
public:
    // today: the date against which "in the future" is judged.
    Findings validate(const DocumentTree& tree, const QDate& today = QDate::currentDate()) const;

    static int errorCount(const Findings& findings);
    static int warningCount(const Findings& findings);
};

} // namespace kasibi
