#include "ui/commands/insertelementcommand.h"

#include "core/model/standarddocument.h"
#include "ui/commands/editsession.h"

namespace kasibi {

InsertElementCommand::InsertElementCommand(EditSession* session, const QString& parentId,
                                           const QString& role, int index,
                                           const QVector<Node>& subtree, const QString& text)
    : DocumentCommand(session, text), m_parentId(parentId), m_role(role), m_index(index),
      m_subtree(subtree) {}

Status InsertElementCommand::apply() {
    return document()->insertSubtree(m_parentId, m_role, m_index, m_subtree);
}

Status InsertElementCommand::revert() {
    Result<QVector<Node>> removed = document()->removeSubtree(elementId());
    if (!removed) return removed.error();
    // Keep what it held by then, so redo brings back the same element with the same content.
    m_subtree = removed.value();
    return {};
}

QString InsertElementCommand::revealNodeId() const {
    return session()->tree().node(elementId()) ? elementId() : m_parentId;
}

bool InsertElementCommand::isPermitted() const {
    return document()->isEditable(m_parentId, m_role);
}

} // namespace kasibi
