#pragma once

#include <QObject>

namespace kasibi {

// Text editors keep Ctrl+Z and Ctrl+Y for an undo of their own; every change here is a
// command of the document's history, so these keys are left to the Edit menu.
class UndoShortcutFilter : public QObject {
    Q_OBJECT
public:
    static UndoShortcutFilter* instance();
    static void install(QWidget* editor);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    using QObject::QObject;
};

} // namespace kasibi
