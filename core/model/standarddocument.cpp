#include "core/model/standarddocument.h"

#include "core/model/schema.h"
#include "core/review/commentplaces.h"

#include <QDateTime>
#include <QSet>

namespace kasibi {

namespace {

// The meta-table entry that says the document is under review.
const QString kReviewModeKey = QStringLiteral("reviewMode");
const QString kUnderReview = QStringLiteral("on");

} // namespace

StandardDocument::StandardDocument(std::unique_ptr<DocumentStore> store, DocumentTree tree)
    : m_store(std::move(store)), m_tree(std::move(tree)) {}

StandardDocument::~StandardDocument() = default;

Result<std::unique_ptr<StandardDocument>> StandardDocument::open(const QString& path,
                                                                 AccessMode mode) {
    Result<std::unique_ptr<DocumentStore>> store = DocumentStore::open(path, mode);
    if (!store) return store.error();
    DocumentTree tree = store.value()->takeContent();
    Result<QString> review = store.value()->meta(kReviewModeKey);
    if (!review) return review.error();
    auto document = std::unique_ptr<StandardDocument>(
        new StandardDocument(std::move(store.value()), std::move(tree)));
    document->m_reviewMode = review.value() == kUnderReview;
    return document;
}

Result<std::unique_ptr<StandardDocument>>
StandardDocument::create(const QString& path, const DocumentTree& tree, bool overwrite) {
    if (Status created = DocumentStore::create(path, tree, overwrite); !created)
        return created.error();
    return open(path, AccessMode::ReadWrite);
}

Result<std::unique_ptr<StandardDocument>> StandardDocument::saveCopy(const QString& path,
                                                                     bool overwrite) const {
    if (Status copied = m_store->saveCopy(path, overwrite); !copied) return copied.error();
    return open(path, AccessMode::ReadWrite);
}

Status StandardDocument::setReviewMode(bool on) {
    if (m_reviewMode == on) return {};
    if (!isReadOnly())
        if (Status kept = m_store->setMeta(kReviewModeKey, on ? kUnderReview : QString()); !kept)
            return kept;
    m_reviewMode = on;
    emit reviewModeChanged(on);
    return {};
}

bool StandardDocument::isEditable(const QString& nodeId, const QString& fieldOrRole) const {
    if (isReadOnly()) return false;
    if (!m_reviewMode) return true;
    const Node* node = m_tree.node(nodeId);
    if (!node) return false;
    if (node->kind == Kind::Comment || node->kind == Kind::Assessment) return true;
    return node->kind == Kind::Document && fieldOrRole.startsWith(QLatin1String("review/"));
}

Status StandardDocument::ensureEditable(const QString& nodeId, const QString& fieldOrRole) const {
    if (isReadOnly())
        return Status::failure(tr("the document cannot be changed: %1").arg(readOnlyExplanation()),
                               path());
    if (!isEditable(nodeId, fieldOrRole))
        return Status::failure(tr("the document is open for review: its content cannot be changed, "
                                  "only comments and the conclusion"),
                               path());
    return {};
}

Status StandardDocument::setValue(const QString& nodeId, const QString& field,
                                  const QString& language, const std::optional<QString>& value) {
    const Node* node = m_tree.node(nodeId);
    if (!node) return Status::failure(tr("no element with id %1").arg(nodeId), path());
    if (Status editable = ensureEditable(nodeId, field); !editable) return editable;
    const FieldSpec* spec = Schema::kind(node->kind)->field(field);
    if (!spec) return Status::failure(tr("%1 has no field \"%2\"").arg(node->kind, field), path());
    const bool localized = spec->type == FieldType::LocalizedText;
    if (localized != !language.isEmpty() || (localized && !Schema::languages().contains(language)))
        return Status::failure(tr("field \"%1\" takes no language \"%2\"").arg(field, language),
                               path());

    const QString key = Node::valueKey(field, language);
    const auto current = node->values.constFind(key);
    const bool present = current != node->values.constEnd();
    if (value ? (present && current.value() == *value) : !present) return {};
    // A name changed around a comment changes the place the comment keeps: the places are
    // worked out with the value as it will be, and kept first, so that a failure leaves the
    // edit undone.
    if (node->kind != Kind::Comment && node->kind != Kind::Assessment) {
        const std::optional<QString> before =
            present ? std::optional<QString>(current.value()) : std::nullopt;
        const auto put = [this, &nodeId, &key](const std::optional<QString>& v) {
            if (v)
                m_tree.setValue(nodeId, key, *v);
            else
                m_tree.removeValue(nodeId, key);
        };
        put(value);
        const QVector<PlaceUpdate> updates = commentPlaceUpdates(nodeId);
        put(before);
        if (Status kept = keepCommentPlaces(updates); !kept) return kept;
    }

    Status saved =
        value ? m_store->setValue(nodeId, key, *value) : m_store->removeValue(nodeId, key);
    if (!saved) return saved;
    if (value)
        m_tree.setValue(nodeId, key, *value);
    else
        m_tree.removeValue(nodeId, key);
    emit valueChanged(nodeId, field, language);
    emit changed();
    return {};
}

Result<QVector<Node>> StandardDocument::newElement(const QString& parentId,
                                                   const QString& role) const {
    const Node* parent = m_tree.node(parentId);
    const ChildSpec* child = parent ? Schema::kind(parent->kind)->child(role) : nullptr;
    if (!child) return Result<QVector<Node>>::failure(tr("nothing can be added there"), path());
    Node node{DocumentTree::newId(), child->kind, parentId, role};
    const KindSpec* spec = Schema::kind(child->kind);
    for (const FieldSpec& field : spec->fields)
        if (field.type == FieldType::Enum && field.required)
            node.values.insert(field.name, field.enumValues.first());
    return QVector<Node>{node};
}

Status StandardDocument::insertSubtree(const QString& parentId, const QString& role, int index,
                                       const QVector<Node>& subtree) {
    return insertSubtrees(parentId, role, index, {subtree});
}

Status StandardDocument::insertSubtrees(const QString& parentId, const QString& role, int index,
                                        const QVector<QVector<Node>>& subtrees) {
    const Node* parent = m_tree.node(parentId);
    const ChildSpec* child = parent ? Schema::kind(parent->kind)->child(role) : nullptr;
    if (subtrees.isEmpty() || !child)
        return Status::failure(tr("this element cannot be placed there"), path());
    if (Status editable = ensureEditable(parentId, role); !editable) return editable;
    const int count = parent->children.value(role).size();
    if (!child->isList && count + subtrees.size() > 1)
        return Status::failure(tr("there is already one there"), path());
    QSet<QString> ids;
    for (const QVector<Node>& subtree : subtrees) {
        if (subtree.isEmpty() || subtree.first().kind != child->kind)
            return Status::failure(tr("this element cannot be placed there"), path());
        for (const Node& node : subtree) {
            if (m_tree.node(node.id) || ids.contains(node.id))
                return Status::failure(tr("an element with id %1 exists already").arg(node.id),
                                       path());
            ids.insert(node.id);
        }
    }
    index = qBound(0, index, count);
    // A new comment keeps where it is from the start.
    QVector<QVector<Node>> placed = subtrees;
    for (QVector<Node>& subtree : placed)
        for (Node& node : subtree) {
            if (node.kind != Kind::Comment) continue;
            const QString target = node.values.value(Field::TargetId);
            if (!m_tree.node(target)) continue; // a merged comment keeps the place it came with
            const LocalizedText place =
                CommentPlaces::of(m_tree, target, node.values.value(Field::CommentedField));
            for (const QString& language : Schema::languages())
                node.values.insert(Node::valueKey(Field::CommentPlace, language),
                                   place.in(language));
        }
    if (Status saved = m_store->insertSubtrees(parentId, role, index, placed); !saved) return saved;
    for (int i = 0; i < placed.size(); ++i)
        m_tree.insertSubtree(parentId, role, index + i, placed[i]);
    emit childrenChanged(parentId, role);
    emit changed();
    return {};
}

Result<QVector<Node>> StandardDocument::removeSubtree(const QString& nodeId) {
    const Node* node = m_tree.node(nodeId);
    if (!node || node->parentId.isEmpty() || node->kind == Kind::Standard)
        return Result<QVector<Node>>::failure(tr("this element cannot be removed"), path());
    if (Status editable = ensureEditable(node->parentId, node->role); !editable)
        return editable.error();
    const QString parentId = node->parentId;
    const QString role = node->role;
    QVector<Node> subtree = m_tree.subtree(nodeId);
    // The comments on what goes keep saying where it was.
    if (Status kept = keepCommentPlaces(commentPlaceUpdates(nodeId)); !kept) return kept.error();
    if (Status saved = m_store->removeSubtree(subtree); !saved) return saved.error();
    m_tree.removeSubtree(nodeId);
    emit childrenChanged(parentId, role);
    emit changed();
    return subtree;
}

QVector<StandardDocument::PlaceUpdate>
StandardDocument::commentPlaceUpdates(const QString& elementId) const {
    QVector<PlaceUpdate> updates;
    for (const QString& comment : CommentPlaces::within(m_tree, elementId)) {
        const LocalizedText place = CommentPlaces::ofComment(m_tree, comment);
        for (const QString& language : Schema::languages())
            if (m_tree.value(comment, Field::CommentPlace, language) != place.in(language))
                updates << PlaceUpdate{comment, language, place.in(language)};
    }
    return updates;
}

Status StandardDocument::keepCommentPlaces(const QVector<PlaceUpdate>& updates) {
    for (const PlaceUpdate& update : updates) {
        const QString key = Node::valueKey(Field::CommentPlace, update.language);
        if (Status saved = m_store->setValue(update.comment, key, update.place); !saved)
            return saved;
        m_tree.setValue(update.comment, key, update.place);
        emit valueChanged(update.comment, Field::CommentPlace, update.language);
    }
    return {};
}

Status StandardDocument::moveChild(const QString& nodeId, int newIndex) {
    const Node* node = m_tree.node(nodeId);
    if (!node || node->parentId.isEmpty())
        return Status::failure(tr("this element cannot be moved"), path());
    if (Status editable = ensureEditable(node->parentId, node->role); !editable) return editable;
    const QString parentId = node->parentId;
    const QString role = node->role;
    QStringList order = m_tree.children(parentId, role);
    const int from = order.indexOf(nodeId);
    newIndex = qBound(0, newIndex, int(order.size()) - 1);
    if (from == newIndex) return {};
    order.move(from, newIndex);
    if (Status saved = m_store->reorderChildren(parentId, role, order); !saved) return saved;
    m_tree.moveChild(nodeId, newIndex);
    emit childrenChanged(parentId, role);
    emit changed();
    return {};
}

Status StandardDocument::replaceContent(const DocumentTree& tree) {
    if (tree.standardId() != m_tree.standardId())
        return Status::failure(tr("the content is of another standard"), path());
    if (Status editable = ensureEditable(m_tree.standardId(), {}); !editable) return editable;
    if (Status saved = m_store->replaceContent(tree); !saved) return saved;
    m_tree = tree;
    emit contentReset();
    emit changed();
    return {};
}

Result<QString> StandardDocument::saveVersion(const QString& name) {
    Result<QString> saved = m_store->saveVersion(name, QDateTime::currentDateTime());
    if (saved) emit versionsChanged();
    return saved;
}

} // namespace kasibi
