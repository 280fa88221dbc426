#include "ui/shell/structurecontroller.h"

#include "core/model/pageref.h"
#include "core/model/schema.h"
#include "ui/commands/editsession.h"
#include "ui/fields/nodeform.h"
#include "ui/shell/mainwindow.h"
#include "ui/shell/navigatormodel.h"

#include <QKeySequence>
#include <QStatusBar>
#include <QTreeView>

namespace kasibi {

StructureController::StructureController(MainWindow* window) : QObject(window), m_window(window) {}

QString StructureController::selectedNodeId() const {
    return m_window->navigatorModel()->pageAt(m_window->navigator()->currentIndex()).nodeId;
}

QString StructureController::selectedAncestor(const QString& kind) const {
    if (!m_window->session()) return {};
    for (const Node* node = m_window->session()->tree().node(selectedNodeId()); node;
         node = m_window->session()->tree().node(node->parentId))
        if (node->kind == kind) return node->id;
    return {};
}

void StructureController::addAndShow(const QString& parentId, const QString& role, int index) {
    if (!m_window->session() || parentId.isEmpty()) return;
    const QString id = m_window->session()->addElement(parentId, role, index);
    if (id.isEmpty()) return;
    m_window->showPage(PageRef::ofNode(id));
    if (NodeForm* form = m_window->currentForm())
        form->focusField(id, Field::Name, m_window->session()->contentLanguage());
}

void StructureController::addCard() {
    if (!m_window->session()) return;
    const QString card = selectedAncestor(Kind::ProfessionCard);
    addAndShow(m_window->session()->tree().standardId(), Role::ProfessionCards,
               card.isEmpty() ? -1 : m_window->session()->tree().indexInParent(card) + 1);
}

void StructureController::addFunction() {
    const QString card = selectedAncestor(Kind::ProfessionCard);
    const QString function = selectedAncestor(Kind::LaborFunction);
    addAndShow(card, Role::LaborFunctions,
               function.isEmpty() ? -1 : m_window->session()->tree().indexInParent(function) + 1);
}

void StructureController::addSkill() {
    const QString function = selectedAncestor(Kind::LaborFunction);
    const QString skill = selectedAncestor(Kind::Skill);
    addAndShow(function, Role::Skills,
               skill.isEmpty() ? -1 : m_window->session()->tree().indexInParent(skill) + 1);
}

void StructureController::addExtraSection() {
    if (!m_window->session()) return;
    const QString extra = selectedAncestor(Kind::ExtraSection);
    const QString id = m_window->session()->addElement(
        m_window->session()->tree().standardId(), Role::ExtraSections,
        extra.isEmpty() ? -1 : m_window->session()->tree().indexInParent(extra) + 1);
    if (id.isEmpty()) return;
    m_window->showPage(PageRef::ofNode(id));
    if (NodeForm* form = m_window->currentForm())
        form->focusField(id, Field::Title, m_window->session()->contentLanguage());
}

void StructureController::removeSelected() {
    const QString id = selectedNodeId();
    const Node* node = m_window->session() ? m_window->session()->tree().node(id) : nullptr;
    if (!node || !PageRef::hasOwnPage(node->kind) || !m_window->session()->isContentEditable())
        return;
    // No question asked: Undo brings it back.
    if (m_window->session()->removeElement(id))
        m_window->statusBar()->showMessage(
            MainWindow::tr("Removed. Undo (%1) brings it back.")
                .arg(QKeySequence(QKeySequence::Undo).toString(QKeySequence::NativeText)),
            5000);
}

void StructureController::moveSelected(int delta) {
    const QString id = selectedNodeId();
    const Node* node = m_window->session() ? m_window->session()->tree().node(id) : nullptr;
    if (!node || !PageRef::hasOwnPage(node->kind)) return;
    m_window->session()->moveElement(id, m_window->session()->tree().indexInParent(id) + delta);
    m_window->showPage(PageRef::ofNode(id));
    m_window->updateActions();
}

void StructureController::duplicateSelected() {
    const QString id = selectedNodeId();
    const Node* node = m_window->session() ? m_window->session()->tree().node(id) : nullptr;
    if (!node || !PageRef::hasOwnPage(node->kind)) return;
    const QString copy = m_window->session()->duplicateElement(id);
    if (!copy.isEmpty()) m_window->showPage(PageRef::ofNode(copy));
}

} // namespace kasibi
