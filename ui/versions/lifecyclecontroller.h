#pragma once

#include "core/lifecycle/workingcalendar.h"
#include "core/model/result.h"

#include <QObject>
#include <QPointer>

class QAction;
class QLabel;

namespace kasibi {

class CompareDialog;
class MainWindow;
class TimelineDock;
class VersionsDialog;

// The life of a standard after its first draft (chapters 2 and 3 of the Rules): named versions
// kept in the document file, comparison of two states with the significance of the change,
// and the approval timeline with its deadlines in working days. Adds its menu, actions and
// dock to the main window.
class LifecycleController : public QObject {
    Q_OBJECT
public:
    explicit LifecycleController(MainWindow* window);

    TimelineDock* timelineDock() const { return m_timeline; }
    QLabel* statusLabel() const { return m_status; }
    QAction* action(const QString& name) const;

    Result<QString> saveVersion(const QString& name);
    VersionsDialog* showVersions();
    CompareDialog* showCompare(const QString& olderVersionId = {});
    Status openVersionReadOnly(const QString& versionId);

    // The holidays in force: the file the user loaded last, else those shipped with Kasibi.
    static WorkingCalendar calendar();
    static QString holidayFilePath();
    // Checks the file and keeps a copy of it for later sessions; a bad file changes nothing.
    Status loadHolidayCalendar(const QString& path);

private:
    void onSessionChanged();
    void updateActions();
    void askSaveVersion();
    void askLoadHolidayCalendar();
    void showFailure(const QString& title, const Error& error);

    MainWindow* m_window;
    TimelineDock* m_timeline;
    QLabel* m_status;
    QHash<QString, QAction*> m_actions;
    QPointer<VersionsDialog> m_versions;
    QPointer<CompareDialog> m_compare;
};

} // namespace kasibi
