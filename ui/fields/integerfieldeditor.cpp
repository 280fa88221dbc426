#include "ui/fields/integerfieldeditor.h"

#include "ui/shell/undoshortcutfilter.h"

#include <QDate>
#include <QEvent>
#include <QHBoxLayout>
#include <QSpinBox>

namespace kasibi {

IntegerFieldEditor::IntegerFieldEditor(EditSession* session, const QString& nodeId,
                                       const QString& field, int minimum, int maximum,
                                       QWidget* parent)
    : FieldEditor(session, nodeId, field, parent), m_spin(new QSpinBox(this)) {
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_spin);
    layout->addStretch(1);
    m_spin->setObjectName(field);
    m_spin->setRange(minimum - 1, maximum);
    m_spin->setSpecialValueText(tr("not set"));
    m_spin->setMinimumWidth(110);
    m_spin->setReadOnly(!isEditable());
    m_spin->installEventFilter(this);
    UndoShortcutFilter::install(m_spin);
    setFocusProxy(m_spin);
    refresh({});
    connect(m_spin, &QSpinBox::valueChanged, this, [this](int number) {
        commit(number < m_spin->minimum() + 1 ? QString() : QString::number(number));
    });
}

void IntegerFieldEditor::focusLanguage(const QString&) {
    m_spin->setFocus(Qt::OtherFocusReason);
}

void IntegerFieldEditor::refresh(const QString&) {
    bool ok = false;
    const int number = value().toInt(&ok);
    const QSignalBlocker blocker(m_spin);
    m_spin->setValue(ok ? number : m_spin->minimum());
}

bool IntegerFieldEditor::eventFilter(QObject* watched, QEvent* event) {
    if (event->type() == QEvent::FocusIn) beginBurst();
    return FieldEditor::eventFilter(watched, event);
}

} // namespace kasibi
