#include "ui/shell/mainwindow.h"

#include "ui/shell/documentcontroller.h"
#include "ui/shell/interfacetranslations.h"
#include "ui/shell/namedaction.h"
#include "ui/shell/structurecontroller.h"
#include "ui/spelling/spellchecker.h"

#include "core/format/filekind.h"
#include "core/model/labels.h"
#include "core/model/schema.h"
#include "ui/classifier/classifiercontroller.h"
#include "ui/commands/editsession.h"
#include "ui/export/exportcontroller.h"
#include "ui/fields/elementrow.h"
#include "ui/fields/nodeform.h"
#include "ui/import/importreportdock.h"
#include "ui/reading/readingcontroller.h"
#include "ui/registry/registrycontroller.h"
#include "ui/review/reviewcontroller.h"
#include "ui/shell/navigatordelegate.h"
#include "ui/shell/navigatormodel.h"
#include "ui/shell/preferences.h"
#include "ui/shell/preferencesdialog.h"
#include "ui/shell/userguidedialog.h"
#include "ui/shell/welcomepage.h"
#include "ui/validation/validationdock.h"
#include "ui/versions/lifecyclecontroller.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QDockWidget>
#include <QFileInfo>
#include <QHeaderView>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QScreen>
#include <QScrollArea>
#include <QSettings>
#include <QShortcut>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QToolBar>
#include <QToolButton>
#include <QTreeView>
#include <QUndoGroup>
#include <QVBoxLayout>

static void initResources() {
    Q_INIT_RESOURCE(kasibi);
}

namespace kasibi {

MainWindow::MainWindow(QWidget* parent)
    : QMainWindow(parent), m_model(new NavigatorModel(this)), m_navigator(new QTreeView),
      m_pages(new QStackedWidget), m_welcome(new WelcomePage), m_splitter(new QSplitter),
      m_banner(new QLabel), m_formArea(new QScrollArea), m_validation(new ValidationDock(this)),
      m_importReport(new ImportReportDock(this)), m_counts(new QLabel),
      m_undoGroup(new QUndoGroup(this)), m_documents(new DocumentController(this)),
      m_structure(new StructureController(this)) {
    initResources();
    setObjectName(QStringLiteral("mainWindow"));
    setWindowIcon(QIcon(QStringLiteral(":/icons/kasibi.png")));
    setAcceptDrops(true);

    m_navigator->setObjectName(QStringLiteral("navigator"));
    m_navigator->setModel(m_model);
    m_navigator->setItemDelegate(new NavigatorDelegate(m_navigator));
    m_navigator->setHeaderHidden(true);
    m_navigator->setUniformRowHeights(true);
    m_navigator->setDragDropMode(QAbstractItemView::InternalMove);
    m_navigator->setDefaultDropAction(Qt::MoveAction);
    m_navigator->setDropIndicatorShown(true);
    m_navigator->setContextMenuPolicy(Qt::ActionsContextMenu);
    m_navigator->setMinimumWidth(160);
    connect(m_navigator->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &MainWindow::onCurrentChanged);
    connect(m_model, &NavigatorModel::moveRequested, this, [this](const QString& id, int index) {
        if (m_session) m_session->moveElement(id, index);
    });
    connect(m_model, &QAbstractItemModel::modelReset, this, &MainWindow::updateActions);

    auto* editor = new QWidget;
    auto* editorLayout = new QVBoxLayout(editor);
    editorLayout->setContentsMargins(0, 0, 0, 0);
    editorLayout->setSpacing(0);
    m_banner->setObjectName(QStringLiteral("readOnlyBanner"));
    m_banner->setWordWrap(true);
    m_banner->setStyleSheet(QStringLiteral(
        "background: #fff3cd; color: #664d03; padding: 8px; border-bottom: 1px solid #e0c060;"));
    m_banner->hide();
    m_formArea->setWidgetResizable(true);
    m_formArea->setFrameShape(QFrame::NoFrame);
    editorLayout->addWidget(m_banner);
    editorLayout->addWidget(m_formArea, 1);
    m_splitter->setObjectName(QStringLiteral("splitter"));
    m_splitter->addWidget(m_navigator);
    m_splitter->addWidget(editor);
    m_splitter->setStretchFactor(0, 0);
    m_splitter->setStretchFactor(1, 1);
    m_splitter->setSizes({320, 900});
    m_pages->addWidget(m_welcome);
    m_pages->addWidget(m_splitter);
    setCentralWidget(m_pages);

    addDockWidget(Qt::RightDockWidgetArea, m_validation);
    resizeDocks({m_validation}, {400}, Qt::Horizontal);
    m_validation->setMessageLanguage(Preferences::effectiveUiLanguage());
    connect(m_validation, &ValidationDock::findingActivated, this, &MainWindow::goToFinding);
    // The import report stands with the validation, shown after an import from Word.
    addDockWidget(Qt::RightDockWidgetArea, m_importReport);
    splitDockWidget(m_validation, m_importReport, Qt::Vertical);
    m_importReport->hide();
    connect(m_importReport, &ImportReportDock::elementActivated, this,
            [this](const QString& id) { goToField(id, {}, {}); });
    connect(m_validation, &ValidationDock::countsChanged, this, [this](int errors, int warnings) {
        m_counts->setText(m_session ? tr("%n error(s)", nullptr, errors) + QStringLiteral(", ") +
                                          tr("%n warning(s)", nullptr, warnings)
                                    : QString());
    });
    m_counts->setObjectName(QStringLiteral("findingCounts"));
    statusBar()->addPermanentWidget(m_counts);

    connect(m_welcome, &WelcomePage::newRequested, m_documents,
            [this] { m_documents->askNew(false); });
    connect(m_welcome, &WelcomePage::newFromTemplateRequested, m_documents,
            [this] { m_documents->askNew(true); });
    connect(m_welcome, &WelcomePage::openRequested, m_documents, &DocumentController::askOpen);
    connect(m_welcome, &WelcomePage::openSampleRequested, m_documents,
            &DocumentController::askOpenSample);
    connect(m_welcome, &WelcomePage::recentRequested, m_documents, &DocumentController::openPath);
    connect(
        m_welcome, &WelcomePage::languageChosen, this,
        [this](const QString& language) {
            Preferences::setUiLanguage(language);
            if (language == QLatin1String("en"))
                m_welcome->refresh(); // English it is already: the offer goes
            else
                switchLanguage(language);
        },
        Qt::QueuedConnection);

    createActions();
    createMenus();
    new ReviewController(this);
    new LifecycleController(this);
    new ExportController(this);
    new ClassifierController(this);
    new RegistryController(this);
    new ReadingController(this);
    // Delete in the outline removes the selected element; in a text field it deletes a letter.
    auto* remove =
        new QShortcut(QKeySequence::Delete, m_navigator, nullptr, nullptr, Qt::WidgetShortcut);
    connect(remove, &QShortcut::activated, m_structure, &StructureController::removeSelected);

    QSettings settings;
    restoreGeometry(settings.value(QStringLiteral("window/geometry")).toByteArray());
    restoreState(settings.value(QStringLiteral("window/state")).toByteArray());
    m_splitter->restoreState(settings.value(QStringLiteral("window/splitter")).toByteArray());
    if (!settings.contains(QStringLiteral("window/geometry"))) {
        const QSize screen = this->screen()->availableSize();
        resize(qMin(1400, screen.width()), qMin(880, screen.height()));
    }
    setSession(nullptr);
}

MainWindow::~MainWindow() {
    // The undo group's signals reach this window's slots: none while the members go.
    disconnect(m_undoGroup, nullptr, this, nullptr);
    // The session closes here, while the views and actions it informs are all still there.
    detachSession();
}

void MainWindow::retireForm() {
    if (!m_form) return;
    m_formArea->takeWidget();
    m_form->hide();
    m_form->deleteLater();
    m_retiredForms << m_form;
    m_form = nullptr;
}

void MainWindow::deleteRetiredForms() {
    for (const QPointer<NodeForm>& form : std::as_const(m_retiredForms))
        delete form.data();
    m_retiredForms.clear();
}

QAction* MainWindow::action(const QString& name) const {
    return m_actions.value(name);
}

void MainWindow::createActions() {
    const auto make = [this](const QString& name, const QString& text, const QKeySequence& key,
                             auto slot, QStyle::StandardPixmap icon = QStyle::StandardPixmap(-1)) {
        auto* action = namedAction(this, name, text, key, this, slot);
        if (icon != QStyle::StandardPixmap(-1)) action->setIcon(style()->standardIcon(icon));
        m_actions.insert(name, action);
        return action;
    };
    DocumentController* documents = m_documents;
    make(
        QStringLiteral("new"), tr("&New Standard…"), QKeySequence::New,
        [documents] { documents->askNew(false); }, QStyle::SP_FileIcon);
    make(QStringLiteral("newFromTemplate"), tr("New from &Template…"), {},
         [documents] { documents->askNew(true); });
    make(
        QStringLiteral("open"), tr("&Open…"), QKeySequence::Open,
        [documents] { documents->askOpen(); }, QStyle::SP_DialogOpenButton);
    make(QStringLiteral("openSample"), tr("Open the &Sample"), {},
         [documents] { documents->askOpenSample(); });
    make(QStringLiteral("save"), tr("&Save"), QKeySequence::Save,
         [documents] { documents->save(); });
    make(QStringLiteral("saveAs"), tr("Save &As…"), QKeySequence::SaveAs,
         [documents] { documents->askSaveAs(); });
    make(QStringLiteral("import"), tr("&Import JSON…"), {},
         [documents] { documents->askImport(); });
    make(QStringLiteral("importWord"), tr("Import from &Word…"), {},
         [documents] { documents->askImportWord(); });
    make(QStringLiteral("close"), tr("&Close"), QKeySequence::Close,
         [documents] { documents->closeDocument(); });
    make(QStringLiteral("quit"), tr("&Quit"), QKeySequence::Quit, &QWidget::close);

    // The menu names the step: "Undo Add skill". Made here rather than by QUndoGroup, whose
    // prefix cannot be put in a translated sentence. The toolbar button keeps its one short
    // label (the icon text), so the buttons after it never move; its tooltip names the step.
    auto* undo = new QAction(style()->standardIcon(QStyle::SP_ArrowBack), tr("&Undo"), this);
    undo->setObjectName(QStringLiteral("undo"));
    undo->setIconText(tr("Undo"));
    undo->setShortcut(QKeySequence::Undo);
    connect(undo, &QAction::triggered, this, [this] {
        if (m_session && m_session->canUndo()) m_session->undoStack()->undo();
    });
    m_actions.insert(QStringLiteral("undo"), undo);
    auto* redo = new QAction(style()->standardIcon(QStyle::SP_ArrowForward), tr("&Redo"), this);
    redo->setObjectName(QStringLiteral("redo"));
    redo->setIconText(tr("Redo"));
    redo->setShortcuts({QKeySequence::Redo, QKeySequence(tr("Ctrl+Y"))});
    connect(redo, &QAction::triggered, this, [this] {
        if (m_session && m_session->canRedo()) m_session->undoStack()->redo();
    });
    m_actions.insert(QStringLiteral("redo"), redo);
    connect(m_undoGroup, &QUndoGroup::indexChanged, this, &MainWindow::updateUndoActions);
    connect(m_undoGroup, &QUndoGroup::undoTextChanged, this, &MainWindow::updateUndoActions);
    connect(m_undoGroup, &QUndoGroup::redoTextChanged, this, &MainWindow::updateUndoActions);

    StructureController* structure = m_structure;
    make(
        QStringLiteral("addCard"), tr("Add Profession &Card"), QKeySequence(tr("Ctrl+Alt+C")),
        [structure] { structure->addCard(); }, QStyle::SP_FileDialogNewFolder);
    make(QStringLiteral("addFunction"), tr("Add Labour &Function"), QKeySequence(tr("Ctrl+Alt+F")),
         [structure] { structure->addFunction(); });
    make(QStringLiteral("addSkill"), tr("Add S&kill"), QKeySequence(tr("Ctrl+Alt+K")),
         [structure] { structure->addSkill(); });
    make(QStringLiteral("addExtraSection"), tr("Add Chapter or &Appendix"), {},
         [structure] { structure->addExtraSection(); });
    make(QStringLiteral("duplicate"), tr("&Duplicate"), QKeySequence(tr("Ctrl+D")),
         [structure] { structure->duplicateSelected(); });
    action(QStringLiteral("duplicate"))->setIcon(ElementRow::duplicateIcon());
    make(
        QStringLiteral("remove"), tr("Re&move"), QKeySequence(tr("Ctrl+Delete")),
        [structure] { structure->removeSelected(); }, QStyle::SP_DialogDiscardButton);
    make(
        QStringLiteral("moveUp"), tr("Move &Up"), QKeySequence(tr("Ctrl+Shift+Up")),
        [structure] { structure->moveSelected(-1); }, QStyle::SP_ArrowUp);
    make(
        QStringLiteral("moveDown"), tr("Move Do&wn"), QKeySequence(tr("Ctrl+Shift+Down")),
        [structure] { structure->moveSelected(1); }, QStyle::SP_ArrowDown);
    make(QStringLiteral("preferences"), tr("&Preferences…"), QKeySequence(tr("Ctrl+,")), [this] {
        const QString before = Preferences::effectiveUiLanguage();
        PreferencesDialog dialog(this);
        if (dialog.exec() != QDialog::Accepted || Preferences::effectiveUiLanguage() == before)
            return;
        // Once this action's slot has returned: the window it belongs to goes.
        QMetaObject::invokeMethod(
            this, [this] { switchLanguage(Preferences::effectiveUiLanguage()); },
            Qt::QueuedConnection);
    });
    make(QStringLiteral("userGuide"), tr("Kasibi &User Guide"), QKeySequence::HelpContents, [this] {
        auto* guide = new UserGuideDialog(this, this);
        guide->setAttribute(Qt::WA_DeleteOnClose);
        guide->show();
    });
    make(QStringLiteral("about"), tr("&About Kasibi"), {}, [this] {
        QMessageBox::about(this, tr("About Kasibi"),
                           tr("<h3>Kasibi %1</h3><p>An editor of professional standards of the "
                              "Republic of Kazakhstan, to the Rules approved by order No. 377.</p>")
                                   .arg(QCoreApplication::applicationVersion()) +
                               QStringLiteral("<p>%1</p>")
                                   .arg(findChild<ClassifierController*>()->editionsSummary()));
    });

    for (const char* name : {"addCard", "addFunction", "addSkill", "addExtraSection", "duplicate",
                             "moveUp", "moveDown", "remove"})
        m_navigator->addAction(m_actions.value(QLatin1String(name)));
}

void MainWindow::createMenus() {
    QMenu* file = menuBar()->addMenu(tr("&File"));
    for (const char* name : {"new", "newFromTemplate", "open"})
        file->addAction(action(QLatin1String(name)));
    QMenu* recent = file->addMenu(tr("Open &Recent"));
    recent->setObjectName(QStringLiteral("recentMenu"));
    m_documents->setRecentMenu(recent);
    file->addAction(action(QStringLiteral("openSample")));
    file->addSeparator();
    file->addAction(action(QStringLiteral("save")));
    file->addAction(action(QStringLiteral("saveAs")));
    file->addSeparator();
    file->addAction(action(QStringLiteral("import")));
    file->addAction(action(QStringLiteral("importWord")));
    file->addSeparator();
    file->addAction(action(QStringLiteral("close")));
    file->addAction(action(QStringLiteral("quit")));

    QMenu* edit = menuBar()->addMenu(tr("&Edit"));
    edit->addAction(action(QStringLiteral("undo")));
    edit->addAction(action(QStringLiteral("redo")));
    edit->addSeparator();
    for (const char* name : {"addCard", "addFunction", "addSkill", "addExtraSection"})
        edit->addAction(action(QLatin1String(name)));
    edit->addSeparator();
    for (const char* name : {"duplicate", "moveUp", "moveDown", "remove"})
        edit->addAction(action(QLatin1String(name)));
    edit->addSeparator();
    edit->addAction(action(QStringLiteral("preferences")));

    QMenu* view = menuBar()->addMenu(tr("&View"));
    view->addAction(m_validation->toggleViewAction());
    view->addAction(m_importReport->toggleViewAction());

    QMenu* help = menuBar()->addMenu(tr("&Help"));
    help->addAction(action(QStringLiteral("userGuide")));
    help->addAction(action(QStringLiteral("about")));

    QToolBar* tools = addToolBar(tr("Main"));
    tools->setObjectName(QStringLiteral("mainToolBar"));
    tools->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    tools->addAction(action(QStringLiteral("new")));
    tools->addAction(action(QStringLiteral("open")));
    tools->addSeparator();
    tools->addAction(action(QStringLiteral("undo")));
    tools->addAction(action(QStringLiteral("redo")));
    tools->addSeparator();
    for (const char* name : {"addCard", "addFunction", "addSkill"})
        tools->addAction(action(QLatin1String(name)));
    tools->addSeparator();
    // Icons only: the tooltips name what they act on.
    for (const char* name : {"moveUp", "moveDown", "duplicate", "remove"}) {
        tools->addAction(action(QLatin1String(name)));
        if (auto* button =
                qobject_cast<QToolButton*>(tools->widgetForAction(action(QLatin1String(name)))))
            button->setToolButtonStyle(Qt::ToolButtonIconOnly);
    }
}

std::unique_ptr<EditSession> MainWindow::detachSession() {
    // The forms and the outline let go of the document before it closes.
    retireForm();
    deleteRetiredForms();
    m_validation->setSession(nullptr);
    m_model->setSession(nullptr);
    if (m_session) {
        m_documents->rememberName();
        m_undoGroup->removeStack(m_session->undoStack());
        disconnect(m_session.get(), nullptr, this, nullptr);
        disconnect(m_session->document(), nullptr, this, nullptr);
    }
    return std::move(m_session);
}

void MainWindow::setSession(std::unique_ptr<EditSession> session) {
    detachSession(); // and close it
    // A report is about the document its import made.
    m_importReport->clear();
    m_importReport->hide();
    m_session = std::move(session);
    if (m_session) {
        m_session->setContentLanguage(Preferences::contentLanguage());
        m_undoGroup->addStack(m_session->undoStack());
        m_undoGroup->setActiveStack(m_session->undoStack());
        connect(m_session.get(), &EditSession::failed, this, [this](const Error& error) {
            showFailure(tr("The change could not be made"), error);
        });
        connect(m_session.get(), &EditSession::revealRequested, this, &MainWindow::goToField);
        connect(m_session->document(), &StandardDocument::changed, this,
                &MainWindow::updateActions);
        connect(m_session->document(), &StandardDocument::changed, this,
                &MainWindow::teachGlossary);
        m_model->setSession(m_session.get());
        m_pages->setCurrentWidget(m_splitter);
        // Once the splitter is laid out: the form's width is known then.
        QMetaObject::invokeMethod(this, &MainWindow::fitPanes, Qt::QueuedConnection);
        showPage(PageRef::ofChapter(PageRef::Passport));
        m_navigator->expand(m_model->indexOf(PageRef::ofChapter(PageRef::ProfessionCards)));
        m_validation->setSession(m_session.get());
        // Everything was replaced (a version restored, or that undone): outline and form anew.
        connect(m_session->document(), &StandardDocument::contentReset, this, [this] {
            retireForm();
            m_model->setSession(m_session.get());
            showPage(PageRef::ofChapter(PageRef::Passport));
        });
        // The forms are built editable or not: the current one is built again.
        connect(m_session->document(), &StandardDocument::reviewModeChanged, this, [this] {
            retireForm();
            onCurrentChanged();
            updateBanner();
        });
        updateBanner();
    } else {
        m_pages->setCurrentWidget(m_welcome);
        m_welcome->refresh();
        m_documents->updateRecentMenu();
        m_banner->hide();
        m_counts->clear();
    }
    updateTitle();
    updateActions();
    teachGlossary();
    emit sessionChanged();
}

void MainWindow::teachGlossary() {
    for (const QString& language : Schema::languages()) {
        SpellChecker* checker = SpellChecker::forLanguage(language);
        if (!checker) continue;
        QStringList words;
        if (m_session) {
            const DocumentTree& tree = m_session->tree();
            for (const QString& term :
                 tree.children(tree.standardId(), QStringLiteral("generalProvisions/terms")))
                words << SpellChecker::wordsOf(tree.value(term, QStringLiteral("term"), language));
        }
        checker->setKnownWords(QStringLiteral("glossary"), words);
    }
}

void MainWindow::updateBanner() {
    if (m_session && m_session->isReadOnly())
        m_banner->setText(
            tr("This document is open read-only: %1. Use File > Save As to edit a copy.")
                .arg(m_session->readOnlyExplanation()));
    else if (m_session && m_session->document()->isReviewMode())
        m_banner->setText(tr("Review mode: the content is read-only; comments and the conclusion "
                             "can be edited."));
    m_banner->setVisible(m_session &&
                         (m_session->isReadOnly() || m_session->document()->isReviewMode()));
}

void MainWindow::showFailure(const QString& title, const Error& error) {
    const QString message =
        error.where.isEmpty()
            ? error.message
            : tr("%1\n\nFile: %2").arg(error.message, QDir::toNativeSeparators(error.where));
    emit failureShown(title, message);
    if (m_dialogsEnabled) QMessageBox::warning(this, title, message);
}

void MainWindow::updateTitle() {
    if (!m_session) {
        setWindowFilePath({});
        setWindowTitle(tr("Kasibi"));
        return;
    }
    const QString path = m_session->document()->path();
    setWindowFilePath(path);
    QString title = QFileInfo(path).fileName() + QStringLiteral(" — ") + tr("Kasibi");
    if (m_session->isReadOnly())
        title = QFileInfo(path).fileName() + QStringLiteral(" [") +
                tr("read-only: %1").arg(m_session->readOnlyExplanation()) + QStringLiteral("] — ") +
                tr("Kasibi");
    setWindowTitle(title);
}

// ---- pages

bool MainWindow::showPage(const PageRef& page) {
    const QModelIndex index = m_model->indexOf(page);
    if (!index.isValid()) return false;
    if (m_navigator->currentIndex() != index) {
        m_navigator->scrollTo(index);
        m_navigator->setCurrentIndex(index); // builds the form through onCurrentChanged
    }
    return m_form && m_form->page() == page;
}

void MainWindow::onCurrentChanged() {
    updateActions();
    if (!m_session) return;
    const PageRef page = m_model->pageAt(m_navigator->currentIndex());
    if (!page.isValid() || (m_form && m_form->page() == page)) return;
    // Later: this may run inside a signal of a widget of the old form.
    retireForm();
    m_retiredForms.removeAll(nullptr);
    m_form = new NodeForm(m_session.get(), page);
    connect(m_form, &NodeForm::openRequested, this,
            [this](const QString& id) { showPage(PageRef::ofNode(id)); });
    m_formArea->setWidget(m_form);
}

bool MainWindow::goToField(const QString& elementId, const QString& field,
                           const QString& language) {
    if (!m_session) return false;
    if (!showPage(PageRef::locate(m_session->tree(), elementId, field)) || !m_form) return false;
    return m_form->focusField(elementId, field, language);
}

void MainWindow::goToFinding(const Finding& finding) {
    if (!m_session) return;
    if (!showPage(PageRef::locate(m_session->tree(), finding.elementId, finding.field)) || !m_form)
        return;
    m_form->showField(finding.elementId, finding.field, finding.language);
}

// ---- what the actions can do on the selection

void MainWindow::updateActions() {
    const bool open = m_session != nullptr;
    const bool editable = open && m_session->isContentEditable();
    const QString selected = m_structure->selectedNodeId();
    const Node* node = open ? m_session->tree().node(selected) : nullptr;
    const bool movable = editable && node && PageRef::hasOwnPage(node->kind);
    const int index = movable ? m_session->tree().indexInParent(selected) : -1;
    const int count = movable ? m_session->tree().children(node->parentId, node->role).size() : 0;
    for (const char* name : {"saveAs", "close"})
        action(QLatin1String(name))->setEnabled(open);
    action(QStringLiteral("save"))->setEnabled(open && !m_session->isReadOnly());
    action(QStringLiteral("addCard"))->setEnabled(editable);
    action(QStringLiteral("addExtraSection"))->setEnabled(editable);
    action(QStringLiteral("addFunction"))
        ->setEnabled(editable && !m_structure->selectedAncestor(Kind::ProfessionCard).isEmpty());
    action(QStringLiteral("addSkill"))
        ->setEnabled(editable && !m_structure->selectedAncestor(Kind::LaborFunction).isEmpty());
    action(QStringLiteral("duplicate"))->setEnabled(movable);
    action(QStringLiteral("remove"))->setEnabled(movable);
    action(QStringLiteral("moveUp"))->setEnabled(movable && index > 0);
    action(QStringLiteral("moveDown"))->setEnabled(movable && index + 1 < count);
    // The toolbar keeps short texts; the tooltips say what they act on.
    const QString name = node ? Labels::elementName(node->kind, node->role) : QString();
    const auto tip = [this, &name](const char* action, const QString& withName,
                                   const QString& without) {
        QAction* a = this->action(QLatin1String(action));
        const QString text = name.isEmpty() ? without : withName;
        a->setToolTip(a->shortcut().isEmpty()
                          ? text
                          : text + QStringLiteral(" (") +
                                a->shortcut().toString(QKeySequence::NativeText) +
                                QLatin1Char(')'));
    };
    tip("duplicate", tr("Duplicate the %1").arg(name), tr("Duplicate"));
    tip("remove", tr("Remove the %1").arg(name), tr("Remove"));
    tip("moveUp", tr("Move the %1 up").arg(name), tr("Move up"));
    tip("moveDown", tr("Move the %1 down").arg(name), tr("Move down"));
    updateUndoActions();
}

void MainWindow::updateUndoActions() {
    const auto update = [this](QAction* action, bool can, const QString& step, const QString& plain,
                               const QString& named, const QString& tip) {
        action->setEnabled(can);
        action->setText(step.isEmpty() ? plain : named.arg(step));
        const QString shortcut = action->shortcut().toString(QKeySequence::NativeText);
        action->setToolTip((step.isEmpty() ? action->iconText() : tip.arg(step)) +
                           QStringLiteral(" (") + shortcut + QLatin1Char(')'));
    };
    QUndoStack* stack = m_session ? m_session->undoStack() : nullptr;
    update(action(QStringLiteral("undo")), m_session && m_session->canUndo(),
           stack ? stack->undoText() : QString(), tr("&Undo"), tr("&Undo %1"), tr("Undo: %1"));
    update(action(QStringLiteral("redo")), m_session && m_session->canRedo(),
           stack ? stack->redoText() : QString(), tr("&Redo"), tr("&Redo %1"), tr("Redo: %1"));
}

MainWindow* MainWindow::switchLanguage(const QString& language) {
    InterfaceTranslations::install(QCoreApplication::instance(), language);
    auto* next = new MainWindow;
    next->setAttribute(Qt::WA_DeleteOnClose);
    next->setDialogsEnabled(m_dialogsEnabled);
    next->restoreGeometry(saveGeometry());
    next->restoreState(saveState());
    next->m_splitter->restoreState(m_splitter->saveState());
    const PageRef page = m_model->pageAt(m_navigator->currentIndex());
    if (std::unique_ptr<EditSession> session = detachSession()) {
        next->setSession(std::move(session));
        next->showPage(page);
    }
    if (isVisible()) next->show();
    setSession(nullptr);
    close(); // after the new one is shown, so the application goes on
    return next;
}

void MainWindow::resizeEvent(QResizeEvent* event) {
    QMainWindow::resizeEvent(event);
    fitPanes();
}

void MainWindow::showEvent(QShowEvent* event) {
    QMainWindow::showEvent(event);
    fitPanes();
}

void MainWindow::fitPanes() {
    // Below this width the toolbar shows icons only (the texts are in the tooltips), so that
    // every button stays in sight rather than in the overflow menu.
    if (auto* tools = findChild<QToolBar*>(QStringLiteral("mainToolBar")))
        tools->setToolButtonStyle(width() < 1280 ? Qt::ToolButtonIconOnly
                                                 : Qt::ToolButtonTextBesideIcon);
    if (!isVisible() || m_pages->currentWidget() != m_splitter) return;
    if (m_formArea->width() >= UsableFormWidth) return;
    // The outline gives up to a sixth of the window, the docks beside the form under a quarter;
    // what the user made narrower stays so.
    const QList<int> sizes = m_splitter->sizes();
    if (sizes.size() == 2) {
        const int navigator = qBound(m_navigator->minimumWidth(), width() / 6,
                                     qMax(sizes[0], m_navigator->minimumWidth()));
        m_splitter->setSizes({navigator, sizes[0] + sizes[1] - navigator});
    }
    QList<QDockWidget*> docks;
    QList<int> widths;
    for (QDockWidget* dock : findChildren<QDockWidget*>())
        if (dock->isVisible() && !dock->isFloating() &&
            dockWidgetArea(dock) != Qt::BottomDockWidgetArea &&
            dockWidgetArea(dock) != Qt::TopDockWidgetArea) {
            docks << dock;
            widths << qBound(dock->minimumWidth(), width() * 9 / 40,
                             qMax(dock->width(), dock->minimumWidth()));
        }
    if (!docks.isEmpty()) resizeDocks(docks, widths, Qt::Horizontal);
}

void MainWindow::closeEvent(QCloseEvent* event) {
    QSettings settings;
    settings.setValue(QStringLiteral("window/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("window/state"), saveState());
    settings.setValue(QStringLiteral("window/splitter"), m_splitter->saveState());
    event->accept();
}

void MainWindow::dragEnterEvent(QDragEnterEvent* event) {
    // Any file: one that is not a standard (a Word file, say) is told apart when dropped, and
    // the user learns what to do with it.
    for (const QUrl& url : event->mimeData()->urls()) {
        if (url.isLocalFile()) {
            event->acceptProposedAction();
            return;
        }
    }
}

void MainWindow::dropEvent(QDropEvent* event) {
    // Word files dropped together are one standard's Kazakh and Russian files.
    QStringList words;
    for (const QUrl& url : event->mimeData()->urls())
        if (url.isLocalFile() && FileKind::of(url.toLocalFile()) == FileKind::WordDocument)
            words << url.toLocalFile();
    if (!words.isEmpty()) {
        event->acceptProposedAction();
        QMetaObject::invokeMethod(
            m_documents, [this, words] { m_documents->askImportWord(words); },
            Qt::QueuedConnection);
        return;
    }
    for (const QUrl& url : event->mimeData()->urls())
        if (url.isLocalFile()) {
            event->acceptProposedAction();
            const QString path = url.toLocalFile();
            // After the drop has finished: opening may show a dialog.
            QMetaObject::invokeMethod(
                m_documents, [this, path] { m_documents->openPath(path); }, Qt::QueuedConnection);
            return;
        }
}

} // namespace kasibi
