#pragma once

#include "core/model/result.h"

#include <QHash>
#include <QObject>
#include <QPointer>

class QAction;

namespace kasibi {

class CommentBadges;
class CommentMarkDelegate;
class CommentsDock;
class ConclusionDialog;
class FieldContextMenu;
class EditSession;
class MainWindow;

// Review of a draft in the editor: comments on any element or field with replies and
// resolve/reopen, the comments dock, review mode (content frozen, comments and conclusion
// editable), comments merged from a reviewed copy, and the National body's conclusion.
// Created by the main window; adds its own menu, actions and dock there. Every change is an
// undoable command on the session's stack.
class ReviewController : public QObject {
    Q_OBJECT
public:
    explicit ReviewController(MainWindow* window);

    CommentsDock* dock() const { return m_dock; }
    QAction* action(const QString& name) const { return m_actions.value(name); }
    ConclusionDialog* conclusionDialog() const;
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
    void setReviewMode(bool on);
    bool openForReview(const QString& path);
    bool exportConclusion(const QString& path);
    ConclusionDialog* showConclusion();
    void goToComment(const QString& commentId);

private:
    void createActions();
    void createMenus();
    void onSessionChanged();
    void updateActions();
    void refreshMarks();
    void ensureBadges();
    QString author();
    QString postComment(const QString& targetId, const QString& field, const QString& text,
                        const QString& replyTo, const QString& undoText);
    void showFailure(const QString& title, const Error& error);

    void askAddComment();
    // Asks for a comment on the given place and adds it, showing it in the dock.
    void askComment(const QString& targetId, const QString& field);
    void askReply(const QString& commentId);
    void askOpenForReview();
    void askImportComments();
    void askExportConclusion();

    MainWindow* m_window;
    CommentsDock* m_dock;
    CommentMarkDelegate* m_marks;
    QPointer<CommentBadges> m_badges;
    QPointer<QWidget> m_badgedForm;
    QPointer<ConclusionDialog> m_conclusion;
    QHash<QString, QAction*> m_actions;
    QList<QMetaObject::Connection> m_connections;
};

} // namespace kasibi
