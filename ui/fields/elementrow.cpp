#include "ui/fields/elementrow.h"

#include "core/model/labels.h"
#include "core/model/schema.h"
#include "ui/classifier/classifierlookup.h"
#include "ui/commands/editsession.h"
#include "ui/fields/fieldeditor.h"
#include "ui/fields/fieldeditors.h"
#include "ui/fields/localizedtexteditor.h"
#include "ui/shell/navigatormodel.h"

#include <QApplication>
#include <QDrag>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QMimeData>
#include <QMouseEvent>
#include <QPushButton>
#include <QStyle>
#include <QToolButton>

namespace kasibi {

namespace {

enum class RowKey { None, MoveUp, MoveDown, Remove, AddAfter, Duplicate };

// enterAddsNext: a row of a list of texts, where Enter ends the item and starts the next one, as
// in a word processor's list (Shift+Enter still breaks the line).
RowKey rowKey(const QKeyEvent* event, bool enterAddsNext) {
    const Qt::KeyboardModifiers modifiers = event->modifiers() & ~Qt::KeypadModifier;
    const bool enter = event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter;
    if (enterAddsNext && enter && modifiers == Qt::NoModifier) return RowKey::AddAfter;
    if (modifiers == (Qt::ControlModifier | Qt::ShiftModifier)) {
        if (event->key() == Qt::Key_Up) return RowKey::MoveUp;
        if (event->key() == Qt::Key_Down) return RowKey::MoveDown;
        if (event->key() == Qt::Key_Delete) return RowKey::Remove;
    }
    if (modifiers == Qt::ControlModifier && enter) return RowKey::AddAfter;
    if (modifiers == Qt::ControlModifier && event->key() == Qt::Key_D) return RowKey::Duplicate;
    return RowKey::None;
}

QToolButton* toolButton(QWidget* parent, const QIcon& icon, const QString& tip) {
    auto* button = new QToolButton(parent);
    button->setIcon(icon);
    button->setToolTip(tip);
    button->setAutoRaise(true);
    button->setFocusPolicy(Qt::NoFocus);
    return button;
}

} // namespace

ElementRow::ElementRow(EditSession* session, const QString& nodeId, Mode mode, bool movable,
                       QWidget* parent)
    : QFrame(parent), m_session(session), m_nodeId(nodeId), m_mode(mode) {
    setFrameShape(QFrame::StyledPanel);
    setObjectName(QStringLiteral("row-") + nodeId);
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->setSpacing(6);
    const bool editable = session->isContentEditable();
    if (movable) {
        m_handle = new QLabel(QStringLiteral("⠿"), this);
        m_handle->setToolTip(tr("Drag to reorder (or Ctrl+Shift+Up / Ctrl+Shift+Down)"));
        m_handle->setCursor(editable ? Qt::OpenHandCursor : Qt::ArrowCursor);
        m_handle->installEventFilter(this);
        layout->addWidget(m_handle, 0, Qt::AlignTop);
    }
    m_number = new QLabel(this);
    m_number->setMinimumWidth(22);
    layout->addWidget(m_number, 0, Qt::AlignTop);
    if (mode == Mode::Inline)
        buildInline();
    else
        buildLinked();
    layout->addWidget(m_content, 1);

    const Node* node = session->tree().node(nodeId);
    const QString name = Labels::elementName(node->kind, node->role);
    if (movable) {
        m_up = toolButton(this, style()->standardIcon(QStyle::SP_ArrowUp),
                          tr("Move up (Ctrl+Shift+Up)"));
        m_down = toolButton(this, style()->standardIcon(QStyle::SP_ArrowDown),
                            tr("Move down (Ctrl+Shift+Down)"));
        connect(m_up, &QToolButton::clicked, this, [this] { emit moveRequested(m_nodeId, -1); });
        connect(m_down, &QToolButton::clicked, this, [this] { emit moveRequested(m_nodeId, 1); });
        layout->addWidget(m_up, 0, Qt::AlignTop);
        layout->addWidget(m_down, 0, Qt::AlignTop);
        m_up->setEnabled(editable);
        m_down->setEnabled(editable);
    }
    if (mode == Mode::Linked) {
        auto* duplicate = toolButton(this, duplicateIcon(),
                                     Labels::sentence(tr("Duplicate the %1 (Ctrl+D)").arg(name)));
        duplicate->setEnabled(editable);
        connect(duplicate, &QToolButton::clicked, this,
                [this] { emit duplicateRequested(m_nodeId); });
        layout->addWidget(duplicate, 0, Qt::AlignTop);
    }
    auto* remove = toolButton(this, style()->standardIcon(QStyle::SP_DialogDiscardButton),
                              Labels::sentence(tr("Remove the %1 (Ctrl+Shift+Delete)").arg(name)));
    remove->setObjectName(QStringLiteral("remove"));
    remove->setEnabled(editable);
    connect(remove, &QToolButton::clicked, this, [this] { emit removeRequested(m_nodeId); });
    layout->addWidget(remove, 0, Qt::AlignTop);
    watchKeys(this);
}

QIcon ElementRow::duplicateIcon() {
    return QIcon(QStringLiteral(":/icons/duplicate.png"));
}

void ElementRow::buildInline() {
    m_content = new QWidget(this);
    const Node* node = m_session->tree().node(m_nodeId);
    const KindSpec* spec = Schema::kind(node->kind);
    if (spec->isTextItem) {
        m_enterAddsNext = m_handle != nullptr; // a list's item, not a single text
        auto* layout = new QHBoxLayout(m_content);
        layout->setContentsMargins(0, 0, 0, 0);
        layout->addWidget(
            FieldEditors::create(m_session, m_nodeId, node->kind, spec->fields.first(), m_content));
        return;
    }
    // A small element: its fields in a grid, a label before each.
    auto* grid = new QGridLayout(m_content);
    grid->setContentsMargins(0, 0, 0, 0);
    grid->setHorizontalSpacing(8);
    grid->setVerticalSpacing(3);
    grid->setColumnStretch(1, 1);
    int row = 0;
    for (const FieldSpec& field : spec->fields) {
        FieldEditor* editor =
            FieldEditors::create(m_session, m_nodeId, node->kind, field, m_content);
        if (!FieldEditors::labelsItself(field)) {
            auto* label = new QLabel(Labels::field(node->kind, field.name), m_content);
            label->setBuddy(editor);
            grid->addWidget(label, row, 0, Qt::AlignTop | Qt::AlignLeft);
        }
        grid->addWidget(editor, row, 1);
        ++row;
    }
    // A related profession is an NKZ occupation: looked up like the card's own.
    if (spec->field(Field::NkzOccupationCode))
        grid->addWidget(new ClassifierLookup(m_session, m_nodeId, Classifier::Nkz, m_content), row,
                        1);
}

void ElementRow::buildLinked() {
    m_content = new QWidget(this);
    auto* layout = new QHBoxLayout(m_content);
    layout->setContentsMargins(0, 0, 0, 0);
    m_open = new QPushButton(m_content);
    // A long name is cut short with "…" rather than widening the whole form.
    m_open->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Fixed);
    m_open->installEventFilter(this);
    m_open->setFlat(true);
    m_open->setCursor(Qt::PointingHandCursor);
    m_open->setStyleSheet(QStringLiteral("text-align: left; padding: 2px 4px;"));
    connect(m_open, &QPushButton::clicked, this, [this] { emit openRequested(m_nodeId); });
    m_detail = new QLabel(m_content);
    m_detail->setStyleSheet(QStringLiteral("color: palette(mid);"));
    layout->addWidget(m_open, 1);
    layout->addWidget(m_detail);
    connect(m_session->document(), &StandardDocument::valueChanged, this,
            [this](const QString& id) {
                if (id == m_nodeId) refreshLinked();
            });
    refreshLinked();
}

void ElementRow::refreshLinked() {
    const Node* node = m_session->tree().node(m_nodeId);
    if (!node) return;
    const QString name = m_session->displayName(m_nodeId);
    QString text = name.isEmpty() ? tr("(no name yet)") : name;
    m_openText = text;
    m_open->setToolTip(tr("Open (Enter)") + QStringLiteral("\n") + text);
    elideOpenText();
    QStringList details;
    if (node->kind == Kind::ProfessionCard && node->values.contains(Field::OrkLevel))
        details << tr("ORK %1").arg(node->values.value(Field::OrkLevel));
    if (node->kind == Kind::LaborFunction || node->kind == Kind::ExtraSection)
        details << Labels::enumValue(Field::Kind, node->values.value(Field::Kind));
    if (node->kind == Kind::LaborFunction)
        details << tr("%n skill(s)", nullptr, int(node->children.value(Role::Skills).size()));
    if (node->kind == Kind::ProfessionCard)
        details << tr("%n function(s)", nullptr,
                      int(node->children.value(Role::LaborFunctions).size()));
    m_detail->setText(details.join(QStringLiteral(" · ")));
}

void ElementRow::setNumber(int number, int count) {
    m_number->setText(QString::number(number) + QLatin1Char('.'));
    if (m_up) m_up->setEnabled(m_session->isContentEditable() && number > 1);
    if (m_down) m_down->setEnabled(m_session->isContentEditable() && number < count);
    if (m_mode == Mode::Linked) refreshLinked();
}

void ElementRow::focusField(const QString& field, const QString& language) {
    for (FieldEditor* editor : findChildren<FieldEditor*>())
        if (editor->nodeId() == m_nodeId && (field.isEmpty() || editor->field() == field)) {
            editor->focusLanguage(language);
            return;
        }
    if (m_open)
        m_open->setFocus(Qt::OtherFocusReason);
    else if (QWidget* first = m_content->nextInFocusChain())
        first->setFocus(Qt::OtherFocusReason);
}

void ElementRow::watchKeys(QWidget* widget) {
    for (QWidget* child : widget->findChildren<QWidget*>())
        if (child->focusPolicy() != Qt::NoFocus) child->installEventFilter(this);
}

void ElementRow::elideOpenText() {
    // Less the button's own padding (the style sheet's 4 px a side and a frame's worth).
    const int available = qMax(0, m_open->width() - 16);
    QString shown = m_open->fontMetrics().elidedText(m_openText, Qt::ElideRight, available);
    m_open->setText(shown.replace(QLatin1Char('&'), QStringLiteral("&&")));
}

bool ElementRow::eventFilter(QObject* watched, QEvent* event) {
    if (watched == m_open && event->type() == QEvent::Resize) elideOpenText();
    if (!m_session) return QFrame::eventFilter(watched, event);
    if (event->type() == QEvent::ShortcutOverride || event->type() == QEvent::KeyPress) {
        auto* key = static_cast<QKeyEvent*>(event);
        const RowKey action = rowKey(key, m_enterAddsNext);
        if (action != RowKey::None && m_session->isContentEditable()) {
            // The row's own keys win over the window's shortcuts while the row has the focus.
            if (event->type() == QEvent::ShortcutOverride) {
                event->accept();
                return true;
            }
            switch (action) {
            case RowKey::MoveUp:
                emit moveRequested(m_nodeId, -1);
                break;
            case RowKey::MoveDown:
                emit moveRequested(m_nodeId, 1);
                break;
            case RowKey::Remove:
                emit removeRequested(m_nodeId);
                break;
            case RowKey::AddAfter:
                emit addAfterRequested(m_nodeId);
                break;
            case RowKey::Duplicate:
                emit duplicateRequested(m_nodeId);
                break;
            case RowKey::None:
                break;
            }
            return true;
        }
        if (m_open && watched == m_open && event->type() == QEvent::KeyPress &&
            (key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter)) {
            emit openRequested(m_nodeId);
            return true;
        }
    }
    if (watched == m_handle && m_session->isContentEditable()) {
        if (event->type() == QEvent::MouseButtonPress) {
            m_pressPosition = static_cast<QMouseEvent*>(event)->position().toPoint();
            return true;
        }
        if (event->type() == QEvent::MouseMove) {
            auto* mouse = static_cast<QMouseEvent*>(event);
            if (!(mouse->buttons() & Qt::LeftButton) ||
                (mouse->position().toPoint() - m_pressPosition).manhattanLength() <
                    QApplication::startDragDistance())
                return true;
            auto* drag = new QDrag(this);
            auto* data = new QMimeData;
            data->setData(NavigatorModel::MimeType, m_nodeId.toUtf8());
            drag->setMimeData(data);
            drag->setPixmap(grab().scaledToWidth(qMin(width(), 400), Qt::SmoothTransformation));
            drag->exec(Qt::MoveAction);
            return true;
        }
    }
    return QFrame::eventFilter(watched, event);
}

} // namespace kasibi
