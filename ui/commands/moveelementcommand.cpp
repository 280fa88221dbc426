#include "ui/commands/moveelementcommand.h"

#include "core/model/labels.h"
#include "core/model/standarddocument.h"
#include "ui/commands/editsession.h"

namespace kasibi {

MoveElementCommand::MoveElementCommand(EditSession* session, const QString& nodeId, int newIndex)
    : DocumentCommand(session, {}), m_nodeId(nodeId), m_from(session->tree().indexInParent(nodeId)),
      m_to(newIndex) {
    const Node* node = session->tree().node(nodeId);
    setText(EditSession::tr("Move %1").arg(Labels::elementName(node->kind, node->role)));
}

Status MoveElementCommand::apply() {
    return document()->moveChild(m_nodeId, m_to);
}

Status MoveElementCommand::revert() {
    return document()->moveChild(m_nodeId, m_from);
}

} // namespace kasibi
