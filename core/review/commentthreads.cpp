#include "core/review/commentthreads.h"

#include "core/model/schema.h"

#include <QSet>

namespace kasibi {

CommentThreads::CommentThreads(const DocumentTree& tree) : m_tree(tree) {
    const QStringList all = tree.children(tree.rootId, Role);
    const QSet<QString> present(all.cbegin(), all.cend());
    for (const QString& id : all) {
        // A reply whose comment is not in this file (deleted, or not merged) starts a thread.
        if (!present.contains(tree.value(id, Field::ReplyTo)))
            m_threads << id;
        else
            m_replies[threadOf(id)] << id;
    }
}

QString CommentThreads::threadOf(const QString& commentId) const {
    QString id = commentId;
    QSet<QString> seen;
    // Replies to replies go up to the first comment; a cycle (a hand-edited file) stops there.
    while (!seen.contains(id)) {
        seen.insert(id);
        const QString up = m_tree.value(id, Field::ReplyTo);
        if (up.isEmpty() || !m_tree.node(up)) return id;
        id = up;
    }
    return id;
}

bool CommentThreads::isResolved(const QString& commentId) const {
    return m_tree.value(threadOf(commentId), Field::Resolved) == QLatin1String("true");
}

int CommentThreads::openCount(const QString& targetId, const QString& field) const {
    int count = 0;
    for (const QString& id : m_threads)
        if (m_tree.value(id, Field::TargetId) == targetId &&
            m_tree.value(id, Field::CommentedField) == field && !isResolved(id))
            ++count;
    return count;
}

int CommentThreads::openCountOfElement(const QString& targetId) const {
    int count = 0;
    for (const QString& id : m_threads)
        if (m_tree.value(id, Field::TargetId) == targetId && !isResolved(id)) ++count;
    return count;
}

QStringList CommentThreads::authors() const {
    QStringList authors;
    for (const QString& id : m_tree.children(m_tree.rootId, Role)) {
        const QString author = m_tree.value(id, Field::Author);
        if (!author.isEmpty() && !authors.contains(author)) authors << author;
    }
    authors.sort(Qt::CaseInsensitive);
    return authors;
}

} // namespace kasibi
