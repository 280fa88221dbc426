#include "ui/commands/setvaluecommand.h"

#include "core/model/labels.h"
#include "core/model/schema.h"
#include "core/model/standarddocument.h"
#include "ui/commands/editsession.h"

namespace kasibi {

namespace {

QString commandText(EditSession* session, const QString& nodeId, const QString& field) {
    const Node* node = session->tree().node(nodeId);
    if (!node) return {};
    const QString label = node->kind == Kind::TextItem
                              ? Labels::elementName(node->kind, node->role)
                              : Labels::sentenceFragment(Labels::field(node->kind, field));
    return EditSession::tr("Edit %1").arg(label);
}

} // namespace

SetValueCommand::SetValueCommand(EditSession* session, const QString& nodeId, const QString& field,
                                 const QString& language, const std::optional<QString>& before,
                                 const std::optional<QString>& after, int burst)
    : DocumentCommand(session, commandText(session, nodeId, field)), m_nodeId(nodeId),
      m_field(field), m_language(language), m_before(before), m_after(after), m_burst(burst) {}

bool SetValueCommand::mergeWith(const QUndoCommand* other) {
    const auto* next = static_cast<const SetValueCommand*>(other);
    if (m_burst == 0 || next->m_burst != m_burst || next->m_nodeId != m_nodeId ||
        next->m_field != m_field || next->m_language != m_language)
        return false;
    m_after = next->m_after;
    // Typed and then erased back to where it was: nothing to undo.
    if (m_after == m_before) setObsolete(true);
    return true;
}

Status SetValueCommand::apply() {
    return document()->setValue(m_nodeId, m_field, m_language, m_after);
}

Status SetValueCommand::revert() {
    return document()->setValue(m_nodeId, m_field, m_language, m_before);
}

bool SetValueCommand::isPermitted() const {
    return document()->isEditable(m_nodeId, m_field);
}

} // namespace kasibi
