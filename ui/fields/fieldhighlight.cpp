#include "ui/fields/fieldhighlight.h"

#include <QEvent>
#include <QPainter>
#include <QTimer>

namespace kasibi {

namespace {

QPointer<FieldHighlight> g_current;

} // namespace

FieldHighlight* FieldHighlight::flash(QWidget* target) {
    if (!target) return nullptr;
    delete g_current.data();
    g_current = new FieldHighlight(target);
    return g_current;
}

FieldHighlight::FieldHighlight(QWidget* target)
    : QWidget(target->parentWidget() ? target->parentWidget() : target), m_target(target) {
    setObjectName(QStringLiteral("fieldHighlight"));
    setAttribute(Qt::WA_TransparentForMouseEvents);
    setFocusPolicy(Qt::NoFocus);
    target->installEventFilter(this);
    follow();
    show();
    raise();
    QTimer::singleShot(Milliseconds, this, &QObject::deleteLater);
}

void FieldHighlight::follow() {
    if (!m_target) return;
    // Over the target, a little larger, in its parent's coordinates.
    const QRect area = parentWidget() == m_target
                           ? m_target->rect()
                           : QRect(m_target->mapTo(parentWidget(), QPoint(0, 0)), m_target->size());
    setGeometry(area.adjusted(-3, -3, 3, 3));
}

bool FieldHighlight::eventFilter(QObject* watched, QEvent* event) {
    if (watched == m_target && (event->type() == QEvent::Move || event->type() == QEvent::Resize))
        follow();
    return QWidget::eventFilter(watched, event);
}

void FieldHighlight::paintEvent(QPaintEvent*) {
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    QColor color = palette().color(QPalette::Highlight);
    painter.setPen(QPen(color, 3));
    color.setAlpha(40);
    painter.setBrush(color);
    painter.drawRoundedRect(QRectF(rect()).adjusted(1.5, 1.5, -1.5, -1.5), 4, 4);
}

} // namespace kasibi
