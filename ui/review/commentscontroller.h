#pragma once

#include <QHash>
#include <QObject>
#include <QPointer>

class QAction;

namespace kasibi {

class CommentBadges;
class CommentMarkDelegate;
class CommentsDock;
class MainWindow;

// The review comments in the editor: comments on any element, field or list item with replies
// and resolve/reopen, the comments dock, the marks in the navigator and beside the fields, and
// the comments of a reviewed copy brought back. Created by the review controller; every change
// is an edit of the session (EditSession), one undo step each.
class CommentsController : public QObject {
    Q_OBJECT
public:
    explicit CommentsController(MainWindow* window, QObject* parent);

    CommentsDock* dock() const { return m_dock; }
    // addComment, commentOnStandard, importComments, importReviewFromWord.
    QAction* action(const QString& name) const { return m_actions.value(name); }
    CommentBadges* badges() const;
    CommentMarkDelegate* navigatorMarks() const { return m_marks; }

    // What "Add comment" is about: the field with the keyboard focus, else the page selected in
    // the navigator. False when there is nothing to comment on. An item of a list (one
    // knowledge) is commented on itself, by its id, with no field.
    bool commentTarget(QString* targetId, QString* field) const;
    // Each returns the new comment's id, or an empty string when nothing was added.
    QString addComment(const QString& targetId, const QString& field, const QString& text);
    QString reply(const QString& commentId, const QString& text);
    bool setResolved(const QString& commentId, bool resolved);
    // Only one's own comment, with the replies to it when they are one's own too.
    bool removeComment(const QString& commentId);
    // Brings in the comments of a reviewed copy of the same standard, and resolves the threads
    // resolved there; the number of comments brought in and threads resolved, or -1 after
    // showing why not.
    int importComments(const QString& path);
    // Brings in what a reviewer wrote in a Word copy (its comments, and its tracked changes as
    // suggestions) as one undo step, and shows the summary. A file of another standard is asked
    // about first; refused when dialogs are off. The number of comments added (0 when all were
    // there already), or -1 after showing why not.
    int importReviewFromWord(const QString& path);
    // Makes a suggestion's change (the field's or item's text becomes the reviewer's) and
    // resolves it, as one undo step. Refused, with the reason shown and nothing changed, when
    // the text is no longer what the reviewer saw, or the content is frozen for review.
    bool applySuggestion(const QString& commentId);
    void goToComment(const QString& commentId);
    // The dock in front, the way a new or imported comment is shown.
    void showDock();
    void updateActions();
    // Asks for a comment on the given place and adds it, showing it in the dock (the fields'
    // context menu, the read view of a card).
    void askComment(const QString& targetId, const QString& field);

private:
    void createActions();
    void onSessionChanged();
    void refreshMarks();
    void ensureBadges();
    QString author();
    QString postComment(const QString& targetId, const QString& field, const QString& text,
                        const QString& replyTo, const QString& undoText);

    void askAddComment();
    void askReply(const QString& commentId);
    void askImportComments();
    void askImportReviewFromWord();

    MainWindow* m_window;
    CommentsDock* m_dock;
    CommentMarkDelegate* m_marks;
    QPointer<CommentBadges> m_badges;
    QPointer<QWidget> m_badgedForm;
    QHash<QString, QAction*> m_actions;
    QList<QMetaObject::Connection> m_connections;
};

} // namespace kasibi
