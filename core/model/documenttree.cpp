#include "core/model/documenttree.h"

#include "core/model/schema.h"

#include <QRegularExpression>
#include <QUuid>

namespace kasibi {

QString DocumentTree::newId() {
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

DocumentTree DocumentTree::newStandard() {
    DocumentTree tree;
    Node root{newId(), Kind::Document};
    Node standard{newId(), Kind::Standard, root.id, Role::Standard};
    standard.values.insert(Field::Languages, QStringLiteral("kk,ru"));
    root.children[standard.role] << standard.id;
    tree.rootId = root.id;
    tree.nodes.insert(root.id, root);
    tree.nodes.insert(standard.id, standard);
    return tree;
}

const Node* DocumentTree::node(const QString& id) const {
    auto it = nodes.constFind(id);
    return it == nodes.constEnd() ? nullptr : &it.value();
}

QString DocumentTree::standardId() const {
    const Node* root = node(rootId);
    if (!root) return {};
    return root->children.value(Role::Standard).value(0);
}

QString DocumentTree::value(const QString& id, const QString& field,
                            const QString& language) const {
    const Node* n = node(id);
    return n ? n->values.value(Node::valueKey(field, language)) : QString();
}

LocalizedText DocumentTree::text(const QString& id, const QString& field) const {
    const Node* n = node(id);
    if (!n) return {};
    return {n->values.value(Node::valueKey(field, QStringLiteral("kk"))),
            n->values.value(Node::valueKey(field, QStringLiteral("ru")))};
}

QStringList DocumentTree::children(const QString& id, const QString& role) const {
    const Node* n = node(id);
    return n ? n->children.value(role) : QStringList();
}

int DocumentTree::indexInParent(const QString& id) const {
    const Node* n = node(id);
    if (!n) return -1;
    return children(n->parentId, n->role).indexOf(id);
}

QString DocumentTree::jsonPointer(const QString& id, const QString& field) const {
    QStringList parts;
    if (!field.isEmpty()) {
        const Node* n = node(id);
        // A text item is the LocalizedText itself: its field has no key of its own.
        if (!n || n->kind != Kind::TextItem) parts.prepend(field);
    }
    QString current = id;
    while (const Node* n = node(current)) {
        if (n->parentId.isEmpty()) break;
        const Node* parent = node(n->parentId);
        const KindSpec* parentSpec = parent ? Schema::kind(parent->kind) : nullptr;
        const ChildSpec* childSpec = parentSpec ? parentSpec->child(n->role) : nullptr;
        if (childSpec && childSpec->isList)
            parts.prepend(QString::number(parent->children.value(n->role).indexOf(current)));
        parts.prepend(n->role);
        current = n->parentId;
    }
    return parts.isEmpty() ? QString() : QLatin1Char('/') + parts.join(QLatin1Char('/'));
}

QString DocumentTree::standardCode() const {
    const QString standard = standardId();
    const QString section = value(standard, QStringLiteral("passport/oked/section/code")).trimmed();
    QString subclass = value(standard, QStringLiteral("passport/oked/subclass/code"));
    subclass.remove(QRegularExpression(QStringLiteral("[^0-9]")));
    const QString serial = value(standard, Field::SerialNumber).trimmed();
    if (section.isEmpty() || subclass.isEmpty()) return {};
    return section + subclass + (serial.isEmpty() ? PendingSerialNumber : serial);
}

QVector<Node> DocumentTree::subtree(const QString& id) const {
    QVector<Node> result;
    QStringList pending{id};
    while (!pending.isEmpty()) {
        const Node* n = node(pending.takeFirst());
        if (!n) continue;
        result << *n;
        const KindSpec* spec = Schema::kind(n->kind);
        if (!spec) continue;
        for (const ChildSpec& child : spec->children)
            pending << n->children.value(child.role);
    }
    return result;
}

QVector<Node> DocumentTree::withNewIds(QVector<Node> subtree) {
    QHash<QString, QString> renamed;
    for (const Node& n : subtree)
        renamed.insert(n.id, newId());
    for (Node& n : subtree) {
        n.id = renamed.value(n.id);
        n.parentId = renamed.value(n.parentId, n.parentId);
        for (QStringList& list : n.children)
            for (QString& child : list)
                child = renamed.value(child, child);
    }
    return subtree;
}

void DocumentTree::insertSubtree(const QString& parentId, const QString& role, int index,
                                 const QVector<Node>& subtree) {
    if (subtree.isEmpty() || !nodes.contains(parentId)) return;
    for (const Node& n : subtree)
        nodes.insert(n.id, n);
    Node& top = nodes[subtree.first().id];
    top.parentId = parentId;
    top.role = role;
    QStringList& siblings = nodes[parentId].children[role];
    siblings.insert(qBound(0, index, int(siblings.size())), top.id);
}

void DocumentTree::removeSubtree(const QString& id) {
    const Node* n = node(id);
    if (!n) return;
    const QString parentId = n->parentId;
    const QString role = n->role;
    for (const Node& gone : subtree(id))
        nodes.remove(gone.id);
    auto parent = nodes.find(parentId);
    if (parent != nodes.end()) parent->children[role].removeAll(id);
}

void DocumentTree::moveChild(const QString& id, int newIndex) {
    const Node* n = node(id);
    if (!n) return;
    QStringList& siblings = nodes[n->parentId].children[n->role];
    const int from = siblings.indexOf(id);
    if (from < 0) return;
    siblings.move(from, qBound(0, newIndex, int(siblings.size()) - 1));
}

void DocumentTree::setValue(const QString& id, const QString& key, const QString& value) {
    auto it = nodes.find(id);
    if (it != nodes.end()) it->values.insert(key, value);
}

void DocumentTree::removeValue(const QString& id, const QString& key) {
    auto it = nodes.find(id);
    if (it != nodes.end()) it->values.remove(key);
}

} // namespace kasibi
