#include "ui/fields/booleanfieldeditor.h"

#include "ui/fields/readonlyguard.h"

#include <QCheckBox>
#include <QHBoxLayout>

namespace kasibi {

BooleanFieldEditor::BooleanFieldEditor(EditSession* session, const QString& nodeId,
                                       const QString& field, const QString& label, QWidget* parent)
    : FieldEditor(session, nodeId, field, parent), m_box(new QCheckBox(label, this)) {
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_box);
    m_box->setObjectName(field);
    ReadOnlyGuard::apply(m_box, !isEditable());
    setFocusProxy(m_box);
    refresh({});
    connect(m_box, &QCheckBox::clicked, this, [this](bool checked) {
        beginBurst();
        commit(checked ? QStringLiteral("true") : QStringLiteral("false"));
    });
}

void BooleanFieldEditor::focusLanguage(const QString&) {
    m_box->setFocus(Qt::OtherFocusReason);
}

void BooleanFieldEditor::refresh(const QString&) {
    const QSignalBlocker blocker(m_box);
    m_box->setChecked(value() == QLatin1String("true"));
}

} // namespace kasibi
