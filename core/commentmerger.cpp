#include "commentmerger.h"

#include <QSet>

namespace kasibi {

namespace {

const QString kComments = QStringLiteral("review/comments");

// The same remark copied through another file keeps its id; one typed again by hand does not,
// but has the same author, time, place and words.
QString signature(const DocumentTree& tree, const QString& id) {
    QStringList parts;
    for (const char* field : {"targetId", "field", "replyTo", "author", "created", "text"})
        parts << tree.value(id, QLatin1String(field));
    return parts.join(QChar(0x1F));
}

} // namespace

Result<QVector<QVector<Node>>> CommentMerger::newComments(const DocumentTree& mine,
                                                          const DocumentTree& reviewed,
                                                          const QString& reviewedName) {
    using R = Result<QVector<QVector<Node>>>;
    if (mine.standardId() != reviewed.standardId())
        return R::failure(
            tr("this is a copy of another standard, so its comments do not belong here"),
            reviewedName);
    QSet<QString> ids, signatures;
    for (const QString& id : mine.children(mine.rootId, kComments)) {
        ids.insert(id);
        signatures.insert(signature(mine, id));
    }
    QVector<QVector<Node>> incoming;
    for (const QString& id : reviewed.children(reviewed.rootId, kComments)) {
        const QString sign = signature(reviewed, id);
        if (ids.contains(id) || signatures.contains(sign)) continue;
        ids.insert(id);
        signatures.insert(sign);
        incoming << reviewed.subtree(id);
    }
    return incoming;
}

} // namespace kasibi
