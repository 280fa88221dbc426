#pragma once

#include "core/lifecycle/change.h"

#include <QCoreApplication>
#include <QVector>

namespace kasibi {

// The procedure a set of changes takes, by rules 17 and 18 of the Rules: a change of the
// content of profession cards is significant and goes through chapter 2 again; typo-level
// fixes and changes outside the cards are not.
class ChangeSignificance {
    Q_DECLARE_TR_FUNCTIONS(ChangeSignificance)
public:
    bool significant = false;
    QString reason;
    int typoFixes = 0; // card text changes that look like spelling fixes, for the user to confirm

    // confirmedTypoFixes: whether the user has confirmed the typo-like edits as typo fixes;
    // unconfirmed ones are taken as what they look like.
    static ChangeSignificance judge(const QVector<Change>& changes, bool confirmedTypoFixes = true);
};

} // namespace kasibi
