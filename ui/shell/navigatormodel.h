#pragma once

#include "core/model/pageref.h"

#include <memory>
#include <QAbstractItemModel>
#include <vector>

namespace kasibi {

class EditSession;

// The outline of the standard beside the form: chapters 1-4, the cards with their labour
// functions and skills, and the extra chapters and appendices. It follows the document's
// change signals row by row, so the selection and the expanded branches survive every edit.
class NavigatorModel : public QAbstractItemModel {
    Q_OBJECT
public:
    static inline const QString MimeType = QStringLiteral("application/x-kasibi-element-id");
    enum Roles { PageChapterRole = Qt::UserRole + 1, NodeIdRole, KindRole };

    explicit NavigatorModel(QObject* parent = nullptr);
    ~NavigatorModel() override;

    void setSession(EditSession* session); // nullptr: no document
    EditSession* session() const { return m_session; }

    PageRef pageAt(const QModelIndex& index) const;
    QModelIndex indexOf(const PageRef& page) const;
    // For an element whose list is shown in the navigator: its parent and role there.
    static QString listRoleOf(const QString& kind);

    QModelIndex index(int row, int column, const QModelIndex& parent = {}) const override;
    QModelIndex parent(const QModelIndex& child) const override;
    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;

    Qt::DropActions supportedDropActions() const override;
    QStringList mimeTypes() const override;
    QMimeData* mimeData(const QModelIndexList& indexes) const override;
    bool canDropMimeData(const QMimeData* data, Qt::DropAction action, int row, int column,
                         const QModelIndex& parent) const override;
    bool dropMimeData(const QMimeData* data, Qt::DropAction action, int row, int column,
                      const QModelIndex& parent) override;

signals:
    // A row dragged to another place in its list; the window turns it into an undoable move.
    void moveRequested(const QString& nodeId, int newIndex);

private:
    struct Item;

    void rebuild();
    void buildChildren(Item* item);
    QStringList childIds(const Item* item) const;
    void synchronize(Item* item);
    void onChildrenChanged(const QString& parentId, const QString& role);
    void onValueChanged(const QString& nodeId, const QString& field);
    Item* itemOf(const QModelIndex& index) const;
    QModelIndex indexOfItem(const Item* item) const;
    Item* listItemFor(const QString& parentId, const QString& role) const;
    int dropIndex(const QMimeData* data, int row, const QModelIndex& parent, QString* nodeId) const;
    void forget(Item* item);

    EditSession* m_session = nullptr;
    std::unique_ptr<Item> m_root;
    QHash<QString, Item*> m_byNode;
    QList<QMetaObject::Connection> m_connections;
};

} // namespace kasibi
