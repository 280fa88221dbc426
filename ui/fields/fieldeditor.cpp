#include "ui/fields/fieldeditor.h"

#include "ui/commands/editsession.h"

namespace kasibi {

FieldEditor::FieldEditor(EditSession* session, const QString& nodeId, const QString& field,
                         QWidget* parent)
    : QWidget(parent), m_session(session), m_nodeId(nodeId), m_field(field) {
    connect(session->document(), &StandardDocument::valueChanged, this,
            [this](const QString& id, const QString& changedField, const QString& language) {
                if (id == m_nodeId && changedField == m_field) refresh(language);
            });
}

QString FieldEditor::value(const QString& language) const {
    return m_session->tree().value(m_nodeId, m_field, language);
}

bool FieldEditor::isEditable() const {
    return m_session->document()->isEditable(m_nodeId, m_field);
}

void FieldEditor::commit(const QString& text, const QString& language) {
    commitValue(text.isEmpty() ? std::nullopt : std::optional<QString>(text), language);
}

void FieldEditor::commitValue(const std::optional<QString>& value, const QString& language) {
    if (m_burst == 0) m_burst = m_session->newBurst();
    if (!m_session->setValue(m_nodeId, m_field, language, value, m_burst)) refresh(language);
}

} // namespace kasibi
