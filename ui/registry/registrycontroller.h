#pragma once

#include "core/model/result.h"
#include "core/registry/registry.h"

#include <functional>
#include <memory>
#include <QObject>
#include <QStringList>

class QAction;

namespace kasibi {

class MainWindow;
class RegistryDock;

// The registry in the editor, an addition it never depends on: File > Open from Registry…
// (search and pick in the registry pane), File > Publish to Registry… (refused when someone has
// published a newer version since, with that version pulled and compared), the registry pane
// and View > Qualification Map. The connection is the one in Preferences.
class RegistryController : public QObject {
    Q_OBJECT
public:
    explicit RegistryController(MainWindow* window);
    ~RegistryController() override;

    RegistryDock* dock() const { return m_dock; }
    // Where a pulled standard goes; a file dialog unless set (tests, scripts).
    void setPathChooser(std::function<QString(const QString& suggestion)> chooser) {
        m_choosePath = std::move(chooser);
    }

    // The registry of Preferences, connected on first use.
    Result<Registry*> registry();
    // Publishes the open document; a stale publish is refused (and offered for comparison).
    Status publish();
    // Pulls a standard (its latest version) into a new file, opens it and shows the element.
    Status open(const QString& standardId, const QString& elementId = {},
                const QString& field = {});
    // Adds the open document's review comments and conclusion to the published version it was
    // pulled from (a reviewer's account; others are refused by the database).
    Status sendReview();
    // Pulls the given version of the open standard and compares the document with it.
    Status compareWith(int version);

private:
    void askPublish();
    void showMap(const QString& okedCode);
    void showStandardMap();
    void updateActions();
    void report(const Error& error);

    MainWindow* m_window;
    RegistryDock* m_dock;
    QList<QAction*> m_actions;
    std::unique_ptr<Registry> m_registry;
    QString m_registryAddress;
    std::function<QString(const QString&)> m_choosePath;
};

} // namespace kasibi
