#include "core/model/pageref.h"

#include "core/model/documenttree.h"
#include "core/model/schema.h"

namespace kasibi {

namespace {

PageRef::Chapter chapterOfStandardPath(const QString& path) {
    if (path.startsWith(QLatin1String("generalProvisions"))) return PageRef::GeneralProvisions;
    if (path.startsWith(QLatin1String("technicalData"))) return PageRef::TechnicalData;
    if (path == Role::ProfessionCards) return PageRef::ProfessionCards;
    if (path == Role::ExtraSections) return PageRef::ExtraSections;
    return PageRef::Passport; // passport/*, languages
}

} // namespace

bool PageRef::hasOwnPage(const QString& kind) {
    return kind == Kind::ProfessionCard || kind == Kind::LaborFunction || kind == Kind::Skill ||
           kind == Kind::ExtraSection;
}

PageRef PageRef::locate(const DocumentTree& tree, const QString& elementId, const QString& field) {
    const Node* node = tree.node(elementId);
    if (!node) return ofChapter(Passport);
    if (hasOwnPage(node->kind)) return ofNode(elementId);
    if (node->kind == Kind::Standard) return ofChapter(chapterOfStandardPath(field));
    // A comment is shown where what it is about is; the conclusion has no page of the standard.
    if (node->kind == Kind::Comment)
        return locate(tree, node->values.value(Field::TargetId),
                      node->values.value(Field::CommentedField));
    if (node->kind == Kind::Assessment ||
        (node->kind == Kind::Document && field.startsWith(QLatin1String("review/"))))
        return {};
    if (node->kind == Kind::Document) return ofChapter(Passport);
    // A list element edited inside the page of what holds it (a term, an ability, a developer).
    QString role = node->role;
    const Node* parent = tree.node(node->parentId);
    while (parent && !hasOwnPage(parent->kind) && parent->kind != Kind::Standard &&
           parent->kind != Kind::Document) {
        role = parent->role;
        parent = tree.node(parent->parentId);
    }
    if (!parent || parent->kind == Kind::Document) return ofChapter(Passport);
    if (parent->kind == Kind::Standard) return ofChapter(chapterOfStandardPath(role));
    return ofNode(parent->id);
}

QString PageRef::cardOf(const DocumentTree& tree, const QString& elementId) {
    for (const Node* node = tree.node(elementId); node; node = tree.node(node->parentId))
        if (node->kind == Kind::ProfessionCard) return node->id;
    return {};
}

} // namespace kasibi
