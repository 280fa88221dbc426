#include "core/review/commentplaces.h"

#include "core/layout/changereportlayout.h"
#include "core/model/schema.h"

namespace kasibi {

namespace {

// A list item is told by its words, shortened: its position changes as the list is edited.
constexpr int kItemWords = 60;

} // namespace

LocalizedText CommentPlaces::of(const DocumentTree& tree, const QString& targetId,
                                const QString& field) {
    LocalizedText place;
    const Node* target = tree.node(targetId);
    if (!target) return place;
    for (const QString& language : Schema::languages()) {
        QString words = ChangeReportLayout::placeInWords(tree, targetId, field, language);
        if (target->kind == Kind::TextItem) {
            QString item =
                ChangeReportLayout::elementWording(tree, targetId, language).simplified();
            if (item.size() > kItemWords) item = item.left(kItemWords - 1) + QChar(0x2026);
            if (!item.isEmpty()) words += QStringLiteral(" «") + item + QStringLiteral("»");
        }
        (language == QLatin1String("kk") ? place.kk : place.ru) = words;
    }
    return place;
}

LocalizedText CommentPlaces::ofComment(const DocumentTree& tree, const QString& commentId) {
    const QString target = tree.value(commentId, Field::TargetId);
    if (tree.node(target)) return of(tree, target, tree.value(commentId, Field::CommentedField));
    return tree.text(commentId, Field::CommentPlace);
}

QStringList CommentPlaces::within(const DocumentTree& tree, const QString& elementId) {
    QStringList comments;
    for (const QString& comment : tree.children(tree.rootId, Role::Comments))
        for (const Node* node = tree.node(tree.value(comment, Field::TargetId)); node;
             node = tree.node(node->parentId))
            if (node->id == elementId) {
                comments << comment;
                break;
            }
    return comments;
}

} // namespace kasibi
