#include "ui/export/exportcontroller.h"

#include "ui/shell/namedaction.h"

#include "core/classifier/classifiercheck.h"
#include "core/format/documentwriters.h"
#include "core/format/layoutwriters.h"
#include "core/format/pdfstandardwriter.h"
#include "core/layout/standardlayout.h"
#include "core/model/labels.h"
#include "core/validation/conclusiondraft.h"
#include "ui/classifier/classifiercontroller.h"
#include "ui/commands/editsession.h"
#include "ui/export/exportdialog.h"
#include "ui/shell/mainwindow.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QPrintDialog>
#include <QPrinter>
#include <QPrintPreviewDialog>
#include <QPrintPreviewWidget>
#include <QProgressBar>
#include <QPromise>
#include <QStatusBar>
#include <QtConcurrent/QtConcurrentRun>
#include <QToolBar>

namespace kasibi {

namespace {

// The language a printed standard is in: the one being edited when it is Kazakh or Russian.
QString printLanguage(const EditSession* session) {
    const QString language = session ? session->contentLanguage() : QString();
    return language == QLatin1String("kk") ? language : QStringLiteral("ru");
}

QComboBox* languageBox(const QString& language) {
    auto* box = new QComboBox;
    box->setObjectName(QStringLiteral("printLanguage"));
    for (const QString& code : {QStringLiteral("kk"), QStringLiteral("ru")})
        box->addItem(Labels::language(code), code);
    box->setCurrentIndex(qMax(0, box->findData(language)));
    return box;
}

} // namespace

ExportController::ExportController(MainWindow* window)
    : QObject(window), m_window(window), m_indicator(new QWidget), m_label(new QLabel),
      m_progress(new QProgressBar) {
    setObjectName(QStringLiteral("exportController"));
    const auto make = [this](const QString& name, const QString& text, const QKeySequence& key,
                             auto slot) {
        auto* action = namedAction(m_window, name, text, key, this, slot);
        m_actions << action;
        return action;
    };
    make(QStringLiteral("export"), tr("&Export…"), QKeySequence(tr("Ctrl+E")),
         &ExportController::askExport);
    make(QStringLiteral("exportConclusion"), tr("Export the &Conclusion…"), {},
         &ExportController::askExportConclusion);
    make(QStringLiteral("printPreview"), tr("Print Pre&view…"), {}, [this] { showPrintPreview(); });
    make(QStringLiteral("print"), tr("&Print…"), QKeySequence::Print, &ExportController::askPrint);

    // Into the File menu, after Import.
    QAction* import = window->action(QStringLiteral("import"));
    for (QAction* item : window->menuBar()->actions()) {
        QMenu* menu = item->menu();
        if (!menu || !import || !menu->actions().contains(import)) continue;
        const QList<QAction*> items = menu->actions();
        QAction* before = items.value(items.indexOf(import) + 1);
        menu->insertActions(before, {m_actions[0], m_actions[1]});
        menu->insertSeparator(before);
        menu->insertActions(before, {m_actions[2], m_actions[3]});
        break;
    }

    m_indicator->setObjectName(QStringLiteral("exportProgress"));
    auto* layout = new QHBoxLayout(m_indicator);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_label);
    m_progress->setRange(0, 100);
    m_progress->setMaximumWidth(180);
    m_progress->setMaximumHeight(16);
    layout->addWidget(m_progress);
    window->statusBar()->addPermanentWidget(m_indicator);
    m_indicator->hide();

    connect(&m_watcher, &QFutureWatcher<Status>::progressValueChanged, m_progress,
            &QProgressBar::setValue);
    connect(&m_watcher, &QFutureWatcher<Status>::finished, this, &ExportController::onFinished);
    connect(window, &MainWindow::sessionChanged, this, [this] {
        if (m_preview) m_preview->close();
        updateActions();
    });
    updateActions();
}

ExportController::~ExportController() {
    // The worker holds only its snapshot, but its file must be whole before the program ends.
    m_watcher.waitForFinished();
}

void ExportController::updateActions() {
    for (QAction* action : std::as_const(m_actions))
        action->setEnabled(m_window->session() != nullptr);
}

void ExportController::askExport() {
    EditSession* session = m_window->session();
    if (!session) return;
    ExportDialog dialog(ExportRequest::What::Standard, session->document()->path(),
                        printLanguage(session), m_window);
    if (dialog.exec() == QDialog::Accepted) start(dialog.request());
}

void ExportController::askExportConclusion() {
    EditSession* session = m_window->session();
    if (!session) return;
    ExportDialog dialog(ExportRequest::What::Conclusion, session->document()->path(),
                        printLanguage(session), m_window);
    if (dialog.exec() == QDialog::Accepted) start(dialog.request());
}

bool ExportController::start(const ExportRequest& request) {
    EditSession* session = m_window->session();
    if (!session) return false;
    const bool conclusion = request.what == ExportRequest::What::Conclusion;
    const QString failed = conclusion ? tr("The conclusion could not be exported")
                                      : tr("The standard could not be exported");
    // The conclusion is a printed form only; the standard goes in any format.
    const std::shared_ptr<LayoutWriter> formWriter =
        conclusion ? LayoutWriters::forPath(request.path) : nullptr;
    const std::shared_ptr<DocumentWriter> standardWriter =
        conclusion ? nullptr : DocumentWriters::forPath(request.path);
    if (!formWriter && !standardWriter) {
        m_window->showFailure(failed,
                              Error{tr("Kasibi cannot write files of this kind"), request.path});
        return false;
    }
    // The exported file usually travels with the .kasibi: that one is complete too. A failure
    // leaves the edits in the log, safe, and does not stop the export.
    static_cast<void>(session->checkpointNow());
    // The tree is implicitly shared: the copy is a snapshot the worker reads while editing goes on.
    const DocumentTree snapshot = session->tree();
    // A conclusion not yet assessed is drafted from the findings, the classifier check's
    // included: the store is read here, in its own thread.
    Findings draftFindings;
    if (conclusion &&
        snapshot.children(snapshot.rootId, ConclusionDraft::AssessmentsRole).isEmpty()) {
        const ClassifierController* classifiers = ClassifierController::of(m_window);
        draftFindings =
            ClassifierCheck::withValidation(snapshot, classifiers ? classifiers->store() : nullptr);
    }
    return run(QFileInfo(request.path).fileName(), request.path, failed,
               [snapshot, request, formWriter, standardWriter,
                draftFindings](const std::function<void(int)>& progress) {
                   if (formWriter) {
                       DocumentTree tree = snapshot;
                       // No assessments yet: the form is filled with the draft the validation
                       // gives.
                       if (tree.children(tree.rootId, ConclusionDraft::AssessmentsRole).isEmpty())
                           tree = ConclusionDraft::applied(tree, draftFindings);
                       return formWriter->write(
                           StandardLayout::ofConclusion(tree, request.language), request.path,
                           progress);
                   }
                   ExportOptions options;
                   options.language = request.language;
                   options.withComments = request.withComments;
                   options.withMarks = request.withMarks;
                   options.progress = progress;
                   return standardWriter->write(snapshot, request.path, options);
               });
}

bool ExportController::refuseWhileBusy() {
    if (!isBusy()) return false;
    m_window->statusBar()->showMessage(
        tr("Still working on %1: wait until it is done.").arg(m_description), 5000);
    return true;
}

bool ExportController::run(const QString& description, const QString& path,
                           const QString& failureTitle, Job job) {
    if (refuseWhileBusy()) return false;
    m_busy = true;
    m_path = path;
    m_description = description;
    m_failureTitle = failureTitle;
    m_label->setText(path.isEmpty() ? tr("Printing…") : tr("Writing %1…").arg(description));
    m_progress->setValue(0);
    m_indicator->show();
    m_watcher.setFuture(QtConcurrent::run([job](QPromise<Status>& promise) {
        promise.setProgressRange(0, 100);
        promise.addResult(job([&promise](int percent) { promise.setProgressValue(percent); }));
    }));
    return true;
}

void ExportController::onFinished() {
    m_busy = false;
    m_indicator->hide();
    const Status done = m_watcher.future().resultCount() > 0
                            ? m_watcher.result()
                            : Status::failure(tr("the work stopped before it was done"), m_path);
    if (!done) {
        m_window->showFailure(m_failureTitle, done.error());
    } else {
        m_window->statusBar()->showMessage(
            m_path.isEmpty() ? tr("Sent to the printer.")
                             : tr("Exported to %1").arg(QDir::toNativeSeparators(m_path)),
            8000);
    }
    emit finished(done.ok(), m_path);
}

QWidget* ExportController::printOptions(QWidget* parent, const QString& language) {
    auto* options = new QWidget(parent);
    options->setObjectName(QStringLiteral("printOptions"));
    options->setWindowTitle(tr("Standard"));
    auto* form = new QFormLayout(options);
    form->addRow(tr("&Language:"), languageBox(language));
    auto* comments = new QCheckBox(tr("With the review &comments (as numbered notes)"));
    comments->setObjectName(QStringLiteral("printComments"));
    form->addRow(QString(), comments);
    return options;
}

void ExportController::askPrint() {
    EditSession* session = m_window->session();
    if (!session || refuseWhileBusy()) return;
    auto printer = std::make_shared<QPrinter>(QPrinter::HighResolution);
    printer->setPageLayout(PdfStandardWriter::pageLayout());
    printer->setDocName(QFileInfo(session->document()->path()).completeBaseName());
    QPrintDialog dialog(printer.get(), m_window);
    QWidget* options = printOptions(&dialog, printLanguage(session));
    dialog.setOptionTabs({options});
    if (dialog.exec() != QDialog::Accepted || !m_window->session()) return;
    const QString language =
        options->findChild<QComboBox*>(QStringLiteral("printLanguage"))->currentData().toString();
    const bool withComments =
        options->findChild<QCheckBox*>(QStringLiteral("printComments"))->isChecked();
    const DocumentTree snapshot = m_window->session()->tree();
    // Qt paints on a QPrinter from a worker thread; the printer lives until the job ends.
    run(tr("the print job"), {}, tr("The standard could not be printed"),
        [printer, snapshot, language, withComments](const std::function<void(int)>& progress) {
            return PdfStandardWriter::render(
                StandardLayout::ofStandard(snapshot, language, withComments), *printer, progress);
        });
}

QPrintPreviewDialog* ExportController::showPrintPreview() {
    EditSession* session = m_window->session();
    if (!session) return nullptr;
    if (m_preview) m_preview->close();
    auto* printer = new QPrinter(QPrinter::HighResolution);
    printer->setPageLayout(PdfStandardWriter::pageLayout());
    printer->setDocName(QFileInfo(session->document()->path()).completeBaseName());
    auto* preview = new QPrintPreviewDialog(printer, m_window);
    preview->setObjectName(QStringLiteral("printPreview"));
    preview->setAttribute(Qt::WA_DeleteOnClose);
    preview->setWindowTitle(tr("Print Preview"));
    connect(preview, &QObject::destroyed, [printer] { delete printer; });

    QComboBox* language = languageBox(printLanguage(session));
    auto* comments = new QCheckBox(tr("Comments"));
    comments->setObjectName(QStringLiteral("printComments"));
    comments->setToolTip(tr("The review comments as numbered notes at the end"));
    if (auto* bar = preview->findChild<QToolBar*>()) {
        bar->addSeparator();
        bar->addWidget(new QLabel(tr("Language:") + QLatin1Char(' ')));
        bar->addWidget(language);
        bar->addWidget(comments);
    }
    auto* view = preview->findChild<QPrintPreviewWidget*>();
    connect(language, &QComboBox::currentIndexChanged, view, &QPrintPreviewWidget::updatePreview);
    connect(comments, &QCheckBox::toggled, view, &QPrintPreviewWidget::updatePreview);
    connect(preview, &QPrintPreviewDialog::paintRequested, this,
            [this, language, comments](QPrinter* target) {
                paintPreview(target, language->currentData().toString(), comments->isChecked());
            });
    m_preview = preview;
    preview->resize(m_window->width() * 3 / 4, m_window->height() - 60);
    preview->show();
    return preview;
}

void ExportController::paintPreview(QPrinter* printer, const QString& language, bool withComments) {
    EditSession* session = m_window->session();
    if (!session) return;
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const Status painted = PdfStandardWriter::render(
        StandardLayout::ofStandard(session->tree(), language, withComments), *printer);
    QApplication::restoreOverrideCursor();
    if (!painted) m_window->showFailure(tr("The standard could not be printed"), painted.error());
}

} // namespace kasibi
