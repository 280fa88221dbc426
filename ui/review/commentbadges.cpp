#include "ui/review/commentbadges.h"

#include "core/model/schema.h"
#include "core/review/commentthreads.h"
#include "ui/commands/editsession.h"
#include "ui/fields/elementlisteditor.h"
#include "ui/fields/fieldeditor.h"

#include <QEvent>
#include <QPainter>
#include <QPainterPath>
#include <QToolButton>

namespace kasibi {

namespace {

const char* kBadgeName = "commentBadge";

} // namespace

CommentBadges::CommentBadges(EditSession* session, QWidget* form)
    : QObject(form), m_session(session), m_form(form) {
    refresh();
}

QIcon CommentBadges::icon() {
    QPixmap pixmap(32, 32);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    QPainterPath balloon;
    balloon.addRoundedRect(QRectF(2, 3, 28, 19), 6, 6);
    QPolygonF tail;
    tail << QPointF(8, 20) << QPointF(7, 29) << QPointF(16, 21);
    balloon.addPolygon(tail);
    painter.setPen(QPen(QColor(0xb3, 0x6b, 0x00), 2));
    painter.setBrush(QColor(0xff, 0xc1, 0x07));
    painter.drawPath(balloon.simplified());
    painter.setPen(QPen(QColor(0x66, 0x4d, 0x03), 2));
    for (int y : {10, 15})
        painter.drawLine(QPointF(8, y), QPointF(24, y));
    return QIcon(pixmap);
}

QVector<CommentBadges::Target> CommentBadges::targets() const {
    QVector<Target> targets;
    for (FieldEditor* editor : m_form->findChildren<FieldEditor*>())
        targets << Target{editor, editor->nodeId(), editor->field()};
    // A comment on a list (the knowledge of a skill) is marked at the list.
    for (ElementListEditor* list : m_form->findChildren<ElementListEditor*>())
        targets << Target{list, list->parentId(), list->role()};
    return targets;
}

QToolButton* CommentBadges::badge(const QString& elementId, const QString& field) const {
    for (const Target& target : targets())
        if (target.elementId == elementId && target.field == field)
            return target.widget->findChild<QToolButton*>(QLatin1String(kBadgeName),
                                                          Qt::FindDirectChildrenOnly);
    return nullptr;
}

void CommentBadges::refresh() {
    if (!m_session) return;
    const CommentThreads threads(m_session->tree());
    for (const Target& target : targets()) {
        QWidget* editor = target.widget;
        const int count = threads.openCount(target.elementId, target.field);
        auto* badge =
            editor->findChild<QToolButton*>(QLatin1String(kBadgeName), Qt::FindDirectChildrenOnly);
        if (count == 0) {
            delete badge;
            continue;
        }
        if (!badge) {
            badge = new QToolButton(editor);
            badge->setObjectName(QLatin1String(kBadgeName));
            badge->setIcon(icon());
            badge->setIconSize(QSize(14, 14));
            badge->setAutoRaise(true);
            badge->setFocusPolicy(Qt::NoFocus);
            badge->setCursor(Qt::PointingHandCursor);
            badge->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
            badge->setStyleSheet(QStringLiteral(
                "QToolButton { background: #fff3cd; border: 1px solid #e0c060; border-radius: 3px;"
                " padding: 0 2px; font-size: small; color: #664d03; }"));
            connect(
                badge, &QToolButton::clicked, this,
                [this, id = target.elementId, field = target.field] { emit clicked(id, field); });
            editor->installEventFilter(this);
        }
        badge->setText(QString::number(count));
        badge->setToolTip(tr("%n open comment(s): click to read", nullptr, count));
        badge->adjustSize();
        badge->show();
        badge->raise();
        place(editor);
    }
}

void CommentBadges::place(QWidget* editor) {
    auto* badge =
        editor->findChild<QToolButton*>(QLatin1String(kBadgeName), Qt::FindDirectChildrenOnly);
    if (!badge) return;
    // A list's top right corner holds its first item's buttons; its foot, right of the Add
    // button, is free.
    const int y = qobject_cast<ElementListEditor*>(editor) ? editor->height() - badge->height() : 0;
    badge->move(qMax(0, editor->width() - badge->width()), qMax(0, y));
}

bool CommentBadges::eventFilter(QObject* watched, QEvent* event) {
    if (event->type() == QEvent::Resize) place(static_cast<QWidget*>(watched));
    return QObject::eventFilter(watched, event);
}

} // namespace kasibi
