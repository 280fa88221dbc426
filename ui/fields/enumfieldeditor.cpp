#include "ui/fields/enumfieldeditor.h"

#include "ui/fields/readonlyguard.h"

#include "core/model/labels.h"

#include <QComboBox>
#include <QHBoxLayout>

namespace kasibi {

EnumFieldEditor::EnumFieldEditor(EditSession* session, const QString& nodeId, const QString& field,
                                 const QStringList& values, bool required, QWidget* parent)
    : FieldEditor(session, nodeId, field, parent), m_combo(new QComboBox(this)) {
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_combo);
    layout->addStretch(1);
    m_combo->setObjectName(field);
    if (!required) m_combo->addItem(tr("not set"), QString());
    for (const QString& item : values)
        m_combo->addItem(Labels::enumValue(field, item), item);
    ReadOnlyGuard::apply(m_combo, !isEditable());
    setFocusProxy(m_combo);
    refresh({});
    connect(m_combo, &QComboBox::activated, this, [this](int index) {
        beginBurst();
        commit(m_combo->itemData(index).toString());
    });
}

void EnumFieldEditor::focusLanguage(const QString&) {
    m_combo->setFocus(Qt::OtherFocusReason);
}

void EnumFieldEditor::refresh(const QString&) {
    const QSignalBlocker blocker(m_combo);
    m_combo->setCurrentIndex(qMax(0, m_combo->findData(value())));
}

} // namespace kasibi
