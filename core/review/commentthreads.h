#pragma once

#include "core/model/documenttree.h"
#include "core/model/schema.h"

namespace kasibi {

// The review comments of a document as threads: a first comment and the replies to it, in the
// order they were written. Whether a thread is open or resolved is the first comment's state.
class CommentThreads {
public:
    static inline const QString& Role = kasibi::Role::Comments;

    explicit CommentThreads(const DocumentTree& tree);

    // The first comments, in document order.
    const QStringList& threads() const { return m_threads; }
    QStringList replies(const QString& threadId) const { return m_replies.value(threadId); }
    // The first comment of the thread a comment belongs to.
    QString threadOf(const QString& commentId) const;
    bool isResolved(const QString& commentId) const;
    // Open threads about this field of this element (an empty field: the element as a whole).
    int openCount(const QString& targetId, const QString& field) const;
    // Open threads about this element, whatever the field.
    int openCountOfElement(const QString& targetId) const;
    QStringList authors() const;

private:
    DocumentTree m_tree;
    QStringList m_threads;
    QHash<QString, QStringList> m_replies;
};

} // namespace kasibi
