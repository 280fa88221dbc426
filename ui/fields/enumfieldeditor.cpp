#include "ui/fields/enumfieldeditor.h"

#include "ui/fields/indenteditemdelegate.h"
#include "ui/fields/readonlyguard.h"

#include <algorithm>
#include <QAbstractItemView>
#include <QComboBox>
#include <QHBoxLayout>

namespace kasibi {

EnumFieldEditor::EnumFieldEditor(EditSession* session, const QString& nodeId, const QString& field,
                                 const QVector<Choice>& choices, bool required, QWidget* parent)
    : FieldEditor(session, nodeId, field, parent), m_combo(new QComboBox(this)) {
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_combo);
    layout->addStretch(1);
    m_combo->setObjectName(field);
    if (!required) m_combo->addItem(tr("not set"), QString());
    for (const Choice& choice : choices) {
        m_combo->addItem(choice.label, choice.value);
        m_combo->setItemData(m_combo->count() - 1, choice.depth, IndentedItemDelegate::DepthRole);
    }
    if (std::any_of(choices.begin(), choices.end(), [](const Choice& c) { return c.depth > 0; }))
        m_combo->setItemDelegate(new IndentedItemDelegate(m_combo));
    // The levels with their sublevels are 40: more of them at a glance, but no taller than a small
    // screen. Styles that open the list over the box (Fusion) ignore the row limit unless the
    // list is asked for as a plain drop-down.
    m_combo->setMaxVisibleItems(20);
    m_combo->setStyleSheet(QStringLiteral("QComboBox { combobox-popup: 0; }"));
    // The list was made for the style's own popup, which scrolls without a bar.
    m_combo->view()->setVerticalScrollBarPolicy(Qt::ScrollBarAsNeeded);
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
    const QString current = value();
    int index = m_combo->findData(current);
    if (index < 0 && !current.isEmpty()) {
        // A value from elsewhere that the list does not offer (a level 3.7) is kept as it is.
        m_combo->addItem(current, current);
        index = m_combo->count() - 1;
    }
    const QSignalBlocker blocker(m_combo);
    m_combo->setCurrentIndex(qMax(0, index));
}

} // namespace kasibi
