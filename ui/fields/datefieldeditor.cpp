#include "ui/fields/datefieldeditor.h"

#include "ui/shell/undoshortcutfilter.h"

#include <QCalendarWidget>
#include <QDateEdit>
#include <QEvent>
#include <QHBoxLayout>
#include <QStyle>
#include <QToolButton>

namespace kasibi {

namespace {

// QDateEdit always holds a date; its minimum, shown as the special text, stands for "not set".
const QDate kNotSet(1900, 1, 1);

} // namespace

DateFieldEditor::DateFieldEditor(EditSession* session, const QString& nodeId, const QString& field,
                                 QWidget* parent)
    : FieldEditor(session, nodeId, field, parent), m_edit(new QDateEdit(this)),
      m_clear(new QToolButton(this)) {
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_edit);
    layout->addWidget(m_clear);
    layout->addStretch(1);
    m_edit->setObjectName(field);
    m_edit->setCalendarPopup(true);
    m_edit->setDisplayFormat(QStringLiteral("dd.MM.yyyy"));
    m_edit->setMinimumDate(kNotSet);
    m_edit->setSpecialValueText(tr("not set"));
    m_edit->setMinimumWidth(130);
    m_edit->setReadOnly(!isEditable());
    m_edit->calendarWidget()->installEventFilter(this);
    m_edit->installEventFilter(this);
    UndoShortcutFilter::install(m_edit);
    m_clear->setIcon(style()->standardIcon(QStyle::SP_LineEditClearButton));
    m_clear->setToolTip(tr("Clear the date"));
    m_clear->setAutoRaise(true);
    m_clear->setEnabled(isEditable());
    setFocusProxy(m_edit);
    refresh({});
    connect(m_edit, &QDateEdit::dateChanged, this, [this](const QDate& date) {
        commitValue(date == kNotSet ? std::nullopt
                                    : std::optional<QString>(date.toString(Qt::ISODate)));
        m_clear->setVisible(date != kNotSet);
    });
    connect(m_clear, &QToolButton::clicked, this, [this] {
        beginBurst();
        m_edit->setDate(kNotSet);
    });
}

void DateFieldEditor::focusLanguage(const QString&) {
    m_edit->setFocus(Qt::OtherFocusReason);
}

void DateFieldEditor::refresh(const QString&) {
    const QDate date = QDate::fromString(value(), Qt::ISODate);
    const QSignalBlocker blocker(m_edit);
    m_edit->setDate(date.isValid() ? date : kNotSet);
    m_clear->setVisible(date.isValid());
}

bool DateFieldEditor::eventFilter(QObject* watched, QEvent* event) {
    if (watched == m_edit && event->type() == QEvent::FocusIn) beginBurst();
    // A calendar opened on an empty date shows this month, not January 1900.
    if (watched == m_edit->calendarWidget() && event->type() == QEvent::Show &&
        m_edit->date() == kNotSet)
        m_edit->calendarWidget()->setCurrentPage(QDate::currentDate().year(),
                                                 QDate::currentDate().month());
    return FieldEditor::eventFilter(watched, event);
}

} // namespace kasibi
