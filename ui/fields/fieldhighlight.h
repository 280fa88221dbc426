#pragma once

#include <QPointer>
#include <QWidget>

namespace kasibi {

// A frame drawn for a moment over a field the user was taken to (from a finding, a comment), so
// the eye finds it on a long form. It takes no clicks and goes by itself.
class FieldHighlight : public QWidget {
    Q_OBJECT
public:
    static constexpr int Milliseconds = 1500;
    // Shows the frame over the widget (one at a time: a new one replaces the last).
    static FieldHighlight* flash(QWidget* target);

    QWidget* target() const { return m_target; }

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;
    void paintEvent(QPaintEvent* event) override;

private:
    explicit FieldHighlight(QWidget* target);
    void follow();

    QPointer<QWidget> m_target;
};

} // namespace kasibi
