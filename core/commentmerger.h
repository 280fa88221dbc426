#pragma once

#include "documenttree.h"
#include "result.h"

#include <QCoreApplication>

namespace kasibi {

// Brings the review comments of a reviewed copy into the author's document: the comments the
// author does not have yet, in their order, and nothing of the content.
class CommentMerger {
    Q_DECLARE_TR_FUNCTIONS(CommentMerger)
public:
    // The comment elements to append to the root's "review/comments"; an error when the copy is
    // of another standard.
    static Result<QVector<QVector<Node>>> newComments(const DocumentTree& mine,
                                                      const DocumentTree& reviewed,
                                                      const QString& reviewedName);
};

} // namespace kasibi
