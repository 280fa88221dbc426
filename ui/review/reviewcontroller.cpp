#include "ui/review/reviewcontroller.h"

#include "ui/shell/namedaction.h"

#include "core/format/anydocumentreader.h"
#include "core/format/documentwriters.h"
#include "core/model/schema.h"
#include "core/review/commentmerger.h"
#include "core/review/commentthreads.h"
#include "ui/commands/editsession.h"
#include "ui/commands/insertelementcommand.h"
#include "ui/commands/removeelementcommand.h"
#include "ui/commands/setvaluecommand.h"
#include "ui/fields/fieldeditor.h"
#include "ui/fields/nodeform.h"
#include "ui/review/commentbadges.h"
#include "ui/review/commenteditdialog.h"
#include "ui/review/commentmarkdelegate.h"
#include "ui/review/commentplace.h"
#include "ui/review/commentsdock.h"
#include "ui/review/conclusiondialog.h"
#include "ui/review/fieldcontextmenu.h"
#include "ui/shell/documentcontroller.h"
#include "ui/shell/mainwindow.h"
#include "ui/shell/navigatormodel.h"
#include "ui/shell/preferences.h"
#include "ui/shell/welcomepage.h"
#include "ui/validation/validationdock.h"

#include <QAction>
#include <QApplication>
#include <QDateTime>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QInputDialog>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QStatusBar>
#include <QTimer>
#include <QTreeView>

namespace kasibi {

namespace {

// The chapters' own keys in the interchange format, so that a comment on a chapter survives it.
QString chapterKey(int chapter) {
    switch (chapter) {
    case PageRef::GeneralProvisions:
        return QStringLiteral("generalProvisions");
    case PageRef::Passport:
        return QStringLiteral("passport");
    case PageRef::ProfessionCards:
        return Role::ProfessionCards;
    case PageRef::TechnicalData:
        return QStringLiteral("technicalData");
    case PageRef::ExtraSections:
        return Role::ExtraSections;
    }
    return {};
}

QMenu* menuHolding(QMenuBar* bar, QAction* action) {
    for (QAction* item : bar->actions())
        if (item->menu() && item->menu()->actions().contains(action)) return item->menu();
    return nullptr;
}

} // namespace

ReviewController::ReviewController(MainWindow* window)
    : QObject(window), m_window(window), m_dock(new CommentsDock(window)),
      m_marks(new CommentMarkDelegate(window->navigatorModel(), this)) {
    setObjectName(QStringLiteral("reviewController"));
    window->addDockWidget(Qt::RightDockWidgetArea, m_dock);
    window->tabifyDockWidget(window->validationDock(), m_dock);
    window->validationDock()->raise();
    window->navigator()->setItemDelegate(m_marks);
    createActions();
    createMenus();
    m_dock->addCommand(action(QStringLiteral("commentOnStandard")));
    new FieldContextMenu(window, action(QStringLiteral("addComment")), this);
    connect(window, &MainWindow::sessionChanged, this, &ReviewController::onSessionChanged);
    connect(m_dock, &CommentsDock::activated, this, &ReviewController::goToComment);
    connect(window->welcomePage(), &WelcomePage::openForReviewRequested, this,
            &ReviewController::askOpenForReview);
    connect(m_dock, &CommentsDock::replyRequested, this, &ReviewController::askReply);
    connect(m_dock, &CommentsDock::resolveRequested, this, &ReviewController::setResolved);
    connect(m_dock, &CommentsDock::removeRequested, this, &ReviewController::removeComment);
    // After the window has built the form of the new page.
    connect(window->navigator()->selectionModel(), &QItemSelectionModel::currentChanged, this,
            [this] { QTimer::singleShot(0, this, &ReviewController::ensureBadges); });
    onSessionChanged();
}

ConclusionDialog* ReviewController::conclusionDialog() const {
    return m_conclusion;
}

CommentBadges* ReviewController::badges() const {
    return m_badges;
}

void ReviewController::createActions() {
    const auto make = [this](const QString& name, const QString& text, const QKeySequence& key,
                             auto slot) {
        auto* action = namedAction(m_window, name, text, key, this, slot);
        m_actions.insert(name, action);
        return action;
    };
    QAction* add = make(QStringLiteral("addComment"), tr("Add &Comment…"),
                        QKeySequence(tr("Ctrl+Alt+M")), &ReviewController::askAddComment);
    add->setIcon(CommentBadges::icon());
    add->setToolTip(tr("Comment on the field being edited, or on the selected element (%1)")
                        .arg(add->shortcut().toString(QKeySequence::NativeText)));
    make(QStringLiteral("commentOnStandard"), tr("Comment on the &Whole Standard…"), {}, [this] {
        if (EditSession* session = m_window->session())
            askComment(session->tree().standardId(), {});
    });
    QAction* mode = make(QStringLiteral("reviewMode"), tr("&Review Mode"), {},
                         [this](bool on) { setReviewMode(on); });
    mode->setCheckable(true);
    mode->setToolTip(tr("Freeze the content; comments and the conclusion stay editable"));
    make(QStringLiteral("openForReview"), tr("Open for &Review…"), {},
         &ReviewController::askOpenForReview);
    make(QStringLiteral("importComments"), tr("&Import Comments From…"), {},
         &ReviewController::askImportComments);
    make(QStringLiteral("conclusion"), tr("&Conclusion…"), {}, [this] { showConclusion(); });
    make(QStringLiteral("exportConclusion"), tr("&Export Conclusion…"), {},
         &ReviewController::askExportConclusion);
    m_window->navigator()->addAction(add);
}

void ReviewController::createMenus() {
    QMenuBar* bar = m_window->menuBar();
    auto* review = new QMenu(tr("Re&view"), m_window);
    review->setObjectName(QStringLiteral("reviewMenu"));
    review->addAction(action(QStringLiteral("addComment")));
    review->addAction(action(QStringLiteral("commentOnStandard")));
    review->addAction(m_dock->toggleViewAction());
    review->addSeparator();
    review->addAction(action(QStringLiteral("reviewMode")));
    review->addAction(action(QStringLiteral("importComments")));
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
        view->addAction(m_dock->toggleViewAction());
}

void ReviewController::onSessionChanged() {
    for (const QMetaObject::Connection& connection : std::as_const(m_connections))
        disconnect(connection);
    m_connections.clear();
    delete m_conclusion;
    EditSession* session = m_window->session();
    m_dock->setSession(session);
    if (session) {
        StandardDocument* document = session->document();
        m_connections << connect(document, &StandardDocument::reviewModeChanged, this, [this] {
            updateActions();
            QTimer::singleShot(0, this, &ReviewController::ensureBadges);
        });
        m_connections << connect(
            document, &StandardDocument::childrenChanged, this,
            [this](const QString& parentId, const QString& role) {
                if (role == CommentThreads::Role && parentId == m_window->session()->tree().rootId)
                    refreshMarks();
                else
                    QTimer::singleShot(0, this, &ReviewController::ensureBadges);
            });
        m_connections << connect(document, &StandardDocument::valueChanged, this,
                                 [this](const QString& id) {
                                     const Node* node = m_window->session()->tree().node(id);
                                     if (node && node->kind == Kind::Comment) refreshMarks();
                                 });
        m_connections << connect(document, &StandardDocument::contentReset, this, [this] {
            QTimer::singleShot(0, this, &ReviewController::refreshMarks);
        });
    }
    updateActions();
    refreshMarks();
}

void ReviewController::updateActions() {
    EditSession* session = m_window->session();
    const bool open = session != nullptr;
    const bool writable = open && !session->isReadOnly();
    action(QStringLiteral("addComment"))->setEnabled(writable);
    action(QStringLiteral("commentOnStandard"))->setEnabled(writable);
    action(QStringLiteral("importComments"))->setEnabled(writable);
    action(QStringLiteral("conclusion"))->setEnabled(open);
    action(QStringLiteral("exportConclusion"))->setEnabled(open);
    QAction* mode = action(QStringLiteral("reviewMode"));
    mode->setEnabled(writable);
    const QSignalBlocker blocker(mode);
    mode->setChecked(open && session->document()->isReviewMode());
}

void ReviewController::refreshMarks() {
    EditSession* session = m_window->session();
    QSet<QString> pages;
    if (session) {
        const DocumentTree& tree = session->tree();
        const CommentThreads threads(tree);
        for (const QString& id : threads.threads()) {
            if (threads.isResolved(id)) continue;
            const PageRef page = PageRef::locate(tree, tree.value(id, Field::TargetId),
                                                 tree.value(id, Field::CommentedField));
            if (page.isValid()) pages.insert(CommentMarkDelegate::keyOf(page.chapter, page.nodeId));
        }
    }
    m_marks->setMarkedPages(pages);
    m_window->navigator()->viewport()->update();
    ensureBadges();
}

void ReviewController::ensureBadges() {
    NodeForm* form = m_window->currentForm();
    if (!form || !m_window->session()) return;
    if (m_badgedForm != form || !m_badges) {
        m_badgedForm = form;
        m_badges = new CommentBadges(m_window->session(), form);
        connect(m_badges, &CommentBadges::clicked, this,
                [this](const QString& elementId, const QString& field) {
                    // The first open comment there, shown in the dock.
                    const DocumentTree& tree = m_window->session()->tree();
                    const CommentThreads threads(tree);
                    for (const QString& id : threads.threads())
                        if (tree.value(id, Field::TargetId) == elementId &&
                            tree.value(id, Field::CommentedField) == field &&
                            !threads.isResolved(id)) {
                            m_dock->show();
                            m_dock->raise();
                            m_dock->setShow(CommentsDock::Show::Open);
                            m_dock->selectComment(id);
                            return;
                        }
                });
        return;
    }
    m_badges->refresh();
}

void ReviewController::showFailure(const QString& title, const Error& error) {
    const QString message =
        error.where.isEmpty()
            ? error.message
            : tr("%1\n\nFile: %2").arg(error.message, QDir::toNativeSeparators(error.where));
    emit m_window->failureShown(title, message);
    if (m_window->dialogsEnabled()) QMessageBox::warning(m_window, title, message);
}

QString ReviewController::author() {
    QString name = Preferences::authorName();
    if (!name.isEmpty() || !m_window->dialogsEnabled()) return name;
    // Asked once: the answer is kept in the preferences.
    name = QInputDialog::getText(m_window, tr("Your name"),
                                 tr("Comments are signed with your name. It is kept in the "
                                    "preferences, where you can change it."))
               .trimmed();
    if (!name.isEmpty()) Preferences::setAuthorName(name);
    return name;
}

bool ReviewController::commentTarget(QString* targetId, QString* field) const {
    EditSession* session = m_window->session();
    if (!session) return false;
    const DocumentTree& tree = session->tree();
    NodeForm* form = m_window->currentForm();
    for (QWidget* widget = QApplication::focusWidget();
         widget && form && form->isAncestorOf(widget); widget = widget->parentWidget()) {
        auto* editor = qobject_cast<FieldEditor*>(widget);
        if (!editor) continue;
        const Node* node = tree.node(editor->nodeId());
        if (!node) break;
        // An item of a list is commented on as a whole: its one field is its text.
        *targetId = node->id;
        *field = Schema::kind(node->kind)->isTextItem ? QString() : editor->field();
        return true;
    }
    const PageRef page = m_window->navigatorModel()->pageAt(m_window->navigator()->currentIndex());
    if (!page.isValid()) return false;
    *targetId = page.nodeId.isEmpty() ? tree.standardId() : page.nodeId;
    *field = page.nodeId.isEmpty() ? chapterKey(page.chapter) : QString();
    return true;
}

QString ReviewController::addComment(const QString& targetId, const QString& field,
                                     const QString& text) {
    return postComment(targetId, field, text, {}, tr("Add comment"));
}

QString ReviewController::reply(const QString& commentId, const QString& text) {
    EditSession* session = m_window->session();
    if (!session || !session->tree().node(commentId)) return {};
    const DocumentTree& tree = session->tree();
    const QString thread = CommentThreads(tree).threadOf(commentId);
    return postComment(tree.value(thread, Field::TargetId),
                       tree.value(thread, Field::CommentedField), text, commentId,
                       tr("Reply to comment"));
}

QString ReviewController::postComment(const QString& targetId, const QString& field,
                                      const QString& text, const QString& replyTo,
                                      const QString& undoText) {
    EditSession* session = m_window->session();
    const QString name = session ? author() : QString();
    if (!session || name.isEmpty() || text.trimmed().isEmpty() || !session->tree().node(targetId))
        return {};
    const DocumentTree& tree = session->tree();
    Node comment{DocumentTree::newId(), Kind::Comment, tree.rootId, CommentThreads::Role};
    comment.values.insert(Field::TargetId, targetId);
    if (!field.isEmpty()) comment.values.insert(Field::CommentedField, field);
    if (!replyTo.isEmpty()) comment.values.insert(Field::ReplyTo, replyTo);
    comment.values.insert(Field::Author, name);
    // Local time with its offset: readers in another time zone see when it really was.
    const QDateTime now = QDateTime::currentDateTime();
    comment.values.insert(Field::Created,
                          now.toOffsetFromUtc(now.offsetFromUtc()).toString(Qt::ISODate));
    comment.values.insert(Field::Text, text.trimmed());
    session->undoStack()->push(new InsertElementCommand(
        session, tree.rootId, CommentThreads::Role,
        tree.children(tree.rootId, CommentThreads::Role).size(), {comment}, undoText));
    return session->tree().node(comment.id) ? comment.id : QString();
}

bool ReviewController::setResolved(const QString& commentId, bool resolved) {
    EditSession* session = m_window->session();
    if (!session) return false;
    const QString thread = CommentThreads(session->tree()).threadOf(commentId);
    const Node* node = session->tree().node(thread);
    if (!node) return false;
    std::optional<QString> before;
    if (node->values.contains(Field::Resolved)) before = node->values.value(Field::Resolved);
    const std::optional<QString> after =
        resolved ? std::optional<QString>(QStringLiteral("true")) : std::nullopt;
    if (before == after) return true;
    auto* command = new SetValueCommand(session, thread, Field::Resolved, {}, before, after, 0);
    command->setText(resolved ? tr("Resolve comment") : tr("Reopen comment"));
    session->undoStack()->push(command);
    return CommentThreads(session->tree()).isResolved(thread) == resolved;
}

bool ReviewController::removeComment(const QString& commentId) {
    EditSession* session = m_window->session();
    if (!session || !session->tree().node(commentId)) return false;
    const DocumentTree& tree = session->tree();
    const QString me = Preferences::authorName();
    const CommentThreads threads(tree);
    QStringList going{commentId};
    if (threads.threadOf(commentId) == commentId) going << threads.replies(commentId);
    for (const QString& id : going)
        if (me.isEmpty() || tree.value(id, Field::Author) != me) {
            showFailure(tr("The comment could not be deleted"),
                        Error{id == commentId
                                  ? tr("Only the author of a comment can delete it.")
                                  : tr("Others have replied to it: resolve it instead."),
                              {}});
            return false;
        }
    QUndoStack* stack = session->undoStack();
    stack->beginMacro(tr("Delete comment"));
    for (auto it = going.crbegin(); it != going.crend(); ++it)
        stack->push(new RemoveElementCommand(session, *it));
    stack->endMacro();
    return !session->tree().node(commentId);
}

int ReviewController::importComments(const QString& path) {
    EditSession* session = m_window->session();
    if (!session) return -1;
    Result<DocumentTree> reviewed = AnyDocumentReader().read(path);
    if (!reviewed) {
        showFailure(tr("The comments could not be imported"), reviewed.error());
        return -1;
    }
    const DocumentTree& tree = session->tree();
    Result<CommentMerge> merge = CommentMerger::merge(tree, reviewed.value(), path);
    if (!merge) {
        showFailure(tr("The comments could not be imported"), merge.error());
        return -1;
    }
    const QString name = QDir::toNativeSeparators(path);
    if (merge.value().isEmpty()) {
        m_window->statusBar()->showMessage(tr("No new comments in %1.").arg(name), 5000);
        return 0;
    }
    QUndoStack* stack = session->undoStack();
    const QString root = tree.rootId;
    stack->beginMacro(tr("Import comments"));
    for (const QVector<Node>& comment : merge.value().newComments)
        stack->push(
            new InsertElementCommand(session, root, CommentThreads::Role,
                                     session->tree().children(root, CommentThreads::Role).size(),
                                     comment, tr("Import comments")));
    for (const QString& thread : merge.value().resolvedThreads)
        session->setValue(thread, Field::Resolved, {}, QStringLiteral("true"));
    stack->endMacro();
    const int added = int(merge.value().newComments.size());
    const int resolved = int(merge.value().resolvedThreads.size());
    m_window->statusBar()->showMessage(
        resolved == 0 ? tr("%n comment(s) imported from %1.", nullptr, added).arg(name)
                      : tr("%n comment(s) imported from %1", nullptr, added).arg(name) +
                            tr(", %n thread(s) resolved there.", nullptr, resolved),
        5000);
    m_dock->show();
    m_dock->raise();
    return added + resolved;
}

void ReviewController::setReviewMode(bool on) {
    EditSession* session = m_window->session();
    if (session && !session->isReadOnly())
        if (Status set = session->document()->setReviewMode(on); !set)
            showFailure(tr("Review mode could not be changed"), set.error());
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
    m_dock->show();
    m_dock->raise();
    return true;
}

bool ReviewController::exportConclusion(const QString& path) {
    EditSession* session = m_window->session();
    if (!session) return false;
    std::unique_ptr<DocumentWriter> writer = DocumentWriters::conclusionForPath(path);
    if (!writer) {
        showFailure(
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
        showFailure(tr("The conclusion could not be exported"), written.error());
        return false;
    }
    m_window->statusBar()->showMessage(
        tr("Conclusion exported to %1").arg(QDir::toNativeSeparators(path)), 5000);
    return true;
}

ConclusionDialog* ReviewController::showConclusion() {
    EditSession* session = m_window->session();
    if (!session) return nullptr;
    if (!m_conclusion) {
        m_conclusion = new ConclusionDialog(session, m_window);
        m_conclusion->setAttribute(Qt::WA_DeleteOnClose);
        connect(m_conclusion, &ConclusionDialog::exportRequested, this,
                &ReviewController::askExportConclusion);
    }
    m_conclusion->show();
    m_conclusion->raise();
    m_conclusion->activateWindow();
    return m_conclusion;
}

void ReviewController::goToComment(const QString& commentId) {
    EditSession* session = m_window->session();
    if (!session) return;
    const DocumentTree& tree = session->tree();
    const QString thread = CommentThreads(tree).threadOf(commentId);
    const QString target = tree.value(thread, Field::TargetId);
    const QString field = tree.value(thread, Field::CommentedField);
    const Node* node = tree.node(target);
    // A chapter of the standard: its page; an element or a field: there, with the cursor in it.
    if (node && node->kind == Kind::Standard && !Schema::kind(Kind::Standard)->field(field))
        m_window->showPage(PageRef::locate(tree, target, field));
    else
        m_window->goToField(target, field, {});
}

void ReviewController::askAddComment() {
    QString target, field;
    if (!m_window->session() || !commentTarget(&target, &field)) {
        m_window->statusBar()->showMessage(tr("Select a field or an element to comment on."), 4000);
        return;
    }
    askComment(target, field);
}

void ReviewController::askComment(const QString& target, const QString& field) {
    EditSession* session = m_window->session();
    if (!session || !session->tree().node(target) || author().isEmpty()) return;
    QPointer<QWidget> focus = QApplication::focusWidget();
    CommentEditDialog dialog(CommentPlace::describe(*session, target, field), {}, m_window);
    if (dialog.exec() != QDialog::Accepted) return;
    const QString id = addComment(target, field, dialog.text());
    if (id.isEmpty()) return;
    // The new comment is shown where the comments are, in front of whatever shared its place.
    m_dock->show();
    m_dock->raise();
    m_dock->setShow(CommentsDock::Show::Open);
    m_dock->selectComment(id);
    if (focus) focus->setFocus();
}

void ReviewController::askReply(const QString& commentId) {
    EditSession* session = m_window->session();
    if (!session || !session->tree().node(commentId) || author().isEmpty()) return;
    const DocumentTree& tree = session->tree();
    const QString thread = CommentThreads(tree).threadOf(commentId);
    CommentEditDialog dialog(CommentPlace::describe(*session, tree.value(thread, Field::TargetId),
                                                    tree.value(thread, Field::CommentedField)),
                             tree.value(commentId, Field::Author) + QStringLiteral(": ") +
                                 tree.value(commentId, Field::Text),
                             m_window);
    if (dialog.exec() != QDialog::Accepted) return;
    const QString id = reply(commentId, dialog.text());
    if (!id.isEmpty()) m_dock->selectComment(id);
}

void ReviewController::askOpenForReview() {
    const QString path = QFileDialog::getOpenFileName(m_window, tr("Open a standard for review"),
                                                      m_window->documents()->documentsFolder(),
                                                      DocumentController::openFilter());
    if (!path.isEmpty()) openForReview(path);
}

void ReviewController::askImportComments() {
    EditSession* session = m_window->session();
    if (!session) return;
    const QString path = QFileDialog::getOpenFileName(
        m_window, tr("Import comments from a reviewed copy"),
        QFileInfo(session->document()->path()).absolutePath(), tr("Standards (*.kasibi *.json)"));
    if (!path.isEmpty()) importComments(path);
}

void ReviewController::askExportConclusion() {
    EditSession* session = m_window->session();
    if (!session) return;
    QStringList filters;
    for (const QString& extension : DocumentWriters::conclusionExtensions())
        filters << tr("%1 files (*.%2)").arg(extension.toUpper(), extension);
    const QFileInfo current(session->document()->path());
    QString path = QFileDialog::getSaveFileName(m_window, tr("Export the conclusion"),
                                                current.absolutePath() + QLatin1Char('/') +
                                                    current.completeBaseName() + tr("-conclusion") +
                                                    QStringLiteral(".docx"),
                                                filters.join(QStringLiteral(";;")));
    if (!path.isEmpty()) exportConclusion(path);
}

} // namespace kasibi
