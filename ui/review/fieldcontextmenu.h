#pragma once

#include <QObject>
#include <QPointer>

class QAction;
class QMenu;
class QWidget;

namespace kasibi {

// Every field's context menu ends with "Add Comment…", whatever the field's editor (a text, a
// code, a level picker, a check box), in review mode too, so that a reviewer comments where she
// reads. Watches the context-menu events of the window's field editors: the editor's own menu
// (editing, spelling) is kept and the comment action added under it.
class FieldContextMenu : public QObject {
    Q_OBJECT
public:
    // `scope`: only fields inside it get the action; `comment`: the action to add.
    FieldContextMenu(QWidget* scope, QAction* comment, QObject* parent = nullptr);

    // The menu a context-menu request on `widget` at `pos` opens: the widget's own actions and
    // then `comment`. Null when the widget is not inside a field of the scope. Owned by the caller.
    QMenu* menuFor(QWidget* widget, const QPoint& pos) const;

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    QPointer<QWidget> m_scope;
    QAction* m_comment;
};

} // namespace kasibi
