#pragma once

#include "ui/fields/elementrow.h"

#include <QHash>
#include <QWidget>

class QLabel;
class QMimeData;
class QPushButton;
class QVBoxLayout;

namespace kasibi {

class EditSession;

// A list of elements of one role (terms, abilities, profession cards...) with add, remove and
// reorder by buttons, keyboard, and drag and drop. It follows the document: rows are kept
// (with the focus in them) when the list changes, added and dropped as elements come and go.
class ElementListEditor : public QWidget {
    Q_OBJECT
public:
    ElementListEditor(EditSession* session, const QString& parentId, const QString& role,
                      ElementRow::Mode mode, QWidget* parent = nullptr);

    const QString& parentId() const { return m_parentId; }
    const QString& role() const { return m_role; }
    ElementRow* row(const QString& nodeId) const { return m_rows.value(nodeId); }
    QPushButton* addButton() const { return m_add; }
    // Adds an element at the index (the end if negative), focuses it and returns its id.
    QString add(int index = -1);

signals:
    void openRequested(const QString& nodeId);

protected:
    void dragEnterEvent(QDragEnterEvent* event) override;
    void dragMoveEvent(QDragMoveEvent* event) override;
    void dragLeaveEvent(QDragLeaveEvent* event) override;
    void dropEvent(QDropEvent* event) override;

private:
    void synchronize();
    void move(const QString& nodeId, int delta);
    void remove(const QString& nodeId);
    int dropIndex(const QPoint& position, const QString& nodeId) const;
    QString draggedId(const QMimeData* data) const;

    EditSession* m_session;
    QString m_parentId;
    QString m_role;
    ElementRow::Mode m_mode;
    bool m_isList;
    QLabel* m_empty;
    QPushButton* m_add;
    QVBoxLayout* m_rowsLayout;
    QWidget* m_dropMarker;
    QHash<QString, ElementRow*> m_rows;
};

} // namespace kasibi
