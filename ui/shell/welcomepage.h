#pragma once

#include <QWidget>

class QListWidget;

namespace kasibi {

// What the window shows when no standard is open: how to start, and the recent files.
class WelcomePage : public QWidget {
    Q_OBJECT
public:
    explicit WelcomePage(QWidget* parent = nullptr);

    void refresh();
    QListWidget* recentList() const { return m_recent; }

signals:
    void newRequested();
    void newFromTemplateRequested();
    void openRequested();
    void openSampleRequested();
    void recentRequested(const QString& path);

private:
    QListWidget* m_recent;
};

} // namespace kasibi
