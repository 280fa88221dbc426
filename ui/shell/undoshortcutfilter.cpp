#include "ui/shell/undoshortcutfilter.h"

#include <QCoreApplication>
#include <QKeyEvent>
#include <QWidget>

namespace kasibi {

UndoShortcutFilter* UndoShortcutFilter::instance() {
    static auto* filter = new UndoShortcutFilter(QCoreApplication::instance());
    return filter;
}

void UndoShortcutFilter::install(QWidget* editor) {
    editor->installEventFilter(instance());
}

bool UndoShortcutFilter::eventFilter(QObject* watched, QEvent* event) {
    if (event->type() == QEvent::ShortcutOverride) {
        auto* key = static_cast<QKeyEvent*>(event);
        // Left unaccepted, the key goes on to the shortcut of the window's Undo or Redo action.
        if (key->matches(QKeySequence::Undo) || key->matches(QKeySequence::Redo)) return true;
    }
    return QObject::eventFilter(watched, event);
}

} // namespace kasibi
