#include "ui/reading/readingcontroller.h"

#include "core/model/pageref.h"
#include "ui/commands/editsession.h"
#include "ui/reading/readingview.h"
#include "ui/review/commentscontroller.h"
#include "ui/shell/mainwindow.h"
#include "ui/shell/navigatormodel.h"
#include "ui/shell/preferences.h"
#include "ui/validation/validationdock.h"

#include <QAction>
#include <QItemSelectionModel>
#include <QMenu>
#include <QMenuBar>
#include <QTreeView>

namespace kasibi {

ReadingController::ReadingController(MainWindow* window)
    : QObject(window), m_window(window), m_readCard(new QAction(tr("&Read the Card"), this)),
      m_readStandard(new QAction(tr("Read the &Whole Standard"), this)) {
    setObjectName(QStringLiteral("readingController"));
    m_readCard->setObjectName(QStringLiteral("readCard"));
    m_readCard->setToolTip(tr("The selected profession card as it will print, to read it whole "
                              "and comment on any part"));
    m_readStandard->setObjectName(QStringLiteral("readStandard"));
    connect(m_readCard, &QAction::triggered, this, [this] { read(selectedCard()); });
    connect(m_readStandard, &QAction::triggered, this, [this] { read({}); });
    for (QAction* item : window->menuBar()->actions())
        if (item->menu() &&
            item->menu()->actions().contains(window->validationDock()->toggleViewAction())) {
            item->menu()->addSeparator();
            item->menu()->addAction(m_readCard);
            item->menu()->addAction(m_readStandard);
        }
    window->navigator()->addAction(m_readCard);
    connect(window, &MainWindow::sessionChanged, this, &ReadingController::updateActions);
    connect(window->navigatorModel(), &QAbstractItemModel::modelReset, this,
            &ReadingController::updateActions);
    connect(window->navigator()->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &ReadingController::updateActions);
    updateActions();
}

QString ReadingController::selectedCard() const {
    EditSession* session = m_window->session();
    if (!session) return {};
    const QString id =
        m_window->navigator()->currentIndex().data(NavigatorModel::NodeIdRole).toString();
    return id.isEmpty() ? QString() : PageRef::cardOf(session->tree(), id);
}

ReadingView* ReadingController::read(const QString& cardId) {
    EditSession* session = m_window->session();
    if (!session) return nullptr;
    // The standard's language the interface speaks; Russian for the English interface.
    const QString language = Preferences::effectiveUiLanguage() == QLatin1String("kk")
                                 ? QStringLiteral("kk")
                                 : QStringLiteral("ru");
    auto* view = new ReadingView(session, cardId, language, m_window);
    if (CommentsController* comments = m_window->findChild<CommentsController*>())
        connect(view, &ReadingView::commentRequested, comments, &CommentsController::askComment);
    view->show();
    return view;
}

void ReadingController::updateActions() {
    const bool open = m_window->session() != nullptr;
    m_readCard->setEnabled(open && !selectedCard().isEmpty());
    m_readStandard->setEnabled(open);
}

} // namespace kasibi
