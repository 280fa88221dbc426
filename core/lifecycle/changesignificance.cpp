#include "core/lifecycle/changesignificance.h"

namespace kasibi {

ChangeSignificance ChangeSignificance::judge(const QVector<Change>& changes,
                                             bool confirmedTypoFixes) {
    ChangeSignificance verdict;
    for (const Change& change : changes) {
        if (!change.inCard) continue;
        if (change.kind == ChangeKind::Moved && change.withinParent) continue;
        if (change.kind == ChangeKind::Changed && change.typoFix) {
            ++verdict.typoFixes;
            if (confirmedTypoFixes) continue;
        }
        if (verdict.significant) continue;
        verdict.significant = true;
        verdict.reason =
            tr("The content of a profession card changed (%1 at %2): the change is significant and "
               "the standard goes through the whole procedure of chapter 2 again (rule 17).")
                .arg(Change::kindName(change.kind), change.path);
    }
    if (verdict.significant) return verdict;
    if (changes.isEmpty())
        verdict.reason = tr("No changes.");
    else if (verdict.typoFixes > 0)
        verdict.reason =
            tr("Only fixes of typos in profession cards (%1), which do not change their "
               "content: the change is not significant (rule 18).")
                .arg(verdict.typoFixes);
    else
        verdict.reason = tr("The content of the profession cards is unchanged: the change is not "
                            "significant (rule 18).");
    return verdict;
}

} // namespace kasibi
