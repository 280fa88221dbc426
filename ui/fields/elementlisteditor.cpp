#include "ui/fields/elementlisteditor.h"

#include "core/model/labels.h"
#include "core/model/schema.h"
#include "ui/commands/editsession.h"
#include "ui/shell/navigatormodel.h"

#include <QDragEnterEvent>
#include <QLabel>
#include <QMimeData>
#include <QPushButton>
#include <QStyle>
#include <QTimer>
#include <QVBoxLayout>

namespace kasibi {

ElementListEditor::ElementListEditor(EditSession* session, const QString& parentId,
                                     const QString& role, ElementRow::Mode mode, QWidget* parent)
    : QWidget(parent), m_session(session), m_parentId(parentId), m_role(role), m_mode(mode) {
    const Node* node = session->tree().node(parentId);
    const ChildSpec* child = Schema::kind(node->kind)->child(role);
    m_isList = child->isList;
    setObjectName(QStringLiteral("list-") + role);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(4);
    m_rowsLayout = new QVBoxLayout;
    m_rowsLayout->setSpacing(3);
    layout->addLayout(m_rowsLayout);
    m_empty = new QLabel(tr("None yet."), this);
    m_empty->setStyleSheet(QStringLiteral("color: palette(mid); font-style: italic;"));
    layout->addWidget(m_empty);
    const QString name = Labels::elementName(child->kind, role);
    m_add = new QPushButton(style()->standardIcon(QStyle::SP_FileDialogNewFolder),
                            Labels::sentence(tr("Add %1").arg(name)), this);
    m_add->setObjectName(QStringLiteral("add-") + role);
    m_add->setToolTip(
        Labels::sentence(m_isList ? tr("Add %1 at the end (Ctrl+Enter in a row adds one after "
                                       "it)")
                                        .arg(name)
                                  : tr("Add %1").arg(name)));
    m_add->setEnabled(session->isContentEditable());
    connect(m_add, &QPushButton::clicked, this, [this] { add(); });
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_add);
    buttons->addStretch(1);
    layout->addLayout(buttons);
    m_dropMarker = new QWidget(this);
    m_dropMarker->setFixedHeight(3);
    m_dropMarker->setStyleSheet(QStringLiteral("background: palette(highlight);"));
    m_dropMarker->hide();
    setAcceptDrops(m_isList && session->isContentEditable());
    connect(session->document(), &StandardDocument::childrenChanged, this,
            [this](const QString& changedParent, const QString& changedRole) {
                if (changedParent == m_parentId && changedRole == m_role) synchronize();
            });
    synchronize();
}

void ElementListEditor::synchronize() {
    const QStringList ids = m_session->tree().children(m_parentId, m_role);
    for (auto it = m_rows.begin(); it != m_rows.end();) {
        if (ids.contains(it.key())) {
            ++it;
            continue;
        }
        it.value()->hide();
        it.value()->deleteLater();
        it = m_rows.erase(it);
    }
    // Widgets already there move, so a row being typed in keeps its focus and cursor.
    for (int i = 0; i < ids.size(); ++i) {
        ElementRow* row = m_rows.value(ids[i]);
        if (!row) {
            row = new ElementRow(m_session, ids[i], m_mode, m_isList, this);
            connect(row, &ElementRow::moveRequested, this, &ElementListEditor::move);
            connect(row, &ElementRow::removeRequested, this, &ElementListEditor::remove);
            connect(row, &ElementRow::openRequested, this, &ElementListEditor::openRequested);
            connect(row, &ElementRow::addAfterRequested, this, [this](const QString& id) {
                if (m_isList) add(m_session->tree().indexInParent(id) + 1);
            });
            connect(row, &ElementRow::duplicateRequested, this, [this](const QString& id) {
                const QString copy = m_session->duplicateElement(id);
                if (ElementRow* copied = m_rows.value(copy)) copied->focusField({}, {});
            });
            m_rows.insert(ids[i], row);
        }
        if (m_rowsLayout->indexOf(row) != i) {
            m_rowsLayout->removeWidget(row);
            m_rowsLayout->insertWidget(i, row);
        }
        row->setNumber(i + 1, ids.size());
    }
    m_empty->setVisible(ids.isEmpty());
    m_add->setVisible(m_isList || ids.isEmpty());
}

QString ElementListEditor::add(int index) {
    const QString id = m_session->addElement(m_parentId, m_role, index);
    if (id.isEmpty()) return {};
    if (m_mode == ElementRow::Mode::Linked) {
        emit openRequested(id);
    } else if (ElementRow* row = m_rows.value(id)) {
        // A new row is filled in from its first column, as it is read.
        const QStringList written = m_session->requiredLanguages();
        QString first;
        for (const QString& language : Schema::languages())
            if (first.isEmpty() && written.contains(language)) first = language;
        row->focusField({}, first);
    }
    return id;
}

void ElementListEditor::move(const QString& nodeId, int delta) {
    const int index = m_session->tree().indexInParent(nodeId);
    if (index < 0) return;
    m_session->moveElement(nodeId, index + delta);
}

void ElementListEditor::remove(const QString& nodeId) {
    const QStringList ids = m_session->tree().children(m_parentId, m_role);
    const int index = ids.indexOf(nodeId);
    if (!m_session->removeElement(nodeId)) return;
    // The focus goes to the neighbour, so removing several in a row needs no mouse.
    const QStringList left = m_session->tree().children(m_parentId, m_role);
    if (left.isEmpty())
        m_add->setFocus(Qt::OtherFocusReason);
    else if (ElementRow* row = m_rows.value(left.value(qMin(index, int(left.size()) - 1))))
        row->focusField({}, {});
}

QString ElementListEditor::draggedId(const QMimeData* data) const {
    if (!data->hasFormat(NavigatorModel::MimeType)) return {};
    const QString id = QString::fromUtf8(data->data(NavigatorModel::MimeType));
    return m_rows.contains(id) ? id : QString();
}

int ElementListEditor::dropIndex(const QPoint& position, const QString& nodeId) const {
    const QStringList ids = m_session->tree().children(m_parentId, m_role);
    int insertAt = ids.size();
    for (int i = 0; i < ids.size(); ++i) {
        const ElementRow* row = m_rows.value(ids[i]);
        if (row && position.y() < row->geometry().center().y()) {
            insertAt = i;
            break;
        }
    }
    const int from = ids.indexOf(nodeId);
    return insertAt > from ? insertAt - 1 : insertAt;
}

void ElementListEditor::dragEnterEvent(QDragEnterEvent* event) {
    if (!draggedId(event->mimeData()).isEmpty()) event->acceptProposedAction();
}

void ElementListEditor::dragMoveEvent(QDragMoveEvent* event) {
    const QString id = draggedId(event->mimeData());
    if (id.isEmpty()) return;
    event->acceptProposedAction();
    // The marker shows the gap the row will land in.
    const QStringList ids = m_session->tree().children(m_parentId, m_role);
    int y = 0;
    const QPoint position = event->position().toPoint();
    for (const QString& rowId : ids) {
        const ElementRow* row = m_rows.value(rowId);
        if (!row) continue;
        if (position.y() < row->geometry().center().y()) {
            y = row->geometry().top() - 2;
            break;
        }
        y = row->geometry().bottom() + 1;
    }
    m_dropMarker->setGeometry(0, y, width(), 3);
    m_dropMarker->show();
    m_dropMarker->raise();
}

void ElementListEditor::dragLeaveEvent(QDragLeaveEvent*) {
    m_dropMarker->hide();
}

void ElementListEditor::dropEvent(QDropEvent* event) {
    m_dropMarker->hide();
    const QString id = draggedId(event->mimeData());
    if (id.isEmpty()) return;
    event->acceptProposedAction();
    const int index = dropIndex(event->position().toPoint(), id);
    // Moved after the drag has ended, so the row being dragged is not rebuilt under it.
    QTimer::singleShot(0, this, [this, id, index] { m_session->moveElement(id, index); });
}

} // namespace kasibi
