#include "core/store/elementrows.h"

#include "core/model/schema.h"
#include "core/store/documentconnection.h"
#include "core/store/documentschema.h"

namespace kasibi {

ElementRows::ElementRows(const QSqlDatabase& db) : m_node(db), m_value(db) {
    m_node.prepare(QStringLiteral(
        "INSERT INTO node (id, kind, parent, role, position) VALUES (?, ?, ?, ?, ?)"));
    m_value.prepare(QStringLiteral("INSERT INTO value (node, field, text) VALUES (?, ?, ?)"));
}

QString ElementRows::write(const Node& node, const QString& parentId, const QString& role,
                           int position) {
    m_node.bindValue(0, node.id);
    m_node.bindValue(1, node.kind);
    m_node.bindValue(2, parentId.isEmpty() ? QVariant(QMetaType::fromType<QString>())
                                           : QVariant(parentId));
    m_node.bindValue(3, DocumentConnection::notNull(role));
    m_node.bindValue(4, position);
    if (!m_node.exec()) return DocumentConnection::sqlError(m_node.lastError());
    for (auto value = node.values.constBegin(); value != node.values.constEnd(); ++value) {
        m_value.bindValue(0, node.id);
        m_value.bindValue(1, value.key());
        m_value.bindValue(2, DocumentConnection::notNull(value.value()));
        if (!m_value.exec()) return DocumentConnection::sqlError(m_value.lastError());
    }
    return {};
}

QString ElementRows::writeTree(const DocumentTree& tree) {
    for (const Node& node : tree.subtree(tree.rootId)) {
        const int position = node.parentId.isEmpty() ? 0 : tree.indexInParent(node.id);
        if (QString failure = write(node, node.parentId, node.role, position); !failure.isEmpty())
            return failure;
    }
    return {};
}

Result<DocumentTree> ElementRows::read(const QString& connectionName, const QString& path,
                                       const QString& versionId, int formatVersion) {
    using R = Result<DocumentTree>;
    QSqlDatabase db = QSqlDatabase::database(connectionName, false);
    auto damaged = [&path](const QString& why) {
        return R::failure(tr("the file is damaged: %1").arg(why), path);
    };
    DocumentTree tree;
    struct Placement {
        QString id, kind, parent, role;
    };
    QVector<Placement> placements;
    {
        QSqlQuery query(db);
        query.setForwardOnly(true);
        query.prepare(versionId.isEmpty()
                          ? QStringLiteral("SELECT count(*) FROM node")
                          : QStringLiteral("SELECT count(*) FROM version_node WHERE version = ?"));
        if (!versionId.isEmpty()) query.addBindValue(versionId);
        if (query.exec() && query.next()) {
            const qsizetype count = qMin<qsizetype>(query.value(0).toLongLong(), 10'000'000);
            tree.nodes.reserve(count);
            placements.reserve(count);
        }
        query.prepare(
            versionId.isEmpty()
                ? QStringLiteral("SELECT id, kind, parent, role, position FROM node "
                                 "ORDER BY parent, role, position")
                : QStringLiteral("SELECT id, kind, parent, role, position FROM version_node "
                                 "WHERE version = ? ORDER BY parent, role, position"));
        if (!versionId.isEmpty()) query.addBindValue(versionId);
        if (!query.exec()) return damaged(DocumentConnection::sqlError(query.lastError()));
        QString lastKind;
        while (query.next()) {
            Node node;
            node.id = query.value(0).toString();
            node.kind = query.value(1).toString();
            if (node.kind != lastKind) {
                if (!Schema::kind(node.kind))
                    return damaged(tr("unknown element kind \"%1\"").arg(node.kind));
                lastKind = node.kind;
            }
            if (query.value(2).isNull()) {
                if (!tree.rootId.isEmpty() || node.kind != Kind::Document)
                    return damaged(tr("the document has more than one root"));
                tree.rootId = node.id;
            } else {
                node.parentId = query.value(2).toString();
                node.role = query.value(3).toString();
                placements.append({node.id, node.kind, node.parentId, node.role});
            }
            const QString id = node.id;
            tree.nodes.insert(id, std::move(node));
        }
    }
    if (tree.rootId.isEmpty()) return damaged(tr("the document has no root"));
    // The rows come grouped by parent and role: look each group's parent up once.
    Node* parent = nullptr;
    const ChildSpec* child = nullptr;
    QStringList* siblings = nullptr;
    QString groupRole;
    for (const Placement& placement : placements) {
        if (!parent || parent->id != placement.parent || groupRole != placement.role) {
            groupRole = placement.role;
            auto found = tree.nodes.find(placement.parent);
            if (found == tree.nodes.end())
                return damaged(tr("element %1 has no parent").arg(placement.id));
            parent = &found.value();
            child = Schema::kind(parent->kind)->child(placement.role);
            if (!child) return damaged(tr("element %1 is out of place").arg(placement.id));
            siblings = &parent->children[placement.role];
        }
        if (child->kind != placement.kind)
            return damaged(tr("element %1 is out of place").arg(placement.id));
        if (!child->isList && !siblings->isEmpty())
            return damaged(tr("element %1 is duplicated").arg(placement.id));
        siblings->append(placement.id);
    }
    if (tree.standardId().isEmpty()) return damaged(tr("the document holds no standard"));
    // Every element must hang from the root; anything else is a cycle or debris.
    qsizetype reachable = 0;
    QStringList pending{tree.rootId};
    while (!pending.isEmpty() && reachable <= tree.nodes.size()) {
        const Node& node = tree.nodes[pending.takeLast()];
        ++reachable;
        for (const QStringList& list : node.children)
            pending << list;
    }
    if (reachable != tree.nodes.size())
        return damaged(tr("some elements are not attached to the standard"));

    QSqlQuery query(db);
    query.setForwardOnly(true);
    query.prepare(
        versionId.isEmpty()
            ? QStringLiteral("SELECT node, field, text FROM value ORDER BY node")
            : QStringLiteral("SELECT node, field, text FROM version_value WHERE version = ? "
                             "ORDER BY node"));
    if (!versionId.isEmpty()) query.addBindValue(versionId);
    if (!query.exec()) return damaged(DocumentConnection::sqlError(query.lastError()));
    Node* owner = nullptr;
    const KindSpec* ownerKind = nullptr;
    while (query.next()) {
        const QString nodeId = query.value(0).toString();
        if (!owner || owner->id != nodeId) {
            auto found = tree.nodes.find(nodeId);
            if (found == tree.nodes.end()) return damaged(tr("a value belongs to no element"));
            owner = &found.value();
            ownerKind = Schema::kind(owner->kind);
        }
        QString key = query.value(1).toString();
        if (!ownerKind->valueKeys.contains(key) && formatVersion < DocumentSchema::OneStringFormat)
            key = DocumentSchema::renamedOneStringKey(*ownerKind, key, query.value(2).toString());
        if (!ownerKind->valueKeys.contains(key))
            return damaged(
                tr("unknown field \"%1\" of %2").arg(query.value(1).toString(), owner->kind));
        owner->values.insert(key, query.value(2).toString());
    }
    return tree;
}

} // namespace kasibi
