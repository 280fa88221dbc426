#include "core/review/suggestion.h"

#include "core/model/documenttree.h"
#include "core/model/schema.h"

namespace kasibi {

std::optional<Suggestion> Suggestion::of(const DocumentTree& tree, const QString& commentId) {
    const Node* comment = tree.node(commentId);
    if (!comment || comment->kind != Kind::Comment ||
        !comment->values.contains(Field::SuggestionAfter))
        return std::nullopt;
    Suggestion suggestion;
    suggestion.commentId = commentId;
    suggestion.elementId = comment->values.value(Field::TargetId);
    suggestion.field = comment->values.value(Field::CommentedField);
    if (const Node* target = tree.node(suggestion.elementId);
        target && suggestion.field.isEmpty() && Schema::kind(target->kind)->isTextItem)
        suggestion.field = Schema::TextItemField;
    suggestion.language = comment->values.value(Field::SuggestionLanguage);
    suggestion.before = comment->values.value(Field::SuggestionBefore);
    suggestion.after = comment->values.value(Field::SuggestionAfter);
    return suggestion;
}

QString Suggestion::current(const DocumentTree& tree) const {
    return tree.value(elementId, field, language);
}

bool Suggestion::isStale(const DocumentTree& tree) const {
    return !tree.node(elementId) || field.isEmpty() || current(tree) != before;
}

} // namespace kasibi
