#pragma once

#include <QDialog>

class QPushButton;
class QTreeWidget;

namespace kasibi {

class ClassifierController;

// Tools > Classifier Editions: every edition of OKED and NKZ the store holds, with its size, the
// date it was loaded and which one look-ups and checks use; the user switches to another one,
// removes one (never the built-in one), or loads a new one.
class ClassifierEditionsDialog : public QDialog {
    Q_OBJECT
public:
    ClassifierEditionsDialog(ClassifierController* controller, QWidget* parent = nullptr);

    QTreeWidget* list() const { return m_list; }
    // Act on the selected edition, as the buttons do; false (and a message) on failure.
    bool useSelected();
    bool removeSelected();

private:
    void refresh();
    void updateButtons();

    ClassifierController* m_controller;
    QTreeWidget* m_list;
    QPushButton* m_use;
    QPushButton* m_remove;
};

} // namespace kasibi
