#pragma once

#include "core/model/pageref.h"
#include "core/model/result.h"
#include "core/validation/finding.h"

#include <memory>
#include <QMainWindow>
#include <QPointer>

class QAction;
class QLabel;
class QScrollArea;
class QSplitter;
class QStackedWidget;
class QTreeView;
class QUndoGroup;

namespace kasibi {

class DocumentController;
class StructureController;
class EditSession;
class NavigatorModel;
class NodeForm;
class ValidationDock;
class ImportReportDock;
class WelcomePage;

// The editor's window: the outline of the standard beside the form of the selected page, the
// validation findings, and the usual File and Edit menus. Every change is saved as it is made,
// so there is nothing to lose on closing.
class MainWindow : public QMainWindow {
    Q_OBJECT
public:
    explicit MainWindow(QWidget* parent = nullptr);
    ~MainWindow() override;

    // New, open, import, save and close: the document as a file.
    DocumentController* documents() const { return m_documents; }
    // The interface in another language ("ru", "kk", "en") at once: a window built anew in it
    // takes over the open standard (with its undo history), the page shown and the layout, and
    // this one closes. Returns the new window (deleted on close).
    MainWindow* switchLanguage(const QString& language);

    EditSession* session() const { return m_session.get(); }
    QTreeView* navigator() const { return m_navigator; }
    NavigatorModel* navigatorModel() const { return m_model; }
    NodeForm* currentForm() const { return m_form; }
    ValidationDock* validationDock() const { return m_validation; }
    ImportReportDock* importReportDock() const { return m_importReport; }
    WelcomePage* welcomePage() const { return m_welcome; }
    QAction* action(const QString& name) const;
    QScrollArea* formArea() const { return m_formArea; }

    // The width below which the outline and the docks beside the form give way to it (room
    // for the two wordings side by side, NodeForm::SideBySideWidth, where the screen allows).
    static constexpr int UsableFormWidth = 700;

    // Selects the page in the navigator and shows its form.
    bool showPage(const PageRef& page);
    // Shows the page of the field and puts the cursor in it.
    bool goToField(const QString& elementId, const QString& field, const QString& language);
    void goToFinding(const Finding& finding);

    // Off in tests and screenshots: failures are then only emitted, not shown in a dialog.
    void setDialogsEnabled(bool enabled) { m_dialogsEnabled = enabled; }
    // Tells the user (a dialog, when enabled) and emits failureShown; for the controllers too.
    void showFailure(const QString& title, const Error& error);
    bool dialogsEnabled() const { return m_dialogsEnabled; }

signals:
    void failureShown(const QString& title, const QString& message);
    // Another document is open now, or none (session() is nullptr).
    void sessionChanged();

protected:
    void closeEvent(QCloseEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;
    void showEvent(QShowEvent* event) override;
    void dragEnterEvent(QDragEnterEvent* event) override;
    void dropEvent(QDropEvent* event) override;

private:
    // It puts the document it opened in the window, and takes it out for Save As.
    friend class DocumentController;
    // It refreshes the actions after a move.
    friend class StructureController;

    void createActions();
    void createMenus();
    void setSession(std::unique_ptr<EditSession> session);
    std::unique_ptr<EditSession> detachSession();
    void retireForm();
    void deleteRetiredForms();
    void onCurrentChanged();
    void fitPanes();
    void updateActions();
    void updateUndoActions();
    void updateTitle();
    void updateBanner();
    // The terms of the standard's glossary are right words to the spell checker.
    void teachGlossary();

    std::unique_ptr<EditSession> m_session;
    NavigatorModel* m_model;
    QTreeView* m_navigator;
    QStackedWidget* m_pages;
    WelcomePage* m_welcome;
    QSplitter* m_splitter;
    QLabel* m_banner;
    QScrollArea* m_formArea;
    NodeForm* m_form = nullptr;
    // Forms replaced while one of their widgets may still be on the stack; deleted later, and
    // at the latest before the document they show goes.
    QList<QPointer<NodeForm>> m_retiredForms;
    ValidationDock* m_validation;
    ImportReportDock* m_importReport;
    QLabel* m_counts;
    QHash<QString, QAction*> m_actions;
    QUndoGroup* m_undoGroup;
    DocumentController* m_documents;
    StructureController* m_structure;
    bool m_dialogsEnabled = true;
};

} // namespace kasibi
