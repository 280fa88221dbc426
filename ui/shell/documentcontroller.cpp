#include "ui/shell/documentcontroller.h"

#include "core/format/documentreaders.h"
#include "core/format/docxstandardreader.h"
#include "core/format/filekind.h"
#include "core/format/jsonstandardreader.h"
#include "core/format/kasibidocumentreader.h"
#include "core/import/wordimport.h"
#include "core/model/schema.h"
#include "core/model/standardtemplate.h"
#include "ui/commands/editsession.h"
#include "ui/import/importreportdock.h"
#include "ui/shell/mainwindow.h"
#include "ui/shell/preferences.h"
#include "ui/shell/welcomepage.h"

#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QMenu>
#include <QProgressDialog>
#include <QStandardPaths>
#include <QStatusBar>

namespace kasibi {

DocumentController::DocumentController(MainWindow* window) : QObject(window), m_window(window) {
    setObjectName(QStringLiteral("documentController"));
}

QString DocumentController::documentsFolder() const {
    if (EditSession* session = m_window->session())
        return QFileInfo(session->document()->path()).absolutePath();
    const QStringList recent = Preferences::recentFiles();
    if (!recent.isEmpty()) return QFileInfo(recent.first()).absolutePath();
    return userDocumentsFolder();
}

QString DocumentController::userDocumentsFolder() {
    // A file dialog shown a folder that does not exist opens in the working folder instead.
    const QString documents = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    if (!documents.isEmpty() && QDir().mkpath(documents)) return documents;
    return QDir::homePath();
}

QString DocumentController::openFilter() {
    return DocumentReaders::openFilter();
}

QString DocumentController::askDocumentPath(const QString& title, const QString& suggestion) {
    QString path = QFileDialog::getSaveFileName(m_window, title, suggestion,
                                                KasibiDocumentReader().fileFilter());
    if (!path.isEmpty() && QFileInfo(path).suffix().isEmpty()) path += QStringLiteral(".kasibi");
    return path;
}

bool DocumentController::take(Result<std::unique_ptr<StandardDocument>> document,
                              const QString& failure, const QString& path) {
    if (!document) {
        m_window->showFailure(failure, document.error());
        return false;
    }
    m_window->setSession(std::make_unique<EditSession>(std::move(document.value())));
    rememberRecent(path);
    return true;
}

bool DocumentController::newDocument(const QString& path, bool fromTemplate) {
    const QStringList languages = Preferences::defaultLanguages();
    const DocumentTree tree =
        fromTemplate ? StandardTemplate::tree(languages) : StandardTemplate::blank(languages);
    // The user has chosen the path (and agreed to replace a file there) in the dialog.
    Result<std::unique_ptr<StandardDocument>> document = StandardDocument::create(path, tree, true);
    return take(std::move(document), tr("The new standard could not be created"), path);
}

bool DocumentController::openDocument(const QString& path) {
    if (EditSession* session = m_window->session();
        session && QFileInfo(session->document()->path()) == QFileInfo(path))
        return true;
    // A Word file, a PDF, a workbook: the user is told what it is and what to do instead.
    const QString refusal = FileKind::refusal(FileKind::of(path));
    Result<std::unique_ptr<StandardDocument>> document =
        refusal.isEmpty() ? StandardDocument::open(path)
                          : Result<std::unique_ptr<StandardDocument>>(Error{refusal, path});
    if (take(std::move(document), tr("The standard could not be opened"), path)) return true;
    Preferences::removeRecentFile(path);
    updateRecentMenu();
    m_window->welcomePage()->refresh();
    return false;
}

bool DocumentController::importJson(const QString& jsonPath, const QString& documentPath) {
    Result<DocumentTree> tree = JsonStandardReader().read(jsonPath);
    if (!tree) {
        m_window->showFailure(tr("The standard could not be imported"), tree.error());
        return false;
    }
    Result<std::unique_ptr<StandardDocument>> document =
        StandardDocument::create(documentPath, tree.value(), true);
    return take(std::move(document), tr("The imported standard could not be saved"), documentPath);
}

bool DocumentController::importWord(const QStringList& docxPaths, const QString& documentPath) {
    QProgressDialog progress(tr("Reading the standard from Word…"), QString(), 0, 1, m_window);
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(300);
    Result<WordImportResult> imported = WordImport::run(docxPaths, [&](int done, int steps) {
        progress.setMaximum(steps);
        progress.setValue(done);
    });
    progress.close();
    if (!imported) {
        m_window->showFailure(tr("The standard could not be imported from Word"), imported.error());
        return false;
    }
    Result<std::unique_ptr<StandardDocument>> document =
        StandardDocument::create(documentPath, imported.value().tree, true);
    if (!take(std::move(document), tr("The imported standard could not be saved"), documentPath))
        return false;
    ImportReportDock* report = m_window->importReportDock();
    report->setReport(imported.value().report, docxPaths);
    report->show();
    report->raise();
    return true;
}

QString DocumentController::sampleFileName() {
    return QStringLiteral("mining-b07102012.kasibi");
}

bool DocumentController::openSample(const QString& documentPath) {
    // The sample is among the window's resources, which its constructor has loaded.
    QFile file(QStringLiteral(":/sample/mining-b07102012.json"));
    if (!file.open(QIODevice::ReadOnly)) {
        m_window->showFailure(tr("The sample could not be opened"),
                              Error{file.errorString(), file.fileName()});
        return false;
    }
    Result<DocumentTree> tree =
        JsonStandardReader().parse(file.readAll(), QStringLiteral("mining-b07102012.json"));
    if (!tree) {
        m_window->showFailure(tr("The sample could not be opened"), tree.error());
        return false;
    }
    QDir().mkpath(QFileInfo(documentPath).absolutePath());
    Result<std::unique_ptr<StandardDocument>> document =
        StandardDocument::create(documentPath, tree.value(), false);
    return take(std::move(document), tr("The sample could not be saved"), documentPath);
}

bool DocumentController::save() {
    EditSession* session = m_window->session();
    if (!session) return false;
    // Every change is committed as it is made; Save makes the file alone hold them at once.
    Result<bool> done = session->checkpointNow();
    if (!done) {
        m_window->showFailure(tr("The file could not be brought up to date"), done.error());
        return false;
    }
    m_window->statusBar()->showMessage(
        done.value() ? tr("Every change is saved as it is made; the file is up to date.")
                     : tr("Every change is saved as it is made; another program is reading the "
                          "file, so it will be brought up to date in a moment."),
        4000);
    return true;
}

bool DocumentController::saveAs(const QString& path) {
    EditSession* current = m_window->session();
    if (!current) return false;
    if (QFileInfo(path) == QFileInfo(current->document()->path())) return true;
    // The file left behind is complete too, as the user may send either (the copy itself is
    // read through the database, log included, whatever this gives).
    static_cast<void>(current->checkpointNow());
    // The whole document: content, comments, timeline and the saved versions.
    Result<std::unique_ptr<StandardDocument>> copy = current->document()->saveCopy(path, true);
    if (!copy) {
        m_window->showFailure(tr("The copy could not be saved"), copy.error());
        return false;
    }
    // Undo goes on in the copy; the file left behind stays as it is.
    std::unique_ptr<EditSession> session = m_window->detachSession();
    session->continueIn(std::move(copy.value()));
    m_window->setSession(std::move(session));
    rememberRecent(path);
    return true;
}

void DocumentController::closeDocument() {
    m_window->setSession(nullptr);
}

void DocumentController::openPath(const QString& path) {
    // The content decides, not the name: e-mailed files get renamed.
    // A Word file is refused with what to do (File > Import from Word… or a drop imports it).
    if (FileKind::of(path) == FileKind::Json) {
        const QFileInfo json(path);
        const QString target =
            askDocumentPath(tr("Save the imported standard as"),
                            json.absolutePath() + QLatin1Char('/') + json.completeBaseName() +
                                QStringLiteral(".kasibi"));
        if (!target.isEmpty()) importJson(path, target);
        return;
    }
    openDocument(path);
}

void DocumentController::askNew(bool fromTemplate) {
    const QString path =
        askDocumentPath(fromTemplate ? tr("New standard from the template") : tr("New standard"),
                        documentsFolder() + QStringLiteral("/standard.kasibi"));
    if (!path.isEmpty()) newDocument(path, fromTemplate);
}

void DocumentController::askOpen() {
    const QString path = QFileDialog::getOpenFileName(m_window, tr("Open a standard"),
                                                      documentsFolder(), openFilter());
    if (!path.isEmpty()) openPath(path);
}

void DocumentController::askOpenSample() {
    const QString folder = userDocumentsFolder();
    // A fresh copy each time, beside the earlier ones rather than over them.
    QString path = folder + QLatin1Char('/') + sampleFileName();
    for (int i = 2; QFileInfo::exists(path); ++i)
        path = folder + QStringLiteral("/mining-b07102012-%1.kasibi").arg(i);
    openSample(path);
}

void DocumentController::askSaveAs() {
    EditSession* session = m_window->session();
    if (!session) return;
    const QFileInfo current(session->document()->path());
    const QString path =
        askDocumentPath(tr("Save a copy as"), current.absolutePath() + QLatin1Char('/') +
                                                  current.completeBaseName() + tr("-copy") +
                                                  QStringLiteral(".kasibi"));
    if (!path.isEmpty()) saveAs(path);
}

void DocumentController::askImport() {
    const QString json = QFileDialog::getOpenFileName(
        m_window, tr("Import a standard"), documentsFolder(), JsonStandardReader().fileFilter());
    if (!json.isEmpty()) openPath(json);
}

void DocumentController::askImportWord(QStringList docxPaths) {
    if (docxPaths.isEmpty())
        docxPaths = QFileDialog::getOpenFileNames(
            m_window, tr("Import a standard from Word (one file, or its Kazakh and Russian files)"),
            documentsFolder(), DocxStandardReader().fileFilter());
    if (docxPaths.isEmpty()) return;
    if (docxPaths.size() > 2) {
        m_window->showFailure(tr("The standard could not be imported from Word"),
                              Error{tr("choose one Word file, or the Kazakh and the Russian file "
                                       "of the same standard"),
                                    {}});
        return;
    }
    const QFileInfo first(docxPaths.first());
    const QString target =
        askDocumentPath(tr("Save the imported standard as"),
                        first.absolutePath() + QLatin1Char('/') + first.completeBaseName() +
                            QStringLiteral(".kasibi"));
    if (!target.isEmpty()) importWord(docxPaths, target);
}

// ---- recent files

void DocumentController::setRecentMenu(QMenu* menu) {
    m_recentMenu = menu;
    updateRecentMenu();
}

void DocumentController::updateRecentMenu() {
    if (!m_recentMenu) return;
    m_recentMenu->clear();
    const QStringList files = Preferences::recentFiles();
    for (int i = 0; i < files.size(); ++i) {
        const QString title = Preferences::recentTitle(files[i]);
        const QString file = QDir::toNativeSeparators(files[i]);
        QAction* item = m_recentMenu->addAction(
            QStringLiteral("&%1 %2")
                .arg((i + 1) % 10)
                .arg(title.isEmpty() ? file
                                     : QFontMetrics(m_recentMenu->font())
                                               .elidedText(title, Qt::ElideRight, 480) +
                                           QStringLiteral(" (") + QFileInfo(files[i]).fileName() +
                                           QLatin1Char(')')));
        item->setToolTip(file);
        connect(item, &QAction::triggered, this, [this, path = files[i]] { openPath(path); });
    }
    m_recentMenu->setEnabled(!files.isEmpty());
}

void DocumentController::rememberName() {
    if (EditSession* session = m_window->session())
        if (const QString name = standardName(); !name.isEmpty())
            Preferences::addRecentFile(session->document()->path(), name);
}

QString DocumentController::standardName() const {
    EditSession* session = m_window->session();
    if (!session) return {};
    const DocumentTree& tree = session->tree();
    const LocalizedText name = tree.text(tree.standardId(), QStringLiteral("passport/name"));
    const QString preferred = name.in(session->contentLanguage()).trimmed();
    return preferred.isEmpty() ? (name.kk.trimmed().isEmpty() ? name.ru : name.kk).trimmed()
                               : preferred;
}

void DocumentController::rememberRecent(const QString& path) {
    Preferences::addRecentFile(path, standardName());
    updateRecentMenu();
    m_window->welcomePage()->refresh();
}

} // namespace kasibi
