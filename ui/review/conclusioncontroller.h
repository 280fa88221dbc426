#pragma once

#include <QHash>
#include <QObject>
#include <QPointer>

class QAction;

namespace kasibi {

class ConclusionDialog;
class MainWindow;

// The National body's conclusion (Appendix 3) in the editor: its dialog and its export.
// Created by the review controller.
class ConclusionController : public QObject {
    Q_OBJECT
public:
    explicit ConclusionController(MainWindow* window, QObject* parent);

    // conclusion, exportConclusion.
    QAction* action(const QString& name) const { return m_actions.value(name); }
    ConclusionDialog* conclusionDialog() const;
    ConclusionDialog* showConclusion();
    void updateActions();

private:
    void createActions();
    void onSessionChanged();
    void askExportConclusion();

    MainWindow* m_window;
    QPointer<ConclusionDialog> m_conclusion;
    QHash<QString, QAction*> m_actions;
};

} // namespace kasibi
