#include "ui/registry/registrycontroller.h"

#include "core/registry/qualificationmap.h"
#include "ui/commands/editsession.h"
#include "ui/registry/qualificationmapdialog.h"
#include "ui/registry/registrydock.h"
#include "ui/shell/documentcontroller.h"
#include "ui/shell/mainwindow.h"
#include "ui/shell/namedaction.h"
#include "ui/shell/preferences.h"
#include "ui/validation/validationdock.h"
#include "ui/versions/comparedialog.h"

#include "core/model/standarddocument.h"
#include "core/store/documentstore.h"

#include <QDir>
#include <QFileDialog>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QStandardPaths>
#include <QStatusBar>

namespace kasibi {

RegistryController::RegistryController(MainWindow* window)
    : QObject(window), m_window(window),
      m_dock(new RegistryDock([this] { return registry(); }, window)) {
    setObjectName(QStringLiteral("registryController"));
    m_dock->setLanguage(Preferences::contentLanguage());
    window->addDockWidget(Qt::RightDockWidgetArea, m_dock);
    m_dock->hide();
    connect(m_dock, &RegistryDock::failed, this, &RegistryController::report);
    connect(m_dock, &RegistryDock::standardActivated, this,
            [this](const QString& standard, const QString& element, const QString& field) {
                if (Status opened = open(standard, element, field); !opened) report(opened.error());
            });
    connect(m_dock, &RegistryDock::mapRequested, this, &RegistryController::showMap);

    QAction* openFromRegistry = namedAction(window, QStringLiteral("openFromRegistry"),
                                            tr("Open from Re&gistry…"), {}, this, [this] {
                                                m_dock->show();
                                                m_dock->raise();
                                                m_dock->searchField()->setFocus();
                                            });
    QAction* publishAction =
        namedAction(window, QStringLiteral("publishToRegistry"), tr("P&ublish to Registry…"), {},
                    this, &RegistryController::askPublish);
    QAction* sendReviewAction = namedAction(window, QStringLiteral("sendReviewToRegistry"),
                                            tr("Send Re&view to Registry"), {}, this, [this] {
                                                if (Status sent = sendReview(); !sent)
                                                    report(sent.error());
                                            });
    QAction* map = namedAction(window, QStringLiteral("qualificationMap"), tr("&Qualification Map"),
                               {}, this, &RegistryController::showStandardMap);
    m_actions << openFromRegistry << publishAction << map << sendReviewAction;

    // File: after Open Sample and after Save As; View: the pane and the map.
    for (QAction* item : window->menuBar()->actions()) {
        QMenu* menu = item->menu();
        if (!menu) continue;
        const QList<QAction*> items = menu->actions();
        if (const int sample = int(items.indexOf(window->action(QStringLiteral("openSample"))));
            sample >= 0)
            menu->insertAction(items.value(sample + 1), openFromRegistry);
        if (const int saveAs = int(items.indexOf(window->action(QStringLiteral("saveAs"))));
            saveAs >= 0)
            menu->insertActions(items.value(saveAs + 1), {publishAction, sendReviewAction});
        if (items.contains(window->validationDock()->toggleViewAction())) {
            menu->addAction(m_dock->toggleViewAction());
            menu->addAction(map);
        }
    }
    connect(window, &MainWindow::sessionChanged, this, &RegistryController::updateActions);
    updateActions();
}

RegistryController::~RegistryController() = default;

void RegistryController::updateActions() {
    const bool open = m_window->session() != nullptr;
    m_actions[1]->setEnabled(open && !m_window->session()->document()->isReadOnly());
    m_actions[2]->setEnabled(open);
    m_actions[3]->setEnabled(open);
}

void RegistryController::report(const Error& error) {
    m_window->showFailure(tr("Registry"), error);
}

Result<Registry*> RegistryController::registry() {
    const QString address = Preferences::registryAddress();
    if (address.isEmpty())
        return Result<Registry*>::failure(
            tr("no registry is set: give its address in Edit > Preferences"));
    if (!m_registry || address != m_registryAddress) {
        m_registry.reset();
        auto opened = Registry::open(address);
        if (!opened) return opened.error();
        m_registry = std::move(opened.value());
        m_registryAddress = address;
    }
    // A connection the server dropped is made again once.
    if (!m_registry->database().isOpen()) {
        m_registry.reset();
        return registry();
    }
    return m_registry.get();
}

Status RegistryController::publish() {
    EditSession* session = m_window->session();
    if (!session) return Status::failure(tr("no standard is open"));
    StandardDocument* document = session->document();
    Result<Registry*> connected = registry();
    if (!connected) return connected.error();
    Registry& registry = *connected.value();
    const DocumentTree tree = document->tree();
    Result<std::optional<PublishedVersion>> newer =
        registry.newerThan(tree, document->registryLink());
    if (!newer) return newer.error();
    if (newer.value()) {
        const std::optional<RegistryLink>& link = document->registryLink();
        const int base = link && link->registryId == registry.id() ? link->version : 0;
        const QString message = Registry::staleMessage(*newer.value(), base);
        if (m_window->dialogsEnabled() &&
            QMessageBox::question(m_window, tr("Publish to Registry"),
                                  message + QStringLiteral("\n\n") +
                                      tr("Pull version %1 and compare it with yours now?")
                                          .arg(newer.value()->version)) == QMessageBox::Yes) {
            if (Status compared = compareWith(newer.value()->version); !compared) return compared;
        }
        return Status::failure(message, registry.where());
    }
    Result<PublishedVersion> published = registry.publish(tree, document->registryLink());
    if (!published) return published.error();
    if (Status recorded = document->setRegistryLink(
            {registry.id(), published.value().standardId, published.value().version});
        !recorded)
        return recorded;
    m_window->statusBar()->showMessage(
        published.value().isNew
            ? tr("Published to the registry as version %1").arg(published.value().version)
            : tr("The registry already has this content as version %1")
                  .arg(published.value().version),
        8000);
    return {};
}

Status RegistryController::sendReview() {
    EditSession* session = m_window->session();
    if (!session) return Status::failure(tr("no standard is open"));
    Result<Registry*> connected = registry();
    if (!connected) return connected.error();
    Registry& registry = *connected.value();
    const DocumentTree tree = session->document()->tree();
    const std::optional<RegistryLink>& link = session->document()->registryLink();
    if (!link || link->registryId != registry.id() || link->standardId != tree.standardId())
        return Status::failure(tr("this document was not taken from this registry: a review goes "
                                  "to the published version it was pulled from (File > Open "
                                  "from Registry)"),
                               registry.where());
    Result<SentReview> sent = registry.sendReview(tree, link->version);
    if (!sent) return sent.error();
    QString message =
        tr("Sent to version %1 in the registry: %n new comment(s)", nullptr, sent.value().comments)
            .arg(link->version);
    if (sent.value().commentsAlreadyThere > 0)
        message += QStringLiteral("; ") +
                   tr("%n already there", nullptr, sent.value().commentsAlreadyThere);
    if (sent.value().conclusion) message += QStringLiteral("; ") + tr("the conclusion");
    if (sent.value().conclusionAlreadyThere)
        message += QStringLiteral("; ") + tr("your conclusion was already there");
    m_window->statusBar()->showMessage(message, 8000);
    return {};
}

void RegistryController::askPublish() {
    if (Status published = publish(); !published) report(published.error());
}

Status RegistryController::open(const QString& standardId, const QString& elementId,
                                const QString& field) {
    EditSession* session = m_window->session();
    // The open standard itself: just go there.
    if (session && session->document()->tree().standardId() == standardId) {
        if (!elementId.isEmpty())
            m_window->goToField(elementId, field, Preferences::contentLanguage());
        return {};
    }
    Result<Registry*> connected = registry();
    if (!connected) return connected.error();
    Result<PulledStandard> pulled = connected.value()->pull(standardId);
    if (!pulled) return pulled.error();
    const QString suggestion =
        QDir(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
            .filePath(pulled.value().tree.standardCode() + QStringLiteral(".kasibi"));
    const QString path =
        m_choosePath
            ? m_choosePath(suggestion)
            : QFileDialog::getSaveFileName(m_window, tr("Save the standard from the registry as"),
                                           suggestion, tr("Kasibi documents (*.kasibi)"));
    if (path.isEmpty()) return {};
    if (Status created =
            DocumentStore::create(path, pulled.value().tree, false, pulled.value().link);
        !created)
        return created;
    if (!m_window->documents()->openDocument(path)) return {}; // the window has told the user why
    if (!elementId.isEmpty()) m_window->goToField(elementId, field, Preferences::contentLanguage());
    return {};
}

Status RegistryController::compareWith(int version) {
    EditSession* session = m_window->session();
    if (!session) return Status::failure(tr("no standard is open"));
    Result<Registry*> connected = registry();
    if (!connected) return connected.error();
    const QString standardId = session->document()->tree().standardId();
    Result<PulledStandard> pulled = connected.value()->pull(standardId, version);
    if (!pulled) return pulled.error();
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::TempLocation);
    const QString path = QDir(folder).filePath(QStringLiteral("%1-registry-v%2.kasibi")
                                                   .arg(pulled.value().tree.standardCode())
                                                   .arg(version));
    if (Status created =
            DocumentStore::create(path, pulled.value().tree, true, pulled.value().link);
        !created)
        return created;
    auto* dialog = new CompareDialog(session, m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    if (Status added = dialog->addFile(path); !added) {
        delete dialog;
        return added;
    }
    if (Status chosen = dialog->choose(QStringLiteral("file:") + path, QStringLiteral("current"));
        !chosen) {
        delete dialog;
        return chosen;
    }
    dialog->show();
    return {};
}

void RegistryController::showMap(const QString& okedCode) {
    Result<Registry*> connected = registry();
    if (!connected) return report(connected.error());
    Result<QualificationMap> map =
        QualificationMap::ofRegistry(connected.value()->database(), okedCode);
    if (!map) return report(map.error());
    auto* dialog =
        new QualificationMapDialog(map.value(), Preferences::contentLanguage(), m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->show();
}

void RegistryController::showStandardMap() {
    EditSession* session = m_window->session();
    if (!session) return;
    auto* dialog =
        new QualificationMapDialog(QualificationMap::ofStandard(session->document()->tree()),
                                   Preferences::contentLanguage(), m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->show();
}

} // namespace kasibi
