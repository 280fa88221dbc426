#pragma once

#include "core/model/documenttree.h"
#include "core/model/result.h"
#include "core/review/commentmerge.h"

#include <QCoreApplication>

namespace kasibi {

// Brings the review of a reviewed copy into the author's document: the comments the author does
// not have yet, in their order, and the threads resolved there; nothing of the content.
class CommentMerger {
    Q_DECLARE_TR_FUNCTIONS(CommentMerger)
public:
    // An error when the copy is of another standard.
    static Result<CommentMerge> merge(const DocumentTree& mine, const DocumentTree& reviewed,
                                      const QString& reviewedName);
};

} // namespace kasibi
