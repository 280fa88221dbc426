#include "ui/review/commentplace.h"

#include "core/model/labels.h"
#include "core/model/pageref.h"
#include "core/model/schema.h"
#include "ui/commands/editsession.h"
#include "ui/shell/preferences.h"

namespace kasibi {

namespace {

const QString kSeparator = QStringLiteral(" › ");

} // namespace

QString CommentPlace::ofComment(const EditSession& session, const QString& commentId) {
    const DocumentTree& tree = session.tree();
    const QString target = tree.value(commentId, Field::TargetId);
    if (tree.node(target))
        return describe(session, target, tree.value(commentId, Field::CommentedField));
    // The interface's language, or Russian for the English one: the place is kept in the two
    // languages of the standard.
    const LocalizedText kept = tree.text(commentId, Field::CommentPlace);
    QString place = kept.in(Preferences::effectiveUiLanguage());
    if (place.isEmpty()) place = kept.asOneString();
    if (place.isEmpty()) return describe(session, target, {});
    return tr("%1 (no longer in the standard)").arg(place);
}

QString CommentPlace::describe(const EditSession& session, const QString& targetId,
                               const QString& field) {
    const DocumentTree& tree = session.tree();
    const Node* target = tree.node(targetId);
    if (!target) return tr("(an element no longer in the standard)");
    QStringList parts;
    const Node* node = target;
    for (; node && node->kind != Kind::Standard && node->kind != Kind::Document;
         node = tree.node(node->parentId)) {
        const int number = tree.indexInParent(node->id) + 1;
        if (node->kind == Kind::ProfessionCard) {
            const QString name = session.displayName(node->id);
            parts.prepend(name.isEmpty() ? tr("Card %1").arg(number) : tr("Card «%1»").arg(name));
        } else {
            const QString title =
                node->kind == Kind::LaborFunction || node->kind == Kind::Skill ||
                        node->kind == Kind::ExtraSection
                    ? Labels::pageTitle(node->kind)
                    : Labels::sentence(Labels::elementName(node->kind, node->role));
            parts.prepend(tr("%1 %2").arg(title).arg(number));
        }
    }
    // The standard itself, with no field: the remark is on the standard as a whole.
    if (field.isEmpty() && target->kind == Kind::Standard) return tr("The whole standard");
    // Outside the cards, the chapter says where to look.
    if (PageRef::cardOf(tree, targetId).isEmpty()) {
        const PageRef page = PageRef::locate(tree, targetId, field);
        if (page.chapter != PageRef::None) parts.prepend(Labels::chapter(page.chapter));
    }
    if (!field.isEmpty() && target->kind != Kind::TextItem) {
        // A field, or a list of the element (the knowledge of a skill); a whole chapter of the
        // standard is named by the chapter already.
        QString label = Labels::field(target->kind, field);
        if (label == field) label = Labels::list(target->kind, field);
        if (label != field) parts << label;
    }
    return parts.join(kSeparator);
}

} // namespace kasibi
