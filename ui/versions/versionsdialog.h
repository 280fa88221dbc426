#pragma once

#include "core/model/result.h"

#include <QDialog>

class QPushButton;
class QTreeWidget;

namespace kasibi {

class EditSession;

// The versions saved in the document file, newest last: open one read-only, restore it as the
// current content (undoable), or compare it with the current content.
class VersionsDialog : public QDialog {
    Q_OBJECT
public:
    explicit VersionsDialog(EditSession* session, QWidget* parent = nullptr);

    QTreeWidget* list() const { return m_list; }
    QString selectedVersionId() const;
    void selectVersion(const QString& versionId);

    Status restoreSelected();

signals:
    void openRequested(const QString& versionId);
    void compareRequested(const QString& versionId);

private:
    void refresh();
    void updateButtons();

    EditSession* m_session;
    QTreeWidget* m_list;
    QPushButton* m_open;
    QPushButton* m_restore;
    QPushButton* m_compare;
};

} // namespace kasibi
