#pragma once

#include "core/model/result.h"
#include "ui/export/exportrequest.h"

#include <functional>
#include <QFutureWatcher>
#include <QObject>
#include <QPointer>

class QAction;
class QLabel;
class QPrinter;
class QPrintPreviewDialog;
class QProgressBar;
class QWidget;

namespace kasibi {

class MainWindow;

// File > Export, Export Conclusion, Print and Print Preview. Files are written and pages
// printed in a worker thread from a snapshot of the standard, with the progress in the status
// bar, so the user goes on editing meanwhile; the writers leave a file as it was when they fail.
class ExportController : public QObject {
    Q_OBJECT
public:
    explicit ExportController(MainWindow* window);
    ~ExportController() override;

    // Each asks the user (a dialog), then starts the work and returns at once.
    void askExport();
    void askExportConclusion();
    void askPrint();
    // Non-modal: the preview follows the language chosen in its tool bar.
    QPrintPreviewDialog* showPrintPreview();

    // Starts writing the file; false when it cannot start (the user has been told why).
    bool start(const ExportRequest& request);
    bool isBusy() const { return m_watcher.isRunning() || m_busy; }
    QFuture<Status> future() const { return m_watcher.future(); }
    QProgressBar* progressBar() const { return m_progress; }

signals:
    // The work has ended and the user has been told how (status bar or failure message).
    void finished(bool ok, const QString& path);

private:
    using Job = std::function<Status(const std::function<void(int)>& progress)>;
    bool run(const QString& description, const QString& path, const QString& failureTitle, Job job);
    // True, with a word to the user, while a file is being written or pages printed.
    bool refuseWhileBusy();
    void onFinished();
    void updateActions();
    // Paints the standard for the preview, in the GUI thread, in the preview's language.
    void paintPreview(QPrinter* printer, const QString& language, bool withComments);
    QWidget* printOptions(QWidget* parent, const QString& language);

    MainWindow* m_window;
    QFutureWatcher<Status> m_watcher;
    bool m_busy = false;
    QString m_path; // of the file being written; empty when printing
    QString m_description;
    QString m_failureTitle;
    QWidget* m_indicator;
    QLabel* m_label;
    QProgressBar* m_progress;
    QPointer<QPrintPreviewDialog> m_preview;
    QList<QAction*> m_actions;
};

} // namespace kasibi
