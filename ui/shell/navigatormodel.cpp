#include "ui/shell/navigatormodel.h"

#include "core/model/labels.h"
#include "core/model/schema.h"
#include "ui/commands/editsession.h"

#include <QApplication>
#include <QFont>
#include <QIcon>
#include <QMimeData>
#include <QPalette>
#include <QStyle>

namespace kasibi {

struct NavigatorModel::Item {
    PageRef page;
    Item* parent = nullptr;
    std::vector<std::unique_ptr<Item>> children;

    int row() const {
        if (!parent) return 0;
        for (size_t i = 0; i < parent->children.size(); ++i)
            if (parent->children[i].get() == this) return int(i);
        return -1;
    }
};

NavigatorModel::NavigatorModel(QObject* parent)
    : QAbstractItemModel(parent), m_root(std::make_unique<Item>()) {}

NavigatorModel::~NavigatorModel() = default;

QString NavigatorModel::listRoleOf(const QString& kind) {
    if (kind == Kind::ProfessionCard) return Role::ProfessionCards;
    if (kind == Kind::LaborFunction) return Role::LaborFunctions;
    if (kind == Kind::Skill) return Role::Skills;
    if (kind == Kind::ExtraSection) return Role::ExtraSections;
    return {};
}

void NavigatorModel::setSession(EditSession* session) {
    for (const QMetaObject::Connection& connection : m_connections)
        disconnect(connection);
    m_connections.clear();
    m_session = session;
    if (session) {
        StandardDocument* document = session->document();
        m_connections << connect(document, &StandardDocument::childrenChanged, this,
                                 &NavigatorModel::onChildrenChanged);
        m_connections << connect(document, &StandardDocument::valueChanged, this,
                                 [this](const QString& id, const QString& field, const QString&) {
                                     onValueChanged(id, field);
                                 });
    }
    rebuild();
}

void NavigatorModel::rebuild() {
    beginResetModel();
    m_root = std::make_unique<Item>();
    m_byNode.clear();
    if (m_session) {
        for (int chapter = PageRef::GeneralProvisions; chapter <= PageRef::ExtraSections;
             ++chapter) {
            auto item = std::make_unique<Item>();
            item->page = PageRef::ofChapter(PageRef::Chapter(chapter));
            item->parent = m_root.get();
            buildChildren(item.get());
            m_root->children.push_back(std::move(item));
        }
    }
    endResetModel();
}

QStringList NavigatorModel::childIds(const Item* item) const {
    const DocumentTree& tree = m_session->tree();
    if (item->page.chapter == PageRef::ProfessionCards)
        return tree.children(tree.standardId(), Role::ProfessionCards);
    if (item->page.chapter == PageRef::ExtraSections)
        return tree.children(tree.standardId(), Role::ExtraSections);
    const Node* node = tree.node(item->page.nodeId);
    if (!node) return {};
    if (node->kind == Kind::ProfessionCard) return node->children.value(Role::LaborFunctions);
    if (node->kind == Kind::LaborFunction) return node->children.value(Role::Skills);
    return {};
}

void NavigatorModel::buildChildren(Item* item) {
    for (const QString& id : childIds(item)) {
        auto child = std::make_unique<Item>();
        child->page = PageRef::ofNode(id);
        child->parent = item;
        m_byNode.insert(id, child.get());
        buildChildren(child.get());
        item->children.push_back(std::move(child));
    }
}

void NavigatorModel::forget(Item* item) {
    m_byNode.remove(item->page.nodeId);
    for (auto& child : item->children)
        forget(child.get());
}

NavigatorModel::Item* NavigatorModel::listItemFor(const QString& parentId,
                                                  const QString& role) const {
    if (!m_session || m_root->children.size() < 5) return nullptr;
    if (parentId == m_session->tree().standardId()) {
        if (role == Role::ProfessionCards) return m_root->children[2].get();
        if (role == Role::ExtraSections) return m_root->children[4].get();
        return nullptr;
    }
    Item* item = m_byNode.value(parentId);
    if (!item) return nullptr;
    const Node* node = m_session->tree().node(parentId);
    if (node && ((node->kind == Kind::ProfessionCard && role == Role::LaborFunctions) ||
                 (node->kind == Kind::LaborFunction && role == Role::Skills)))
        return item;
    return nullptr;
}

void NavigatorModel::onChildrenChanged(const QString& parentId, const QString& role) {
    if (Item* item = listItemFor(parentId, role)) synchronize(item);
}

// Brings the rows under the item in line with the document with removals, moves and
// insertions rather than a reset, so that views keep their selection and expanded branches.
void NavigatorModel::synchronize(Item* item) {
    const QStringList wanted = childIds(item);
    const QModelIndex parentIndex = indexOfItem(item);
    for (int row = int(item->children.size()) - 1; row >= 0; --row) {
        if (wanted.contains(item->children[row]->page.nodeId)) continue;
        beginRemoveRows(parentIndex, row, row);
        forget(item->children[row].get());
        item->children.erase(item->children.begin() + row);
        endRemoveRows();
    }
    for (int row = 0; row < wanted.size(); ++row) {
        const QString& id = wanted[row];
        if (row < int(item->children.size()) && item->children[row]->page.nodeId == id) continue;
        int from = -1;
        for (int i = row + 1; i < int(item->children.size()); ++i)
            if (item->children[i]->page.nodeId == id) from = i;
        if (from >= 0) {
            beginMoveRows(parentIndex, from, from, parentIndex, row);
            auto moving = std::move(item->children[from]);
            item->children.erase(item->children.begin() + from);
            item->children.insert(item->children.begin() + row, std::move(moving));
            endMoveRows();
        } else {
            auto child = std::make_unique<Item>();
            child->page = PageRef::ofNode(id);
            child->parent = item;
            m_byNode.insert(id, child.get());
            buildChildren(child.get());
            beginInsertRows(parentIndex, row, row);
            item->children.insert(item->children.begin() + row, std::move(child));
            endInsertRows();
        }
    }
}

void NavigatorModel::onValueChanged(const QString& nodeId, const QString& field) {
    Item* item = m_byNode.value(nodeId);
    if (!item) return;
    if (field == Field::Name || field == Field::Title || field == Field::Kind ||
        field == Field::OrkLevel) {
        const QModelIndex index = indexOfItem(item);
        emit dataChanged(index, index);
    }
}

NavigatorModel::Item* NavigatorModel::itemOf(const QModelIndex& index) const {
    return index.isValid() ? static_cast<Item*>(index.internalPointer()) : m_root.get();
}

QModelIndex NavigatorModel::indexOfItem(const Item* item) const {
    if (!item || item == m_root.get()) return {};
    return createIndex(item->row(), 0, const_cast<Item*>(item));
}

PageRef NavigatorModel::pageAt(const QModelIndex& index) const {
    return index.isValid() ? itemOf(index)->page : PageRef();
}

QModelIndex NavigatorModel::indexOf(const PageRef& page) const {
    if (!page.nodeId.isEmpty()) return indexOfItem(m_byNode.value(page.nodeId));
    for (const auto& chapter : m_root->children)
        if (chapter->page.chapter == page.chapter) return indexOfItem(chapter.get());
    return {};
}

QModelIndex NavigatorModel::index(int row, int column, const QModelIndex& parent) const {
    const Item* item = itemOf(parent);
    if (column != 0 || row < 0 || row >= int(item->children.size())) return {};
    return createIndex(row, 0, item->children[row].get());
}

QModelIndex NavigatorModel::parent(const QModelIndex& child) const {
    if (!child.isValid()) return {};
    return indexOfItem(itemOf(child)->parent);
}

int NavigatorModel::rowCount(const QModelIndex& parent) const {
    if (parent.column() > 0) return 0;
    return int(itemOf(parent)->children.size());
}

int NavigatorModel::columnCount(const QModelIndex&) const {
    return 1;
}

QVariant NavigatorModel::data(const QModelIndex& index, int role) const {
    if (!index.isValid() || !m_session) return {};
    const Item* item = itemOf(index);
    const PageRef& page = item->page;
    if (role == PageChapterRole) return int(page.chapter);
    if (role == NodeIdRole) return page.nodeId;
    if (page.chapter != PageRef::None) {
        if (role == Qt::DisplayRole || role == Qt::ToolTipRole)
            return Labels::chapter(page.chapter);
        if (role == Qt::FontRole) {
            QFont font = QApplication::font();
            font.setBold(true);
            return font;
        }
        return {};
    }
    const DocumentTree& tree = m_session->tree();
    const Node* node = tree.node(page.nodeId);
    if (!node) return {};
    if (role == KindRole) return node->kind;
    const QString name = m_session->displayName(page.nodeId);
    if (role == Qt::DisplayRole) {
        // Cards, functions and skills are numbered by NavigatorDelegate.
        QString label = name.isEmpty() ? tr("(no name yet)") : name;
        if (node->kind == Kind::ProfessionCard) {
            const QString level = node->values.value(Field::OrkLevel);
            if (!level.isEmpty()) label += tr(" — ORK %1").arg(level);
        } else if (node->kind == Kind::ExtraSection) {
            label = Labels::enumValue(Field::Kind, node->values.value(Field::Kind)) +
                    QStringLiteral(": ") + label;
        }
        return label;
    }
    if (role == Qt::ToolTipRole) {
        QString tip = Labels::elementName(node->kind, node->role);
        if (node->kind == Kind::LaborFunction)
            tip = Labels::enumValue(Field::Kind, node->values.value(Field::Kind)) +
                  QStringLiteral(" — ") + tip;
        return name.isEmpty() ? tip : tip + QStringLiteral(": ") + name;
    }
    if (role == Qt::ForegroundRole && name.isEmpty())
        return QApplication::palette().brush(QPalette::Disabled, QPalette::Text);
    if (role == Qt::FontRole) {
        QFont font = QApplication::font();
        if (name.isEmpty()) font.setItalic(true);
        if (node->kind == Kind::LaborFunction &&
            node->values.value(Field::Kind) == QLatin1String("additional"))
            font.setItalic(true);
        return font;
    }
    return {};
}

Qt::ItemFlags NavigatorModel::flags(const QModelIndex& index) const {
    if (!index.isValid()) return Qt::NoItemFlags;
    Qt::ItemFlags flags = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    const Item* item = itemOf(index);
    const bool editable = m_session && m_session->isContentEditable();
    if (editable && item->page.chapter == PageRef::None) flags |= Qt::ItemIsDragEnabled;
    if (editable) flags |= Qt::ItemIsDropEnabled;
    return flags;
}

Qt::DropActions NavigatorModel::supportedDropActions() const {
    return Qt::MoveAction;
}

QStringList NavigatorModel::mimeTypes() const {
    return {MimeType};
}

QMimeData* NavigatorModel::mimeData(const QModelIndexList& indexes) const {
    if (indexes.size() != 1) return nullptr;
    const PageRef page = pageAt(indexes.first());
    if (page.nodeId.isEmpty()) return nullptr;
    auto* data = new QMimeData;
    data->setData(MimeType, page.nodeId.toUtf8());
    return data;
}

// Where in its own list the dragged element lands, or -1 when the drop is elsewhere: only
// reordering within the same list makes sense (a skill belongs to its function).
int NavigatorModel::dropIndex(const QMimeData* data, int row, const QModelIndex& parent,
                              QString* nodeId) const {
    if (!m_session || !data || !data->hasFormat(MimeType)) return -1;
    const QString id = QString::fromUtf8(data->data(MimeType));
    const Item* moving = m_byNode.value(id);
    if (!moving) return -1;
    const Item* target = itemOf(parent);
    int insertAt = row;
    if (target != moving->parent) {
        // Dropped onto a sibling: take its place.
        if (target->parent != moving->parent || row != -1) return -1;
        insertAt = target->row();
        if (insertAt > moving->row()) ++insertAt;
    } else if (insertAt < 0) {
        insertAt = int(moving->parent->children.size());
    }
    const int from = moving->row();
    int newIndex = insertAt > from ? insertAt - 1 : insertAt;
    newIndex = qBound(0, newIndex, int(moving->parent->children.size()) - 1);
    if (nodeId) *nodeId = id;
    return newIndex;
}

bool NavigatorModel::canDropMimeData(const QMimeData* data, Qt::DropAction action, int row, int,
                                     const QModelIndex& parent) const {
    return action == Qt::MoveAction && dropIndex(data, row, parent, nullptr) >= 0;
}

bool NavigatorModel::dropMimeData(const QMimeData* data, Qt::DropAction action, int row, int,
                                  const QModelIndex& parent) {
    QString id;
    const int newIndex = action == Qt::MoveAction ? dropIndex(data, row, parent, &id) : -1;
    if (newIndex >= 0) emit moveRequested(id, newIndex);
    // The move is done through the document; the view must not remove the dragged row itself.
    return false;
}

} // namespace kasibi
