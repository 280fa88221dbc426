#pragma once

#include <QObject>

class QWidget;

namespace kasibi {

// Read-only for a widget that has no read-only mode of its own (a combo box, a check box): it
// stays enabled, so its value is legible, it takes the focus and its context menu (where a
// reviewer adds a comment), while clicks, keys and the wheel that would change it are refused.
// Disabling it instead greys the value out and takes it away from the keyboard and from comments.
class ReadOnlyGuard : public QObject {
    Q_OBJECT
public:
    static void apply(QWidget* widget, bool readOnly);
    static bool isReadOnly(const QWidget* widget);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    using QObject::QObject;
};

} // namespace kasibi
