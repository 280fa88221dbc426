#include "ui/review/conclusioncontroller.h"

#include "core/format/documentwriters.h"
#include "ui/commands/editsession.h"
#include "ui/export/exportcontroller.h"
#include "ui/review/conclusiondialog.h"
#include "ui/shell/mainwindow.h"
#include "ui/shell/namedaction.h"

#include <QAction>
#include <QApplication>
#include <QDir>
#include <QStatusBar>

namespace kasibi {

ConclusionController::ConclusionController(MainWindow* window, QObject* parent)
    : QObject(parent), m_window(window) {
    setObjectName(QStringLiteral("conclusionController"));
    createActions();
    connect(window, &MainWindow::sessionChanged, this, &ConclusionController::onSessionChanged);
    onSessionChanged();
}

ConclusionDialog* ConclusionController::conclusionDialog() const {
    return m_conclusion;
}

void ConclusionController::createActions() {
    const auto make = [this](const QString& name, const QString& text, auto slot) {
        m_actions.insert(name, namedAction(m_window, name, text, {}, this, slot));
    };
    make(QStringLiteral("conclusion"), tr("&Conclusion…"), [this] { showConclusion(); });
    make(QStringLiteral("exportConclusion"), tr("&Export Conclusion…"),
         &ConclusionController::askExportConclusion);
}

void ConclusionController::onSessionChanged() {
    // The dialog edits the session it was made for.
    delete m_conclusion;
    updateActions();
}

void ConclusionController::updateActions() {
    const bool open = m_window->session() != nullptr;
    action(QStringLiteral("conclusion"))->setEnabled(open);
    action(QStringLiteral("exportConclusion"))->setEnabled(open);
}

bool ConclusionController::exportConclusion(const QString& path) {
    EditSession* session = m_window->session();
    if (!session) return false;
    std::unique_ptr<DocumentWriter> writer = DocumentWriters::conclusionForPath(path);
    if (!writer) {
        m_window->showFailure(
            tr("The conclusion could not be exported"),
            Error{tr("the conclusion can be written as %1 only")
                      .arg(DocumentWriters::conclusionExtensions().join(QStringLiteral(", "))),
                  path});
        return false;
    }
    ExportOptions options;
    options.language = session->contentLanguage();
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const Status written = writer->write(session->tree(), path, options);
    QApplication::restoreOverrideCursor();
    if (!written) {
        m_window->showFailure(tr("The conclusion could not be exported"), written.error());
        return false;
    }
    m_window->statusBar()->showMessage(
        tr("Conclusion exported to %1").arg(QDir::toNativeSeparators(path)), 5000);
    return true;
}

ConclusionDialog* ConclusionController::showConclusion() {
    EditSession* session = m_window->session();
    if (!session) return nullptr;
    if (!m_conclusion) {
        m_conclusion = new ConclusionDialog(session, m_window);
        m_conclusion->setAttribute(Qt::WA_DeleteOnClose);
        connect(m_conclusion, &ConclusionDialog::exportRequested, this,
                &ConclusionController::askExportConclusion);
    }
    m_conclusion->show();
    m_conclusion->raise();
    m_conclusion->activateWindow();
    return m_conclusion;
}

// The conclusion is exported as the standard is: the export dialog, with its choice of Kazakh or
// Russian and the format.
void ConclusionController::askExportConclusion() {
    if (auto* exporter = m_window->findChild<ExportController*>()) exporter->askExportConclusion();
}

} // namespace kasibi
