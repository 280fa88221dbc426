#include "ui/fields/levelfieldeditor.h"

#include "ui/fields/readonlyguard.h"

#include <QComboBox>
#include <QHBoxLayout>

namespace kasibi {

LevelFieldEditor::LevelFieldEditor(EditSession* session, const QString& nodeId,
                                   const QString& field, QWidget* parent)
    : FieldEditor(session, nodeId, field, parent), m_combo(new QComboBox(this)) {
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_combo);
    layout->addStretch(1);
    m_combo->setObjectName(field);
    m_combo->addItem(tr("not set"), QString());
    for (int level = 1; level <= 8; ++level) {
        m_combo->addItem(QString::number(level), QString::number(level));
        for (int sublevel = 1; sublevel <= 4; ++sublevel) {
            const QString text = QStringLiteral("%1.%2").arg(level).arg(sublevel);
            m_combo->addItem(QStringLiteral("   ") + text, text);
        }
    }
    m_combo->setMaxVisibleItems(20);
    ReadOnlyGuard::apply(m_combo, !isEditable());
    setFocusProxy(m_combo);
    refresh({});
    connect(m_combo, &QComboBox::activated, this, [this](int index) {
        beginBurst();
        commit(m_combo->itemData(index).toString());
    });
}

void LevelFieldEditor::focusLanguage(const QString&) {
    m_combo->setFocus(Qt::OtherFocusReason);
}

void LevelFieldEditor::refresh(const QString&) {
    const QString level = value();
    int index = m_combo->findData(level);
    if (index < 0) {
        // A level from elsewhere that the list does not offer (say 3.7) is kept as it is.
        m_combo->addItem(level, level);
        index = m_combo->count() - 1;
    }
    const QSignalBlocker blocker(m_combo);
    m_combo->setCurrentIndex(index);
}

} // namespace kasibi
