#pragma once

#include <QHash>
#include <QObject>

class QAction;

namespace kasibi {

class CommentsController;
class ConclusionController;
class MainWindow;

// Review of a draft in the editor: the Review menu, review mode (content frozen, comments and
// conclusion editable) and opening a standard for review. The comments and the conclusion have
// controllers of their own, made here. Created by the main window.
class ReviewController : public QObject {
    Q_OBJECT
public:
    explicit ReviewController(MainWindow* window);

    CommentsController* comments() const { return m_comments; }
    ConclusionController* conclusion() const { return m_conclusion; }
    // Any action of the review, the comments' and the conclusion's included.
    QAction* action(const QString& name) const;

    void setReviewMode(bool on);
    bool openForReview(const QString& path);

private:
    void createActions();
    void createMenus();
    void onSessionChanged();
    void updateActions();
    void askOpenForReview();

    MainWindow* m_window;
    CommentsController* m_comments;
    ConclusionController* m_conclusion;
    QHash<QString, QAction*> m_actions;
    QList<QMetaObject::Connection> m_connections;
};

} // namespace kasibi
