#include "core/review/commentmerger.h"

#include "core/model/schema.h"

#include <QHash>
#include <QSet>

namespace kasibi {

namespace {

// The same remark copied through another file keeps its id; one typed again by hand does not,
// but has the same author, time, place and words.
QString signature(const DocumentTree& tree, const QString& id) {
    QStringList parts;
    for (const char* field : {"targetId", "field", "replyTo", "author", "created", "text"})
        parts << tree.value(id, QLatin1String(field));
    return parts.join(QChar(0x1F));
}

} // namespace

Result<CommentMerge> CommentMerger::merge(const DocumentTree& mine, const DocumentTree& reviewed,
                                          const QString& reviewedName) {
    if (mine.standardId() != reviewed.standardId())
        return Result<CommentMerge>::failure(
            tr("this is a copy of another standard, so its comments do not belong here"),
            reviewedName);
    QSet<QString> ids;
    QHash<QString, QString> idOfSignature; // in my document
    for (const QString& id : mine.children(mine.rootId, Role::Comments)) {
        ids.insert(id);
        idOfSignature.insert(signature(mine, id), id);
    }
    const auto isResolved = [](const DocumentTree& tree, const QString& id) {
        return tree.value(id, Field::Resolved) == QLatin1String("true");
    };
    CommentMerge merge;
    for (const QString& id : reviewed.children(reviewed.rootId, Role::Comments)) {
        const QString sign = signature(reviewed, id);
        const QString mineId = ids.contains(id) ? id : idOfSignature.value(sign);
        if (!mineId.isEmpty()) {
            if (isResolved(reviewed, id) && !isResolved(mine, mineId) &&
                !merge.resolvedThreads.contains(mineId))
                merge.resolvedThreads << mineId;
            continue;
        }
        ids.insert(id);
        idOfSignature.insert(sign, id);
        merge.newComments << reviewed.subtree(id);
    }
    return merge;
}

} // namespace kasibi
