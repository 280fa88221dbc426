#include "ui/versions/lifecyclecontroller.h"

#include "core/format/wholefile.h"

#include "ui/shell/namedaction.h"

#include "ui/commands/editsession.h"
#include "ui/shell/mainwindow.h"
#include "ui/versions/comparedialog.h"
#include "ui/versions/timelinedock.h"
#include "ui/versions/versionsdialog.h"
#include "ui/versions/versionwindow.h"

#include <QAction>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QInputDialog>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QStandardPaths>
#include <QStatusBar>

namespace kasibi {

LifecycleController::LifecycleController(MainWindow* window)
    : QObject(window), m_window(window), m_timeline(new TimelineDock(window)),
      m_status(new QLabel) {
    setObjectName(QStringLiteral("lifecycleController"));
    const auto make = [this](const QString& name, const QString& text, const QKeySequence& key,
                             auto slot) {
        auto* action = namedAction(m_window, name, text, key, this, slot);
        m_actions.insert(name, action);
        return action;
    };
    make(QStringLiteral("saveVersion"), tr("Save &Version…"), QKeySequence(tr("Ctrl+Alt+S")),
         &LifecycleController::askSaveVersion);
    make(QStringLiteral("versions"), tr("&Versions…"), {}, [this] { showVersions(); });
    make(QStringLiteral("compare"), tr("&Compare…"), {}, [this] { showCompare(); });
    make(QStringLiteral("loadHolidays"), tr("Load &Holiday Calendar…"), {},
         &LifecycleController::askLoadHolidayCalendar);

    m_timeline->setCalendar(calendar());
    // Below the form: the table of steps needs the width, the right side holds the lists.
    window->addDockWidget(Qt::BottomDockWidgetArea, m_timeline);
    m_timeline->hide();
    QAction* toggle = m_timeline->toggleViewAction();
    toggle->setText(tr("Approval &Timeline"));
    m_actions.insert(QStringLiteral("timeline"), toggle);

    auto* menu = new QMenu(tr("&Lifecycle"), window);
    menu->setObjectName(QStringLiteral("lifecycleMenu"));
    menu->addAction(action(QStringLiteral("saveVersion")));
    menu->addAction(action(QStringLiteral("versions")));
    menu->addAction(action(QStringLiteral("compare")));
    menu->addSeparator();
    menu->addAction(toggle);
    menu->addAction(action(QStringLiteral("loadHolidays")));
    // Before Help, which stays last.
    const QList<QAction*> menus = window->menuBar()->actions();
    window->menuBar()->insertMenu(menus.isEmpty() ? nullptr : menus.last(), menu);

    m_status->setObjectName(QStringLiteral("approvalStep"));
    window->statusBar()->addPermanentWidget(m_status);
    connect(m_timeline, &TimelineDock::currentStepChanged, m_status, &QLabel::setText);
    connect(window, &MainWindow::sessionChanged, this, &LifecycleController::onSessionChanged);
    onSessionChanged();
}

QAction* LifecycleController::action(const QString& name) const {
    return m_actions.value(name);
}

void LifecycleController::onSessionChanged() {
    EditSession* session = m_window->session();
    delete m_versions.data();
    delete m_compare.data();
    m_timeline->setSession(session);
    m_status->setText(m_timeline->currentStepText());
    updateActions();
    if (session)
        connect(session->document(), &StandardDocument::reviewModeChanged, this,
                &LifecycleController::updateActions);
}

void LifecycleController::updateActions() {
    EditSession* session = m_window->session();
    action(QStringLiteral("saveVersion"))->setEnabled(session && !session->isReadOnly());
    action(QStringLiteral("versions"))->setEnabled(session);
    action(QStringLiteral("compare"))->setEnabled(session);
}

Result<QString> LifecycleController::saveVersion(const QString& name) {
    EditSession* session = m_window->session();
    if (!session) return Result<QString>::failure(tr("no document is open"));
    if (name.trimmed().isEmpty()) return Result<QString>::failure(tr("a version needs a name"));
    Result<QString> saved = session->document()->saveVersion(name.trimmed());
    if (saved)
        m_window->statusBar()->showMessage(tr("Version \"%1\" saved.").arg(name.trimmed()), 5000);
    return saved;
}

void LifecycleController::askSaveVersion() {
    if (!m_window->session()) return;
    bool accepted = false;
    const QString name =
        QInputDialog::getText(m_window, tr("Save Version"),
                              tr("Name of the version (for example, \"sent to the state body\"):"),
                              QLineEdit::Normal, QString(), &accepted);
    if (!accepted) return;
    if (Result<QString> saved = saveVersion(name); !saved)
        showFailure(tr("The version could not be saved"), saved.error());
}

VersionsDialog* LifecycleController::showVersions() {
    EditSession* session = m_window->session();
    if (!session) return nullptr;
    if (!m_versions) {
        m_versions = new VersionsDialog(session, m_window);
        m_versions->setAttribute(Qt::WA_DeleteOnClose);
        connect(m_versions, &VersionsDialog::openRequested, this, [this](const QString& id) {
            if (Status opened = openVersionReadOnly(id); !opened)
                showFailure(tr("The version could not be opened"), opened.error());
        });
        connect(m_versions, &VersionsDialog::compareRequested, this,
                [this](const QString& id) { showCompare(id); });
    }
    m_versions->show();
    m_versions->raise();
    return m_versions;
}

CompareDialog* LifecycleController::showCompare(const QString& olderVersionId) {
    EditSession* session = m_window->session();
    if (!session) return nullptr;
    delete m_compare.data();
    m_compare = new CompareDialog(session, m_window);
    m_compare->setAttribute(Qt::WA_DeleteOnClose);
    if (!olderVersionId.isEmpty())
        (void)m_compare->choose(olderVersionId, QStringLiteral("current"));
    m_compare->show();
    return m_compare;
}

Status LifecycleController::openVersionReadOnly(const QString& versionId) {
    EditSession* session = m_window->session();
    if (!session) return Status::failure(tr("no document is open"));
    auto versions = session->document()->versions();
    if (!versions) return versions.error();
    for (const VersionInfo& version : versions.value()) {
        if (version.id != versionId) continue;
        Result<DocumentTree> content = session->document()->versionContent(versionId);
        if (!content) return content.error();
        Result<VersionWindow*> window = VersionWindow::open(content.value(), version, m_window);
        if (!window) return window.error();
        window.value()->show();
        return {};
    }
    return Status::failure(tr("no such version"), session->document()->path());
}

QString LifecycleController::holidayFilePath() {
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation))
        .filePath(QStringLiteral("holidays.json"));
}

WorkingCalendar LifecycleController::calendar() {
    QFile file(holidayFilePath());
    if (file.open(QIODevice::ReadOnly))
        if (Result<WorkingCalendar> loaded =
                WorkingCalendar::fromJson(file.readAll(), file.fileName());
            loaded)
            return loaded.value();
    return WorkingCalendar::kazakhstan();
}

Status LifecycleController::loadHolidayCalendar(const QString& path) {
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Status::failure(tr("the file cannot be read: %1").arg(file.errorString()), path);
    const QByteArray json = file.readAll();
    Result<WorkingCalendar> loaded = WorkingCalendar::fromJson(json, path);
    if (!loaded) return loaded.error();
    const QString target = holidayFilePath();
    QDir().mkpath(QFileInfo(target).absolutePath());
    if (Status kept = WholeFile::write(target, json); !kept)
        return Status::failure(tr("the calendar cannot be kept: %1").arg(kept.error().message),
                               target);
    Result<WorkingCalendar> kept = WorkingCalendar::fromJson(json, target);
    m_timeline->setCalendar(kept ? kept.value() : loaded.value());
    return {};
}

void LifecycleController::askLoadHolidayCalendar() {
    const QString path = QFileDialog::getOpenFileName(m_window, tr("Load Holiday Calendar"), {},
                                                      tr("Holiday calendar (*.json)"));
    if (path.isEmpty()) return;
    if (Status loaded = loadHolidayCalendar(path); !loaded)
        showFailure(tr("The holiday calendar was not loaded"), loaded.error());
    else
        m_window->statusBar()->showMessage(
            tr("Holidays loaded from %1.").arg(QFileInfo(path).fileName()), 5000);
}

void LifecycleController::showFailure(const QString& title, const Error& error) {
    QMessageBox::warning(m_window, title, error.toString());
}

} // namespace kasibi
