#include "ui/review/commentscontroller.h"

#include "core/format/anydocumentreader.h"
#include "core/format/documentreaders.h"
#include "core/format/docxstandardreader.h"
#include "core/model/schema.h"
#include "core/review/commentmerger.h"
#include "core/review/commentthreads.h"
#include "core/review/suggestion.h"
#include "core/reviewimport/reviewimport.h"
#include "ui/commands/editsession.h"
#include "ui/fields/fieldeditor.h"
#include "ui/fields/nodeform.h"
#include "ui/review/commentbadges.h"
#include "ui/review/commenteditdialog.h"
#include "ui/review/commentmarkdelegate.h"
#include "ui/review/commentplace.h"
#include "ui/review/commentsdock.h"
#include "ui/review/fieldcontextmenu.h"
#include "ui/shell/mainwindow.h"
#include "ui/shell/namedaction.h"
#include "ui/shell/navigatormodel.h"
#include "ui/shell/preferences.h"
#include "ui/validation/validationdock.h"

#include <QAction>
#include <QApplication>
#include <QDateTime>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QInputDialog>
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

} // namespace

CommentsController::CommentsController(MainWindow* window, QObject* parent)
    : QObject(parent), m_window(window), m_dock(new CommentsDock(window)),
      m_marks(new CommentMarkDelegate(window->navigatorModel(), this)) {
    setObjectName(QStringLiteral("commentsController"));
    window->addDockWidget(Qt::RightDockWidgetArea, m_dock);
    window->tabifyDockWidget(window->validationDock(), m_dock);
    window->validationDock()->raise();
    window->navigator()->setItemDelegate(m_marks);
    createActions();
    m_dock->addCommand(action(QStringLiteral("commentOnStandard")));
    new FieldContextMenu(window, action(QStringLiteral("addComment")), this);
    connect(window, &MainWindow::sessionChanged, this, &CommentsController::onSessionChanged);
    connect(m_dock, &CommentsDock::activated, this, &CommentsController::goToComment);
    connect(m_dock, &CommentsDock::replyRequested, this, &CommentsController::askReply);
    connect(m_dock, &CommentsDock::resolveRequested, this, &CommentsController::setResolved);
    connect(m_dock, &CommentsDock::removeRequested, this, &CommentsController::removeComment);
    connect(m_dock, &CommentsDock::applyRequested, this, &CommentsController::applySuggestion);
    // After the window has built the form of the new page.
    connect(window->navigator()->selectionModel(), &QItemSelectionModel::currentChanged, this,
            [this] { QTimer::singleShot(0, this, &CommentsController::ensureBadges); });
    onSessionChanged();
}

CommentBadges* CommentsController::badges() const {
    return m_badges;
}

void CommentsController::createActions() {
    const auto make = [this](const QString& name, const QString& text, const QKeySequence& key,
                             auto slot) {
        auto* action = namedAction(m_window, name, text, key, this, slot);
        m_actions.insert(name, action);
        return action;
    };
    QAction* add = make(QStringLiteral("addComment"), tr("Add &Comment…"),
                        QKeySequence(tr("Ctrl+Alt+M")), &CommentsController::askAddComment);
    add->setIcon(CommentBadges::icon());
    add->setToolTip(tr("Comment on the field being edited, or on the selected element (%1)")
                        .arg(add->shortcut().toString(QKeySequence::NativeText)));
    make(QStringLiteral("commentOnStandard"), tr("Comment on the &Whole Standard…"), {}, [this] {
        if (EditSession* session = m_window->session())
            askComment(session->tree().standardId(), {});
    });
    make(QStringLiteral("importComments"), tr("&Import Comments From…"), {},
         &CommentsController::askImportComments);
    make(QStringLiteral("importReviewFromWord"), tr("Import Review From &Word…"), {},
         &CommentsController::askImportReviewFromWord);
    m_window->navigator()->addAction(add);
}

void CommentsController::onSessionChanged() {
    for (const QMetaObject::Connection& connection : std::as_const(m_connections))
        disconnect(connection);
    m_connections.clear();
    EditSession* session = m_window->session();
    m_dock->setSession(session);
    if (session) {
        StandardDocument* document = session->document();
        m_connections << connect(document, &StandardDocument::reviewModeChanged, this, [this] {
            QTimer::singleShot(0, this, &CommentsController::ensureBadges);
        });
        m_connections << connect(
            document, &StandardDocument::childrenChanged, this,
            [this](const QString& parentId, const QString& role) {
                if (role == CommentThreads::Role && parentId == m_window->session()->tree().rootId)
                    refreshMarks();
                else
                    QTimer::singleShot(0, this, &CommentsController::ensureBadges);
            });
        m_connections << connect(document, &StandardDocument::valueChanged, this,
                                 [this](const QString& id) {
                                     const Node* node = m_window->session()->tree().node(id);
                                     if (node && node->kind == Kind::Comment) refreshMarks();
                                 });
        m_connections << connect(document, &StandardDocument::contentReset, this, [this] {
            QTimer::singleShot(0, this, &CommentsController::refreshMarks);
        });
    }
    updateActions();
    refreshMarks();
}

void CommentsController::updateActions() {
    EditSession* session = m_window->session();
    const bool writable = session && !session->isReadOnly();
    action(QStringLiteral("addComment"))->setEnabled(writable);
    action(QStringLiteral("commentOnStandard"))->setEnabled(writable);
    action(QStringLiteral("importComments"))->setEnabled(writable);
    action(QStringLiteral("importReviewFromWord"))->setEnabled(writable);
}

void CommentsController::refreshMarks() {
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

void CommentsController::ensureBadges() {
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
                            showDock();
                            m_dock->setShow(CommentsDock::Show::Open);
                            m_dock->selectComment(id);
                            return;
                        }
                });
        return;
    }
    m_badges->refresh();
}

void CommentsController::showDock() {
    m_dock->show();
    m_dock->raise();
}

QString CommentsController::author() {
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

bool CommentsController::commentTarget(QString* targetId, QString* field) const {
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

QString CommentsController::addComment(const QString& targetId, const QString& field,
                                       const QString& text) {
    return postComment(targetId, field, text, {}, tr("Add comment"));
}

QString CommentsController::reply(const QString& commentId, const QString& text) {
    EditSession* session = m_window->session();
    if (!session || !session->tree().node(commentId)) return {};
    const DocumentTree& tree = session->tree();
    const QString thread = CommentThreads(tree).threadOf(commentId);
    return postComment(tree.value(thread, Field::TargetId),
                       tree.value(thread, Field::CommentedField), text, commentId,
                       tr("Reply to comment"));
}

QString CommentsController::postComment(const QString& targetId, const QString& field,
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
    return session->insertSubtree(tree.rootId, CommentThreads::Role, -1, {comment}, undoText);
}

bool CommentsController::setResolved(const QString& commentId, bool resolved) {
    EditSession* session = m_window->session();
    if (!session) return false;
    const QString thread = CommentThreads(session->tree()).threadOf(commentId);
    if (!session->tree().node(thread)) return false;
    session->setValue(thread, Field::Resolved, {},
                      resolved ? std::optional<QString>(QStringLiteral("true")) : std::nullopt, 0,
                      resolved ? tr("Resolve comment") : tr("Reopen comment"));
    return CommentThreads(session->tree()).isResolved(thread) == resolved;
}

bool CommentsController::removeComment(const QString& commentId) {
    EditSession* session = m_window->session();
    if (!session || !session->tree().node(commentId)) return false;
    const DocumentTree& tree = session->tree();
    const QString me = Preferences::authorName();
    const CommentThreads threads(tree);
    QStringList going{commentId};
    if (threads.threadOf(commentId) == commentId) going << threads.replies(commentId);
    for (const QString& id : going)
        if (me.isEmpty() || tree.value(id, Field::Author) != me) {
            m_window->showFailure(tr("The comment could not be deleted"),
                                  Error{id == commentId
                                            ? tr("Only the author of a comment can delete it.")
                                            : tr("Others have replied to it: resolve it instead."),
                                        {}});
            return false;
        }
    {
        const EditSession::Step step(session, tr("Delete comment"));
        for (auto it = going.crbegin(); it != going.crend(); ++it)
            session->removeElement(*it);
    }
    return !session->tree().node(commentId);
}

int CommentsController::importComments(const QString& path) {
    EditSession* session = m_window->session();
    if (!session) return -1;
    Result<DocumentTree> reviewed = AnyDocumentReader().read(path);
    if (!reviewed) {
        m_window->showFailure(tr("The comments could not be imported"), reviewed.error());
        return -1;
    }
    const DocumentTree& tree = session->tree();
    Result<CommentMerge> merge = CommentMerger::merge(tree, reviewed.value(), path);
    if (!merge) {
        m_window->showFailure(tr("The comments could not be imported"), merge.error());
        return -1;
    }
    const QString name = QDir::toNativeSeparators(path);
    if (merge.value().isEmpty()) {
        m_window->statusBar()->showMessage(tr("No new comments in %1.").arg(name), 5000);
        return 0;
    }
    {
        const EditSession::Step step(session, tr("Import comments"));
        for (const QVector<Node>& comment : merge.value().newComments)
            session->insertSubtree(tree.rootId, CommentThreads::Role, -1, comment,
                                   tr("Import comments"));
        for (const QString& thread : merge.value().resolvedThreads)
            session->setValue(thread, Field::Resolved, {}, QStringLiteral("true"));
    }
    const int added = int(merge.value().newComments.size());
    const int resolved = int(merge.value().resolvedThreads.size());
    m_window->statusBar()->showMessage(
        resolved == 0 ? tr("%n comment(s) imported from %1.", nullptr, added).arg(name)
                      : tr("%n comment(s) imported from %1", nullptr, added).arg(name) +
                            tr(", %n thread(s) resolved there.", nullptr, resolved),
        5000);
    showDock();
    return added + resolved;
}

int CommentsController::importReviewFromWord(const QString& path) {
    EditSession* session = m_window->session();
    if (!session) return -1;
    const QString title = tr("The review could not be imported");
    const DocumentTree& tree = session->tree();
    bool acceptOtherStandard = false;
    Result<QString> whose = ReviewImport::standardIdOf(path);
    if (!whose) {
        m_window->showFailure(title, whose.error());
        return -1;
    }
    const QString name = QDir::toNativeSeparators(path);
    if (!whose.value().isEmpty() && whose.value() != tree.standardId() &&
        m_window->dialogsEnabled()) {
        if (QMessageBox::question(
                m_window, tr("Import Review From Word"),
                tr("%1 was exported from another standard (%2). Import its comments into this "
                   "one anyway?")
                    .arg(name, whose.value())) != QMessageBox::Yes)
            return -1;
        acceptOtherStandard = true;
    }
    Result<ReviewImportResult> read = ReviewImport::read(tree, path, acceptOtherStandard);
    if (!read) {
        m_window->showFailure(title, read.error());
        return -1;
    }
    const ReviewImportResult& result = read.value();
    if (!result.newComments.isEmpty()) {
        const EditSession::Step step(session, tr("Import review from Word"));
        for (const Node& comment : result.newComments)
            session->insertSubtree(tree.rootId, CommentThreads::Role, -1, {comment},
                                   tr("Import review from Word"));
    }
    using Kind = ImportedRemark::Kind;
    using Anchor = ImportedRemark::Anchor;
    const QStringList summary{tr("From %1:").arg(name),
                              tr("comments anchored by mark: %1, by text: %2, unanchored: %3")
                                  .arg(result.count(Kind::Comment, Anchor::Mark))
                                  .arg(result.count(Kind::Comment, Anchor::Text))
                                  .arg(result.count(Kind::Comment, Anchor::None)),
                              tr("suggestions: %1").arg(result.suggestions()),
                              tr("already in the standard: %1").arg(result.duplicates())};
    m_window->statusBar()->showMessage(
        summary.first() + QLatin1Char(' ') + summary.mid(1).join(QStringLiteral("; ")), 10000);
    showDock();
    if (m_window->dialogsEnabled())
        QMessageBox::information(m_window, tr("Import Review From Word"),
                                 summary.join(QLatin1Char('\n')));
    return int(result.newComments.size());
}

bool CommentsController::applySuggestion(const QString& commentId) {
    EditSession* session = m_window->session();
    if (!session) return false;
    const DocumentTree& tree = session->tree();
    const QString thread = CommentThreads(tree).threadOf(commentId);
    const std::optional<Suggestion> suggestion = Suggestion::of(tree, thread);
    if (!suggestion) return false;
    const QString title = tr("The suggestion could not be applied");
    if (!session->isContentEditable()) {
        m_window->showFailure(
            title, Error{session->isReadOnly()
                             ? session->readOnlyExplanation()
                             : tr("The content is frozen for review: end the review to apply "
                                  "suggestions."),
                         {}});
        return false;
    }
    if (suggestion->isStale(tree)) {
        m_window->showFailure(
            title, Error{tr("The text at %1 has changed since the reviewer saw it, and applying "
                            "the suggestion would overwrite that edit. Nothing was changed: make "
                            "the change by hand, or resolve the suggestion.")
                             .arg(CommentPlace::describe(*session, suggestion->elementId,
                                                         suggestion->field)),
                         {}});
        return false;
    }
    {
        const EditSession::Step step(session, tr("Apply suggestion"));
        session->setValue(suggestion->elementId, suggestion->field, suggestion->language,
                          suggestion->after.isEmpty() ? std::nullopt
                                                      : std::optional<QString>(suggestion->after));
        session->setValue(thread, Field::Resolved, {}, QStringLiteral("true"));
    }
    return suggestion->current(session->tree()) == suggestion->after &&
           CommentThreads(session->tree()).isResolved(thread);
}

void CommentsController::goToComment(const QString& commentId) {
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

void CommentsController::askAddComment() {
    QString target, field;
    if (!m_window->session() || !commentTarget(&target, &field)) {
        m_window->statusBar()->showMessage(tr("Select a field or an element to comment on."), 4000);
        return;
    }
    askComment(target, field);
}

void CommentsController::askComment(const QString& target, const QString& field) {
    EditSession* session = m_window->session();
    if (!session || !session->tree().node(target) || author().isEmpty()) return;
    QPointer<QWidget> focus = QApplication::focusWidget();
    CommentEditDialog dialog(CommentPlace::describe(*session, target, field), {}, m_window);
    if (dialog.exec() != QDialog::Accepted) return;
    const QString id = addComment(target, field, dialog.text());
    if (id.isEmpty()) return;
    // The new comment is shown where the comments are, in front of whatever shared its place.
    showDock();
    m_dock->setShow(CommentsDock::Show::Open);
    m_dock->selectComment(id);
    if (focus) focus->setFocus();
}

void CommentsController::askReply(const QString& commentId) {
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

void CommentsController::askImportComments() {
    EditSession* session = m_window->session();
    if (!session) return;
    const QString path = QFileDialog::getOpenFileName(
        m_window, tr("Import comments from a reviewed copy"),
        QFileInfo(session->document()->path()).absolutePath(), DocumentReaders::openFilter(true));
    if (!path.isEmpty()) importComments(path);
}

void CommentsController::askImportReviewFromWord() {
    EditSession* session = m_window->session();
    if (!session) return;
    const QString path = QFileDialog::getOpenFileName(
        m_window, tr("Import a review from Word"),
        QFileInfo(session->document()->path()).absolutePath(), DocxStandardReader().fileFilter());
    if (!path.isEmpty()) importReviewFromWord(path);
}

} // namespace kasibi
