#include "ui/commands/removeelementcommand.h"

#include "core/model/labels.h"
#include "core/model/standarddocument.h"
#include "ui/commands/editsession.h"

namespace kasibi {

RemoveElementCommand::RemoveElementCommand(EditSession* session, const QString& nodeId)
    : DocumentCommand(session, {}), m_nodeId(nodeId) {
    const Node* node = session->tree().node(nodeId);
    m_parentId = node->parentId;
    m_role = node->role;
    setText(EditSession::tr("Remove %1").arg(Labels::elementName(node->kind, node->role)));
}

Status RemoveElementCommand::apply() {
    m_index = session()->tree().indexInParent(m_nodeId);
    Result<QVector<Node>> removed = document()->removeSubtree(m_nodeId);
    if (!removed) return removed.error();
    m_removed = removed.value();
    return {};
}

Status RemoveElementCommand::revert() {
    return document()->insertSubtree(m_parentId, m_role, m_index, m_removed);
}

QString RemoveElementCommand::revealNodeId() const {
    return session()->tree().node(m_nodeId) ? m_nodeId : m_parentId;
}

bool RemoveElementCommand::isPermitted() const {
    return document()->isEditable(m_parentId, m_role);
}

} // namespace kasibi
