#include "core/model/documentorder.h"

#include "core/model/documenttree.h"
#include "core/model/pageref.h"
#include "core/model/schema.h"

#include <limits>

namespace kasibi {

namespace {

// A field's or a list's position among what its kind holds: fields first, then lists; a name the
// kind does not know (a chapter as a whole) before all of them.
int slotOf(const QString& kind, const QString& name) {
    const KindSpec* spec = Schema::kind(kind);
    if (!spec) return -1;
    for (int i = 0; i < spec->fields.size(); ++i)
        if (spec->fields[i].name == name) return i;
    for (int i = 0; i < spec->children.size(); ++i)
        if (spec->children[i].role == name) return int(spec->fields.size()) + i;
    return -1;
}

} // namespace

QVector<int> DocumentOrder::keyOf(const DocumentTree& tree, const QString& elementId,
                                  const QString& field) {
    const Node* target = tree.node(elementId);
    if (!target) return {std::numeric_limits<int>::max()};
    QVector<int> key;
    if (!field.isEmpty()) key << slotOf(target->kind, field);
    // Up to the standard: each element's list and position in what holds it.
    QString topName = field;
    const Node* node = target;
    for (; node && node->kind != Kind::Standard && node->kind != Kind::Document;
         node = tree.node(node->parentId)) {
        const Node* parent = tree.node(node->parentId);
        key.prepend(tree.indexInParent(node->id));
        key.prepend(parent ? slotOf(parent->kind, node->role) : -1);
        topName = node->role;
    }
    // The standard's own fields and lists are spread over its chapters.
    if (node && node->kind == Kind::Standard && !key.isEmpty())
        key.prepend(topName.isEmpty() ? 0 : int(PageRef::locate(tree, node->id, topName).chapter));
    return key;
}

} // namespace kasibi
