#include "ui/review/reviewcontroller.h"

#include "ui/commands/editsession.h"
#include "ui/review/commentscontroller.h"
#include "ui/review/commentsdock.h"
#include "ui/review/conclusioncontroller.h"
#include "ui/shell/documentcontroller.h"
#include "ui/shell/mainwindow.h"
#include "ui/shell/namedaction.h"
#include "ui/shell/welcomepage.h"
#include "ui/validation/validationdock.h"

#include <QAction>
#include <QFileDialog>
#include <QFileInfo>
#include <QMenu>
#include <QMenuBar>

namespace kasibi {

namespace {

QMenu* menuHolding(QMenuBar* bar, QAction* action) {
    for (QAction* item : bar->actions())
        if (item->menu() && item->menu()->actions().contains(action)) return item->menu();
    return nullptr;
}

} // namespace

ReviewController::ReviewController(MainWindow* window)
    : QObject(window), m_window(window), m_comments(new CommentsController(window, this)),
      m_conclusion(new ConclusionController(window, this)) {
    setObjectName(QStringLiteral("reviewController"));
    createActions();
    createMenus();
    connect(window, &MainWindow::sessionChanged, this, &ReviewController::onSessionChanged);
    connect(window->welcomePage(), &WelcomePage::openForReviewRequested, this,
            &ReviewController::askOpenForReview);
    onSessionChanged();
}

QAction* ReviewController::action(const QString& name) const {
    if (QAction* own = m_actions.value(name)) return own;
    if (QAction* comments = m_comments->action(name)) return comments;
    return m_conclusion->action(name);
}

void ReviewController::createActions() {
    QAction* mode = namedAction(m_window, QStringLiteral("reviewMode"), tr("&Review Mode"), {},
                                this, [this](bool on) { setReviewMode(on); });
    mode->setCheckable(true);
    mode->setToolTip(tr("Freeze the content; comments and the conclusion stay editable"));
    m_actions.insert(mode->objectName(), mode);
    QAction* open = namedAction(m_window, QStringLiteral("openForReview"), tr("Open for &Review…"),
                                {}, this, &ReviewController::askOpenForReview);
    m_actions.insert(open->objectName(), open);
}

void ReviewController::createMenus() {
    QMenuBar* bar = m_window->menuBar();
    auto* review = new QMenu(tr("Re&view"), m_window);
    review->setObjectName(QStringLiteral("reviewMenu"));
    review->addAction(action(QStringLiteral("addComment")));
    review->addAction(action(QStringLiteral("commentOnStandard")));
    review->addAction(m_comments->dock()->toggleViewAction());
    review->addSeparator();
    review->addAction(action(QStringLiteral("reviewMode")));
    review->addAction(action(QStringLiteral("importComments")));
    review->addAction(action(QStringLiteral("importReviewFromWord")));
    review->addSeparator();
    review->addAction(action(QStringLiteral("conclusion")));
    review->addAction(action(QStringLiteral("exportConclusion")));
    QAction* before = nullptr;
    for (QAction* item : bar->actions())
        if (item->menu() &&
            item->menu()->actions().contains(m_window->action(QStringLiteral("about"))))
            before = item;
    bar->insertMenu(before, review);

    if (QMenu* file = menuHolding(bar, m_window->action(QStringLiteral("open")))) {
        const QList<QAction*> items = file->actions();
        const int at = items.indexOf(m_window->action(QStringLiteral("open")));
        file->insertAction(items.value(at + 1), action(QStringLiteral("openForReview")));
    }
    if (QMenu* view = menuHolding(bar, m_window->validationDock()->toggleViewAction()))
        view->addAction(m_comments->dock()->toggleViewAction());
}

void ReviewController::onSessionChanged() {
    for (const QMetaObject::Connection& connection : std::as_const(m_connections))
        disconnect(connection);
    m_connections.clear();
    if (EditSession* session = m_window->session())
        m_connections << connect(session->document(), &StandardDocument::reviewModeChanged, this,
                                 &ReviewController::updateActions);
    updateActions();
}

void ReviewController::updateActions() {
    m_comments->updateActions();
    m_conclusion->updateActions();
    EditSession* session = m_window->session();
    const bool writable = session && !session->isReadOnly();
    QAction* mode = action(QStringLiteral("reviewMode"));
    mode->setEnabled(writable);
    const QSignalBlocker blocker(mode);
    mode->setChecked(session && session->document()->isReviewMode());
}

void ReviewController::setReviewMode(bool on) {
    EditSession* session = m_window->session();
    if (session && !session->isReadOnly())
        if (Status set = session->document()->setReviewMode(on); !set)
            m_window->showFailure(tr("Review mode could not be changed"), set.error());
    updateActions();
}

bool ReviewController::openForReview(const QString& path) {
    // Whatever the window opens (a .kasibi, or a standard it imports into one) is reviewed.
    const EditSession* before = m_window->session();
    m_window->documents()->openPath(path);
    EditSession* session = m_window->session();
    if (!session ||
        (session == before && QFileInfo(session->document()->path()) != QFileInfo(path)))
        return false;
    setReviewMode(true);
    m_comments->showDock();
    return true;
}

void ReviewController::askOpenForReview() {
    const QString path = QFileDialog::getOpenFileName(m_window, tr("Open a standard for review"),
                                                      m_window->documents()->documentsFolder(),
                                                      DocumentController::openFilter());
    if (!path.isEmpty()) openForReview(path);
}

} // namespace kasibi
