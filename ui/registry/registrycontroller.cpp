#include "ui/registry/registrycontroller.h"

#include "core/registry/publishedlink.h"
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

#include "core/format/kasibidocumentreader.h"
#include "core/model/standarddocument.h"
#include "core/registry/registrycheck.h"
#include "core/registry/registrysearch.h"
#include "core/store/documentstore.h"

#include <QDir>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QPointer>
#include <QProgressBar>
#include <QPushButton>
#include <QStandardPaths>
#include <QStatusBar>

namespace kasibi {

namespace {

// What a publish found: the version it made (or found the content already as), or the newer
// version someone else published since the one the document comes from.
struct Publishing {
    QString registryId;
    QString where;
    std::optional<PublishedVersion> newer;
    int base = 0;
    PublishedVersion published;
};

} // namespace

RegistryController::RegistryController(MainWindow* window)
    : QObject(window), m_window(window), m_dock(new RegistryDock(window)),
      m_client(new RegistryClient(this)), m_busy(new QWidget(window)),
      m_busyLabel(new QLabel(m_busy)), m_cancel(new QPushButton(tr("Cancel"), m_busy)) {
    setObjectName(QStringLiteral("registryController"));
    m_dock->setLanguage(Preferences::contentLanguage());
    window->addDockWidget(Qt::RightDockWidgetArea, m_dock);
    m_dock->hide();
    connect(m_dock, &RegistryDock::searchRequested, this, &RegistryController::search);
    connect(m_dock, &RegistryDock::checkRequested, this, &RegistryController::check);
    connect(m_dock, &RegistryDock::standardActivated, this,
            [this](const QString& standard, const QString& element, const QString& field) {
                open(standard, element, field);
            });
    connect(m_dock, &RegistryDock::mapRequested, this, &RegistryController::showMap);

    // While a call runs: what it does, that it runs, and Cancel for what only reads.
    m_busy->setObjectName(QStringLiteral("registryBusy"));
    auto* layout = new QHBoxLayout(m_busy);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_busyLabel);
    auto* running = new QProgressBar(m_busy);
    running->setRange(0, 0);
    running->setMaximumWidth(120);
    running->setMaximumHeight(16);
    layout->addWidget(running);
    m_cancel->setObjectName(QStringLiteral("registryCancel"));
    m_cancel->setSizePolicy(QSizePolicy::Maximum, QSizePolicy::Fixed);
    layout->addWidget(m_cancel);
    window->statusBar()->addPermanentWidget(m_busy);
    m_busy->hide();
    connect(m_cancel, &QPushButton::clicked, this, &RegistryController::cancel);
    connect(m_client, &RegistryClient::busyChanged, this, [this](bool busy) {
        m_busy->setVisible(busy);
        m_dock->setBusy(busy);
        updateActions();
    });

    QAction* openFromRegistry = namedAction(window, QStringLiteral("openFromRegistry"),
                                            tr("Open from Re&gistry…"), {}, this, [this] {
                                                m_dock->show();
                                                m_dock->raise();
                                                m_dock->searchField()->setFocus();
                                            });
    QAction* publishAction =
        namedAction(window, QStringLiteral("publishToRegistry"), tr("P&ublish to Registry…"), {},
                    this, &RegistryController::publish);
    QAction* sendReviewAction =
        namedAction(window, QStringLiteral("sendReviewToRegistry"), tr("Send Re&view to Registry"),
                    {}, this, &RegistryController::sendReview);
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
    const bool idle = !m_client->isBusy();
    m_actions[1]->setEnabled(open && idle && !m_window->session()->document()->isReadOnly());
    m_actions[2]->setEnabled(open);
    m_actions[3]->setEnabled(open && idle);
}

void RegistryController::report(const Error& error) {
    m_window->showFailure(tr("Registry"), error);
}

QFuture<Status> RegistryController::refused(const Error& error) {
    report(error);
    return QtFuture::makeReadyFuture(Status(error));
}

template <typename T>
QFuture<Status> RegistryController::call(const QString& doing, RegistryClient::Kind kind,
                                         RegistryClient::Call<T> work,
                                         std::function<Status(T&)> apply) {
    const QString address = Preferences::registryAddress();
    if (address.isEmpty())
        return refused(Error{tr("no registry is set: give its address in Edit > Preferences")});
    if (m_client->isBusy()) {
        // A second request is refused in the status bar, the first going on.
        const Status busy = Status::failure(m_client->busyMessage());
        m_window->statusBar()->showMessage(busy.error().message, 8000);
        return QtFuture::makeReadyFuture(busy);
    }
    m_window->statusBar()->clearMessage(); // what an earlier call said is over
    m_busyLabel->setText(tr("Registry: %1…").arg(doing));
    m_client->setStatementTimeout(Preferences::registryTimeoutSeconds());
    m_cancel->setVisible(kind == RegistryClient::Kind::Reads);
    m_last = m_client->run<T>(address, doing, kind, std::move(work))
                 .then(this, [this, apply = std::move(apply)](Result<T> result) {
                     Status status = result ? apply(result.value()) : Status(result.error());
                     if (!status) report(status.error());
                     return status;
                 });
    return m_last;
}

void RegistryController::cancel() {
    if (!m_client->cancel()) return;
    m_window->statusBar()->showMessage(tr("The registry call was canceled."), 5000);
}

QFuture<Status> RegistryController::publish() {
    EditSession* session = m_window->session();
    if (!session) return refused(Error{tr("no standard is open")});
    StandardDocument* document = session->document();
    // Snapshots: the worker reads them while editing goes on.
    const DocumentTree tree = document->tree();
    const std::optional<RegistryLink> link = document->registryLink();
    return call<Publishing>(
        tr("publishing %1").arg(tree.standardCode()), RegistryClient::Kind::Writes,
        [tree, link](Registry& registry) -> Result<Publishing> {
            Publishing outcome{registry.id(), registry.where()};
            Result<std::optional<PublishedVersion>> newer = registry.newerThan(tree, link);
            if (!newer) return newer.error();
            if (newer.value()) {
                outcome.newer = newer.value();
                outcome.base = link && link->registryId == registry.id() ? link->version : 0;
                return outcome;
            }
            Result<PublishedVersion> published = registry.publish(tree, link);
            if (!published) return published.error();
            outcome.published = published.value();
            return outcome;
        },
        [this, session = QPointer<EditSession>(session), path = document->path(),
         link](Publishing& outcome) -> Status {
            if (outcome.newer) {
                const QString message = Registry::staleMessage(*outcome.newer, outcome.base);
                if (m_window->dialogsEnabled() &&
                    QMessageBox::question(m_window, tr("Publish to Registry"),
                                          message + QStringLiteral("\n\n") +
                                              tr("Pull version %1 and compare it with yours now?")
                                                  .arg(outcome.newer->version)) == QMessageBox::Yes)
                    compareWith(outcome.newer->version);
                return Status::failure(message, outcome.where);
            }
            const PublishedVersion& published = outcome.published;
            const RegistryLink made{outcome.registryId, published.standardId, published.version};
            // The file records the version it now matches: through its one path, here, when it
            // is still open; by its path when it was closed before the answer.
            if (session && session == m_window->session()) {
                if (Status recorded = session->document()->setRegistryLink(made); !recorded)
                    return recorded;
            } else {
                if (Status recorded = PublishedLink::record(path, link, made); !recorded)
                    return recorded;
                m_window->statusBar()->showMessage(
                    tr("Published to the registry as version %1; recorded in %2, closed meanwhile")
                        .arg(published.version)
                        .arg(QDir::toNativeSeparators(path)),
                    8000);
                return {};
            }
            m_window->statusBar()->showMessage(
                published.isNew
                    ? tr("Published to the registry as version %1").arg(published.version)
                    : tr("The registry already has this content as version %1")
                          .arg(published.version),
                8000);
            return {};
        });
}

QFuture<Status> RegistryController::sendReview() {
    EditSession* session = m_window->session();
    if (!session) return refused(Error{tr("no standard is open")});
    const DocumentTree tree = session->document()->tree();
    const std::optional<RegistryLink> link = session->document()->registryLink();
    return call<SentReview>(
        tr("sending the review"), RegistryClient::Kind::Writes,
        [tree, link](Registry& registry) -> Result<SentReview> {
            if (!link || link->registryId != registry.id() || link->standardId != tree.standardId())
                return Result<SentReview>::failure(
                    tr("this document was not taken from this registry: a review goes to the "
                       "published version it was pulled from (File > Open from Registry)"),
                    registry.where());
            return registry.sendReview(tree, link->version);
        },
        [this, version = link ? link->version : 0](SentReview& sent) -> Status {
            QString message =
                tr("Sent to version %1 in the registry: %n new comment(s)", nullptr, sent.comments)
                    .arg(version);
            if (sent.commentsAlreadyThere > 0)
                message += QStringLiteral("; ") +
                           tr("%n already there", nullptr, sent.commentsAlreadyThere);
            if (sent.conclusion) message += QStringLiteral("; ") + tr("the conclusion");
            if (sent.conclusionAlreadyThere)
                message += QStringLiteral("; ") + tr("your conclusion was already there");
            m_window->statusBar()->showMessage(message, 8000);
            return {};
        });
}

QFuture<Status> RegistryController::open(const QString& standardId, const QString& elementId,
                                         const QString& field) {
    EditSession* session = m_window->session();
    // The open standard itself: just go there.
    if (session && session->document()->tree().standardId() == standardId) {
        if (!elementId.isEmpty())
            m_window->goToField(elementId, field, Preferences::contentLanguage());
        return QtFuture::makeReadyFuture(Status());
    }
    return call<PulledStandard>(
        tr("pulling a standard"), RegistryClient::Kind::Reads,
        [standardId](Registry& registry) { return registry.pull(standardId); },
        [this, elementId, field](PulledStandard& pulled) -> Status {
            const QString suggestion =
                QDir(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
                    .filePath(pulled.tree.standardCode() + QStringLiteral(".kasibi"));
            const QString path = m_choosePath
                                     ? m_choosePath(suggestion)
                                     : QFileDialog::getSaveFileName(
                                           m_window, tr("Save the standard from the registry as"),
                                           suggestion, KasibiDocumentReader().fileFilter());
            if (path.isEmpty()) return {};
            if (Status created = DocumentStore::create(path, pulled.tree, false, pulled.link);
                !created)
                return created;
            if (!m_window->documents()->openDocument(path))
                return {}; // the window has told the user why
            if (!elementId.isEmpty())
                m_window->goToField(elementId, field, Preferences::contentLanguage());
            return {};
        });
}

QFuture<Status> RegistryController::compareWith(int version) {
    EditSession* session = m_window->session();
    if (!session) return refused(Error{tr("no standard is open")});
    const DocumentTree tree = session->document()->tree();
    const QString standardId = tree.standardId();
    return call<PulledStandard>(
        tr("pulling version %1 of %2").arg(version).arg(tree.standardCode()),
        RegistryClient::Kind::Reads,
        [standardId, version](Registry& registry) { return registry.pull(standardId, version); },
        [this, version,
         session = QPointer<EditSession>(session)](PulledStandard& pulled) -> Status {
            if (!session || session != m_window->session())
                return Status::failure(tr("the document was closed before the registry answered"));
            const QString folder = QStandardPaths::writableLocation(QStandardPaths::TempLocation);
            const QString path = QDir(folder).filePath(QStringLiteral("%1-registry-v%2.kasibi")
                                                           .arg(pulled.tree.standardCode())
                                                           .arg(version));
            if (Status created = DocumentStore::create(path, pulled.tree, true, pulled.link);
                !created)
                return created;
            auto* dialog = new CompareDialog(session, m_window);
            dialog->setAttribute(Qt::WA_DeleteOnClose);
            if (Status added = dialog->addFile(path); !added) {
                delete dialog;
                return added;
            }
            if (Status chosen =
                    dialog->choose(QStringLiteral("file:") + path, QStringLiteral("current"));
                !chosen) {
                delete dialog;
                return chosen;
            }
            dialog->show();
            return {};
        });
}

QFuture<Status> RegistryController::search(const QString& query) {
    return call<QVector<RegistryHit>>(
        tr("searching for %1").arg(query.trimmed()), RegistryClient::Kind::Reads,
        [query](Registry& registry) { return RegistrySearch::find(registry.database(), query); },
        [this](QVector<RegistryHit>& hits) -> Status {
            m_dock->showHits(hits);
            return {};
        });
}

QFuture<Status> RegistryController::check() {
    return call<RegistryFindings>(
        tr("checking the standards against each other"), RegistryClient::Kind::Reads,
        [](Registry& registry) { return RegistryCheck::run(registry.database()); },
        [this](RegistryFindings& findings) -> Status {
            m_dock->showFindings(findings);
            return {};
        });
}

QFuture<Status> RegistryController::showMap(const QString& okedCode) {
    return call<QualificationMap>(
        tr("drawing the qualification map of %1").arg(okedCode), RegistryClient::Kind::Reads,
        [okedCode](Registry& registry) {
            return QualificationMap::ofRegistry(registry.database(), okedCode);
        },
        [this](QualificationMap& map) -> Status {
            auto* dialog =
                new QualificationMapDialog(map, Preferences::contentLanguage(), m_window);
            dialog->setAttribute(Qt::WA_DeleteOnClose);
            dialog->show();
            return {};
        });
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
