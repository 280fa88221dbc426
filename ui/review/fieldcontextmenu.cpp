#include "ui/review/fieldcontextmenu.h"

#include "ui/fields/fieldeditor.h"
#include "ui/fields/growingtextedit.h"

#include <memory>
#include <QAbstractSpinBox>
#include <QAction>
#include <QApplication>
#include <QContextMenuEvent>
#include <QLineEdit>
#include <QMenu>

namespace kasibi {

namespace {

FieldEditor* fieldOf(QWidget* widget, QWidget* scope) {
    for (QWidget* at = widget; at && at != scope; at = at->parentWidget())
        if (auto* editor = qobject_cast<FieldEditor*>(at)) return editor;
    return nullptr;
}

} // namespace

FieldContextMenu::FieldContextMenu(QWidget* scope, QAction* comment, QObject* parent)
    : QObject(parent), m_scope(scope), m_comment(comment) {
    qApp->installEventFilter(this);
}

QMenu* FieldContextMenu::menuFor(QWidget* widget, const QPoint& pos) const {
    if (!m_scope || !widget || !m_scope->isAncestorOf(widget) || !fieldOf(widget, m_scope))
        return nullptr;
    QMenu* menu = nullptr;
    if (auto* text = qobject_cast<GrowingTextEdit*>(widget->parentWidget()))
        menu = text->createContextMenu(text->viewport()->mapFrom(widget, pos)); // its viewport
    else if (auto* text = qobject_cast<GrowingTextEdit*>(widget))
        menu = text->createContextMenu(pos);
    else if (auto* line = qobject_cast<QLineEdit*>(widget))
        menu = line->createStandardContextMenu();
    else if (auto* spin = qobject_cast<QAbstractSpinBox*>(widget))
        if (auto* line = spin->findChild<QLineEdit*>()) menu = line->createStandardContextMenu();
    if (!menu) menu = new QMenu;
    if (!menu->isEmpty()) menu->addSeparator();
    menu->addAction(m_comment);
    return menu;
}

bool FieldContextMenu::eventFilter(QObject* watched, QEvent* event) {
    if (event->type() != QEvent::ContextMenu || !watched->isWidgetType()) return false;
    auto* widget = static_cast<QWidget*>(watched);
    auto* request = static_cast<QContextMenuEvent*>(event);
    std::unique_ptr<QMenu> menu(menuFor(widget, request->pos()));
    if (!menu) return false;
    // The comment is about the field clicked, which may not have had the focus yet.
    if (!widget->hasFocus()) widget->setFocus(Qt::PopupFocusReason);
    menu->exec(request->globalPos());
    return true;
}

} // namespace kasibi
