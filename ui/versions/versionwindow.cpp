#include "ui/versions/versionwindow.h"

#include "core/model/displaytime.h"

#include "core/model/standarddocument.h"
#include "ui/commands/editsession.h"
#include "ui/fields/nodeform.h"
#include "ui/shell/navigatormodel.h"

#include <QLabel>
#include <QScrollArea>
#include <QSplitter>
#include <QTreeView>
#include <QVBoxLayout>

namespace kasibi {

VersionWindow::VersionWindow(QWidget* parent)
    : QMainWindow(parent), m_model(new NavigatorModel(this)), m_navigator(new QTreeView),
      m_formArea(new QScrollArea) {
    setObjectName(QStringLiteral("versionWindow"));
    setAttribute(Qt::WA_DeleteOnClose);
    m_navigator->setObjectName(QStringLiteral("versionNavigator"));
    m_navigator->setModel(m_model);
    m_navigator->setHeaderHidden(true);
    m_formArea->setWidgetResizable(true);
    m_formArea->setFrameShape(QFrame::NoFrame);
}

VersionWindow::~VersionWindow() {
    // The form and the outline let go of the document before it closes.
    delete m_form.data();
    m_model->setSession(nullptr);
}

Result<VersionWindow*> VersionWindow::open(const DocumentTree& content, const VersionInfo& version,
                                           QWidget* parent) {
    auto* window = new VersionWindow(parent);
    window->setWindowFlag(Qt::Window);
    const QString path = window->m_folder.filePath(QStringLiteral("version.kasibi"));
    if (!window->m_folder.isValid()) {
        delete window;
        return Result<VersionWindow*>::failure(tr("no temporary folder for the version"), path);
    }
    if (auto created = StandardDocument::create(path, content); !created) {
        delete window;
        return created.error();
    }
    auto opened = StandardDocument::open(path, AccessMode::ReadOnly);
    if (!opened) {
        delete window;
        return opened.error();
    }
    window->m_session = std::make_unique<EditSession>(std::move(opened.value()));
    window->m_model->setSession(window->m_session.get());

    const QString when = DisplayTime::dateTime(version.created);
    window->setWindowTitle(tr("Version \"%1\" of %2 (read-only)").arg(version.name, when));
    auto* banner = new QLabel(
        tr("Version \"%1\", saved %2. It is shown read-only; to make it the current content, "
           "restore it in Versions.")
            .arg(version.name, when));
    banner->setObjectName(QStringLiteral("versionBanner"));
    banner->setWordWrap(true);
    banner->setStyleSheet(QStringLiteral(
        "background: #e7f1ff; color: #084298; padding: 8px; border-bottom: 1px solid #9ec5fe;"));
    auto* editor = new QWidget;
    auto* layout = new QVBoxLayout(editor);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(banner);
    layout->addWidget(window->m_formArea, 1);
    auto* splitter = new QSplitter;
    splitter->addWidget(window->m_navigator);
    splitter->addWidget(editor);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({320, 900});
    window->setCentralWidget(splitter);
    connect(window->m_navigator->selectionModel(), &QItemSelectionModel::currentChanged, window,
            &VersionWindow::showCurrentPage);
    window->m_navigator->setCurrentIndex(
        window->m_model->indexOf(PageRef::ofChapter(PageRef::Passport)));
    window->resize(1200, 800);
    return window;
}

NodeForm* VersionWindow::currentForm() const {
    return m_form.data();
}

void VersionWindow::showCurrentPage() {
    const PageRef page = m_model->pageAt(m_navigator->currentIndex());
    if (!page.isValid() || (m_form && m_form->page() == page)) return;
    if (m_form) {
        m_formArea->takeWidget();
        m_form->hide();
        m_form->deleteLater();
    }
    m_form = new NodeForm(m_session.get(), page);
    connect(m_form, &NodeForm::openRequested, this, [this](const QString& id) {
        m_navigator->setCurrentIndex(m_model->indexOf(PageRef::ofNode(id)));
    });
    m_formArea->setWidget(m_form);
}

} // namespace kasibi
