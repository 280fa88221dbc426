#include "ui/review/conclusioncontroller.h"

#include "ui/commands/editsession.h"
#include "ui/export/exportcontroller.h"
#include "ui/review/conclusiondialog.h"
#include "ui/shell/mainwindow.h"
#include "ui/shell/namedaction.h"

#include <QAction>

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
