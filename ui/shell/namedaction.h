#pragma once

#include <QAction>
#include <QKeySequence>
#include <QString>

namespace kasibi {

// An action known by its name: the menus, the toolbar and the tests look actions up by it.
template <typename Receiver, typename Slot>
QAction* namedAction(QObject* owner, const QString& name, const QString& text,
                     const QKeySequence& key, Receiver* receiver, Slot slot) {
    auto* action = new QAction(text, owner);
    action->setObjectName(name);
    if (!key.isEmpty()) action->setShortcut(key);
    QObject::connect(action, &QAction::triggered, receiver, slot);
    return action;
}

} // namespace kasibi
