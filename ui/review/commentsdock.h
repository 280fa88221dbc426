#pragma once

#include <QDockWidget>
#include <QPointer>

class QAction;
class QBoxLayout;
class QComboBox;
class QHBoxLayout;
class QLabel;
class QTimer;
class QToolButton;
class QTreeWidget;
class QTreeWidgetItem;

namespace kasibi {

class EditSession;

// The review comments of the open standard, thread by thread: who wrote what, when, and about
// which place, with the replies indented under the first comment and resolved threads greyed.
// Each thread names its place above its text; the list is in the order of the places in the
// standard, or of the dates. Filters show the open or the resolved threads, or one author's. A
// click (or Enter) takes the user to the place; the buttons ask the controller to reply, resolve
// or reopen, delete, and to apply a suggestion, whose change is shown word by word below.
class CommentsDock : public QDockWidget {
    Q_OBJECT
public:
    enum class Show { Open, Resolved, All };
    enum class Order { Place, Date };
    enum Column { TextColumn, AuthorColumn };

    explicit CommentsDock(QWidget* parent = nullptr);

    void setSession(EditSession* session); // nullptr: no document
    void setShow(Show show);
    void setOrder(Order order);
    // An empty author shows everyone's.
    void setAuthor(const QString& author);
    QTreeWidget* view() const { return m_view; }
    // The comment selected in the list, or an empty string.
    QString currentComment() const;
    void selectComment(const QString& commentId);
    // The comment ids shown, threads and replies, top to bottom.
    QStringList visibleComments() const;
    // A command of the review shown as a button above the list (a comment on the whole
    // standard).
    void addCommand(QAction* action);

public slots:
    void refresh();

signals:
    void activated(const QString& commentId);
    void replyRequested(const QString& commentId);
    void resolveRequested(const QString& commentId, bool resolved);
    void removeRequested(const QString& commentId);
    void applyRequested(const QString& commentId);

protected:
    void resizeEvent(QResizeEvent* event) override;

private:
    void arrangeButtons();
    void fill(QTreeWidgetItem* item, const QString& id, bool thread, bool resolved);
    void updateButtons();
    void updateDetail();
    void refreshAuthors();
    // A suggestion's change word by word, and whether it can still be applied.
    QString suggestionHtml(const QString& threadId) const;

    QPointer<EditSession> m_session;
    QTreeWidget* m_view;
    QComboBox* m_show;
    QComboBox* m_author;
    QComboBox* m_order;
    QHBoxLayout* m_commands;
    QBoxLayout* m_buttons; // reply, resolve, delete
    QToolButton* m_reply;
    QToolButton* m_resolve;
    QToolButton* m_remove;
    QToolButton* m_apply;
    QLabel* m_placeholder;
    QLabel* m_detail;
    QTimer* m_later;
    QList<QMetaObject::Connection> m_connections;
};

} // namespace kasibi
