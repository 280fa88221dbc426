#pragma once

#include <QObject>
#include <QString>

namespace kasibi {

class MainWindow;

// Editing the structure of the standard from the outline: a profession card, a labour function,
// a skill or a chapter added after the selected one, and the selected element moved, duplicated
// or removed. Every change goes through the window's EditSession.
class StructureController : public QObject {
    Q_OBJECT
public:
    explicit StructureController(MainWindow* window);

    // The element whose page is selected in the outline, and the nearest of its ancestors (itself
    // included) of a kind: empty when there is none.
    QString selectedNodeId() const;
    QString selectedAncestor(const QString& kind) const;

    void addCard();
    void addFunction();
    void addSkill();
    void addExtraSection();
    void removeSelected();
    void moveSelected(int delta);
    void duplicateSelected();

private:
    void addAndShow(const QString& parentId, const QString& role, int index);

    MainWindow* m_window;
};

} // namespace kasibi
