#pragma once

#include "core/model/node.h"

#include <QStringList>
#include <QVector>

namespace kasibi {

// What a reviewed copy brings back to the author's document.
struct CommentMerge {
    // The comments the author does not have yet, in the copy's order, each as its subtree.
    QVector<QVector<Node>> newComments;
    // Threads the copy marks resolved that are still open in the author's document (their ids
    // there). A thread open in the copy but resolved here stays resolved: the copy is older.
    QStringList resolvedThreads;

    bool isEmpty() const { return newComments.isEmpty() && resolvedThreads.isEmpty(); }
};

} // namespace kasibi
