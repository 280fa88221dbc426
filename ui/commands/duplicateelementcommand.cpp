#include "ui/commands/duplicateelementcommand.h"

#include "core/model/labels.h"
#include "core/model/standarddocument.h"
#include "ui/commands/editsession.h"

namespace kasibi {

DuplicateElementCommand::DuplicateElementCommand(EditSession* session, const QString& nodeId)
    : DocumentCommand(session, {}) {
    const DocumentTree& tree = session->tree();
    const Node* node = tree.node(nodeId);
    m_parentId = node->parentId;
    m_role = node->role;
    m_index = tree.indexInParent(nodeId) + 1;
    m_copy = DocumentTree::withNewIds(tree.subtree(nodeId));
    setText(EditSession::tr("Duplicate %1").arg(Labels::elementName(node->kind, node->role)));
}

Status DuplicateElementCommand::apply() {
    return document()->insertSubtree(m_parentId, m_role, m_index, m_copy);
}

Status DuplicateElementCommand::revert() {
    Result<QVector<Node>> removed = document()->removeSubtree(copyId());
    if (!removed) return removed.error();
    m_copy = removed.value();
    return {};
}

QString DuplicateElementCommand::revealNodeId() const {
    return session()->tree().node(copyId()) ? copyId() : m_parentId;
}

} // namespace kasibi
