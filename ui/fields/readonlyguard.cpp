#include "ui/fields/readonlyguard.h"

#include <QEvent>
#include <QKeyEvent>
#include <QWidget>

namespace kasibi {

namespace {

const char* const kGuardName = "readOnlyGuard";

} // namespace

void ReadOnlyGuard::apply(QWidget* widget, bool readOnly) {
    auto* guard =
        widget->findChild<ReadOnlyGuard*>(QLatin1String(kGuardName), Qt::FindDirectChildrenOnly);
    if (readOnly && !guard) {
        guard = new ReadOnlyGuard(widget);
        guard->setObjectName(QLatin1String(kGuardName));
        widget->installEventFilter(guard);
    } else if (!readOnly && guard) {
        delete guard;
    }
    widget->setEnabled(true);
}

bool ReadOnlyGuard::isReadOnly(const QWidget* widget) {
    return widget->findChild<ReadOnlyGuard*>(QLatin1String(kGuardName),
                                             Qt::FindDirectChildrenOnly) != nullptr;
}

bool ReadOnlyGuard::eventFilter(QObject*, QEvent* event) {
    switch (event->type()) {
    case QEvent::MouseButtonPress:
    case QEvent::MouseButtonRelease:
    case QEvent::MouseButtonDblClick:
    case QEvent::Wheel:
        // The focus is given before the widget sees the press, and the context menu after it.
        return true;
    case QEvent::KeyPress:
    case QEvent::KeyRelease: {
        const int key = static_cast<QKeyEvent*>(event)->key();
        // Moving on and asking for the menu stay; everything that would change the value goes.
        return key != Qt::Key_Tab && key != Qt::Key_Backtab && key != Qt::Key_Menu &&
               key != Qt::Key_F10 && key != Qt::Key_Escape;
    }
    default:
        return false;
    }
}

} // namespace kasibi
