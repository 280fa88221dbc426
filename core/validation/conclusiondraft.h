#pragma once

#include "core/model/documenttree.h"
#include "core/model/schema.h"
#include "core/validation/finding.h"

namespace kasibi {

// The National body's conclusion (Appendix 3 form) drafted from validation findings: one
// assessment per criterion, in the order of the form, "meets" unless an error stands against it.
// The expert edits the draft; nothing here decides for them.
class ConclusionDraft {
public:
    static inline const QString& AssessmentsRole = Role::Assessments;

    // One Assessment subtree per criterion, each ready for
    // StandardDocument::insertSubtree(tree.rootId, AssessmentsRole, index, subtree). The remark
    // of a criterion not met lists its findings in Kazakh and in Russian, as they speak of the
    // standard; a met criterion has none.
    static QVector<QVector<Node>> assessments(const DocumentTree& tree, const Findings& findings);

    // A copy of the tree whose conclusion holds the drafted assessments in place of any it had.
    static DocumentTree applied(const DocumentTree& tree, const Findings& findings);
};

} // namespace kasibi
