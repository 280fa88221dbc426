#pragma once

#include "core/model/result.h"
#include "core/registry/registryclient.h"

#include <functional>
#include <QFuture>
#include <QObject>
#include <QStringList>

class QAction;
class QLabel;
class QPushButton;
class QWidget;

namespace kasibi {

class MainWindow;
class RegistryDock;

// The registry in the editor, an addition it never depends on: File > Open from Registry…
// (search and pick in the registry pane), File > Publish to Registry… (refused when someone has
// published a newer version since, with that version pulled and compared), the registry pane
// and View > Qualification Map. The connection is the one in Preferences.
//
// Every registry call runs in RegistryClient's thread, so the window answers while the server
// is slow or silent: the status bar shows what runs (with Cancel for what only reads), the
// actions that would start another call wait, and the result is applied here, in the GUI
// thread (the document is changed only here, through its one path). Each call returns a future
// of how it ended, the user having been told; canceled when the user cancels.
class RegistryController : public QObject {
    Q_OBJECT
public:
    explicit RegistryController(MainWindow* window);
    ~RegistryController() override;

    RegistryDock* dock() const { return m_dock; }
    RegistryClient* client() const { return m_client; }
    // A call runs, or its result is yet to be applied.
    bool isBusy() const { return m_client->isBusy() || !m_last.isFinished(); }
    QPushButton* cancelButton() const { return m_cancel; }
    // What the status bar says of the running call.
    QLabel* busyLabel() const { return m_busyLabel; }
    // Where a pulled standard goes; a file dialog unless set (tests, scripts).
    void setPathChooser(std::function<QString(const QString& suggestion)> chooser) {
        m_choosePath = std::move(chooser);
    }

    // Publishes the open document; a stale publish is refused (and offered for comparison).
    QFuture<Status> publish();
    // Pulls a standard (its latest version) into a new file, opens it and shows the element.
    QFuture<Status> open(const QString& standardId, const QString& elementId = {},
                         const QString& field = {});
    // Adds the open document's review comments and conclusion to the published version it was
    // pulled from (a reviewer's account; others are refused by the database).
    QFuture<Status> sendReview();
    // Pulls the given version of the open standard and compares the document with it.
    QFuture<Status> compareWith(int version);
    // The registry pane's search and checks across standards.
    QFuture<Status> search(const QString& query);
    QFuture<Status> check();
    // The qualification map of an OKED section or division, from the registry.
    QFuture<Status> showMap(const QString& okedCode);
    // Stops waiting for a call that only reads (search, check, open, compare, map).
    void cancel();

private:
    // Starts a call in the registry's thread; `apply` takes its result in this thread.
    template <typename T>
    QFuture<Status> call(const QString& doing, RegistryClient::Kind kind,
                         RegistryClient::Call<T> work, std::function<Status(T&)> apply);
    QFuture<Status> refused(const Error& error);
    void showStandardMap();
    void updateActions();
    void report(const Error& error);

    MainWindow* m_window;
    RegistryDock* m_dock;
    RegistryClient* m_client;
    QWidget* m_busy;
    QLabel* m_busyLabel;
    QPushButton* m_cancel;
    QList<QAction*> m_actions;
    QFuture<Status> m_last; // of the latest call
    std::function<QString(const QString&)> m_choosePath;
};

} // namespace kasibi
