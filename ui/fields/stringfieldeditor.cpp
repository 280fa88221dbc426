#include "ui/fields/stringfieldeditor.h"

#include "ui/shell/undoshortcutfilter.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLineEdit>

namespace kasibi {

StringFieldEditor::StringFieldEditor(EditSession* session, const QString& nodeId,
                                     const QString& field, QWidget* parent)
    : FieldEditor(session, nodeId, field, parent), m_edit(new QLineEdit(this)) {
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_edit);
    m_edit->setObjectName(field);
    m_edit->setText(value());
    m_edit->setCursorPosition(0);
    m_edit->setReadOnly(!isEditable());
    m_edit->installEventFilter(this);
    UndoShortcutFilter::install(m_edit);
    setFocusProxy(m_edit);
    connect(m_edit, &QLineEdit::textEdited, this, [this](const QString& text) { commit(text); });
}

void StringFieldEditor::focusLanguage(const QString&) {
    m_edit->setFocus(Qt::OtherFocusReason);
}

void StringFieldEditor::refresh(const QString&) {
    const QString text = value();
    if (m_edit->text() == text) return;
    const int position = m_edit->cursorPosition();
    m_edit->setText(text);
    m_edit->setCursorPosition(qMin(position, int(text.size())));
}

bool StringFieldEditor::eventFilter(QObject* watched, QEvent* event) {
    if (event->type() == QEvent::FocusIn) beginBurst();
    return FieldEditor::eventFilter(watched, event);
}

} // namespace kasibi
