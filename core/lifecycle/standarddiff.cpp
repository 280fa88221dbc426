#include "core/lifecycle/standarddiff.h"

#include "core/model/schema.h"

#include <algorithm>
#include <QSet>

namespace kasibi {

namespace {

int editDistance(const QString& a, const QString& b) {
    QVector<int> previous(b.size() + 1), current(b.size() + 1);
    for (int j = 0; j <= b.size(); ++j)
        previous[j] = j;
    for (int i = 1; i <= a.size(); ++i) {
        current[0] = i;
        for (int j = 1; j <= b.size(); ++j)
            current[j] = std::min({previous[j] + 1, current[j - 1] + 1,
                                   previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1)});
        std::swap(previous, current);
    }
    return previous[b.size()];
}

QString lettersOnly(const QString& text) {
    QString letters;
    for (const QChar c : text)
        if (c.isLetterOrNumber()) letters += c;
    return letters;
}

bool isInCard(const DocumentTree& tree, QString id) {
    while (const Node* node = tree.node(id)) {
        if (node->kind == Kind::ProfessionCard) return true;
        id = node->parentId;
    }
    return false;
}

// Positions (in the older list) of the children that kept their relative order: the longest
// increasing run. The others are the ones that moved.
QSet<int> keptInOrder(const QVector<int>& oldPositions) {
    const int n = oldPositions.size();
    QVector<int> tails, tailIndex, previous(n, -1);
    for (int i = 0; i < n; ++i) {
        const auto at = std::lower_bound(tails.begin(), tails.end(), oldPositions[i]);
        const int length = int(at - tails.begin());
        if (at == tails.end()) {
            tails.append(oldPositions[i]);
            tailIndex.append(i);
        } else {
            *at = oldPositions[i];
            tailIndex[length] = i;
        }
        previous[i] = length > 0 ? tailIndex[length - 1] : -1;
    }
    QSet<int> kept;
    for (int i = tailIndex.isEmpty() ? -1 : tailIndex.last(); i >= 0; i = previous[i])
        kept.insert(i);
    return kept;
}

class Comparison {
public:
    Comparison(const DocumentTree& older, const DocumentTree& newer) : m_old(older), m_new(newer) {}

    QVector<Change> run() {
        const QVector<Node> oldNodes = m_old.subtree(m_old.standardId());
        const QVector<Node> newNodes = m_new.subtree(m_new.standardId());
        for (const Node& node : oldNodes)
            m_oldIds.insert(node.id);
        for (const Node& node : newNodes) {
            m_newIds.insert(node.id);
            if (m_oldIds.contains(node.id)) match(node.id, node.id);
        }
        // Standards read from two JSON files have different ids only for their text items.
        match(m_old.standardId(), m_new.standardId());
        for (const Node& node : newNodes)
            if (m_newToOld.contains(node.id)) alignTextItems(m_newToOld.value(node.id), node);

        QSet<QString> added;
        for (const Node& node : newNodes) {
            if (m_newToOld.contains(node.id)) continue;
            added.insert(node.id);
            if (added.contains(node.parentId)) continue;
            report(ChangeKind::Added, m_new, node.id);
        }
        QSet<QString> removed;
        for (const Node& node : oldNodes) {
            if (m_oldToNew.contains(node.id)) continue;
            removed.insert(node.id);
            if (removed.contains(node.parentId)) continue;
            report(ChangeKind::Removed, m_old, node.id);
        }
        for (const Node& node : newNodes) {
            const QString oldId = m_newToOld.value(node.id);
            if (oldId.isEmpty()) continue;
            const Node* before = m_old.node(oldId);
            compareValues(*before, node);
            if (node.id != m_new.standardId() &&
                (m_oldToNew.value(before->parentId) != node.parentId || before->role != node.role))
                report(ChangeKind::Moved, m_new, node.id);
            for (auto role = node.children.constBegin(); role != node.children.constEnd(); ++role)
                compareOrder(*before, node, role.key());
        }
        return m_changes;
    }

private:
    void match(const QString& oldId, const QString& newId) {
        m_oldToNew.insert(oldId, newId);
        m_newToOld.insert(newId, oldId);
    }

    void alignTextItems(const QString& oldParent, const Node& parent) {
        const KindSpec* spec = Schema::kind(parent.kind);
        for (const ChildSpec& child : spec->children) {
            if (child.kind != Kind::TextItem) continue;
            QStringList oldItems, newItems;
            for (const QString& id : m_old.children(oldParent, child.role))
                if (!m_oldToNew.contains(id)) oldItems << id;
            for (const QString& id : parent.children.value(child.role))
                if (!m_newToOld.contains(id)) newItems << id;
            // Same text first, then whatever is left pairs up by place, as an edited item.
            for (auto it = newItems.begin(); it != newItems.end();) {
                const LocalizedText text = m_new.text(*it, Schema::TextItemField);
                auto same = std::find_if(oldItems.begin(), oldItems.end(), [&](const QString& id) {
                    return m_old.text(id, Schema::TextItemField) == text;
                });
                if (same == oldItems.end()) {
                    ++it;
                    continue;
                }
                match(*same, *it);
                oldItems.erase(same);
                it = newItems.erase(it);
            }
            for (int i = 0; i < std::min(oldItems.size(), newItems.size()); ++i)
                match(oldItems[i], newItems[i]);
        }
    }

    void compareValues(const Node& before, const Node& after) {
        QStringList keys = before.values.keys() + after.values.keys();
        std::sort(keys.begin(), keys.end());
        keys.erase(std::unique(keys.begin(), keys.end()), keys.end());
        for (const QString& key : keys) {
            const QString oldValue = before.values.value(key);
            const QString newValue = after.values.value(key);
            if (oldValue == newValue) continue;
            Change change = make(ChangeKind::Changed, m_new, after.id, Node::fieldOfKey(key));
            change.language = Node::languageOfKey(key);
            change.before = oldValue;
            change.after = newValue;
            const FieldSpec* spec = Schema::kind(after.kind)->field(change.field);
            change.typoFix = spec && spec->type == FieldType::LocalizedText &&
                             StandardDiff::looksLikeTypoFix(oldValue, newValue);
            m_changes.append(change);
        }
    }

    void compareOrder(const Node& before, const Node& after, const QString& role) {
        const QStringList oldOrder = before.children.value(role);
        QStringList stayed;
        QVector<int> oldPositions;
        for (const QString& id : after.children.value(role)) {
            const int position = oldOrder.indexOf(m_newToOld.value(id));
            if (position < 0) continue;
            stayed << id;
            oldPositions << position;
        }
        const QSet<int> kept = keptInOrder(oldPositions);
        for (int i = 0; i < stayed.size(); ++i) {
            if (kept.contains(i)) continue;
            Change change = make(ChangeKind::Moved, m_new, stayed[i], QString());
            change.withinParent = true;
            m_changes.append(change);
        }
    }

    Change make(ChangeKind kind, const DocumentTree& tree, const QString& id,
                const QString& field) {
        Change change;
        change.kind = kind;
        change.elementId = id;
        change.elementKind = tree.node(id)->kind;
        change.field = field;
        change.path = tree.jsonPointer(id, field);
        change.inCard = isInCard(tree, id);
        return change;
    }

    void report(ChangeKind kind, const DocumentTree& tree, const QString& id) {
        m_changes.append(make(kind, tree, id, QString()));
    }

    const DocumentTree& m_old;
    const DocumentTree& m_new;
    QSet<QString> m_oldIds, m_newIds;
    QHash<QString, QString> m_oldToNew, m_newToOld;
    QVector<Change> m_changes;
};

} // namespace

QVector<Change> StandardDiff::compare(const DocumentTree& older, const DocumentTree& newer) {
    return Comparison(older, newer).run();
}

bool StandardDiff::looksLikeTypoFix(const QString& before, const QString& after) {
    if (before == after) return false;
    if (before.simplified() == after.simplified()) return true;
    if (lettersOnly(before) == lettersOnly(after)) return true;
    const QStringList oldWords = before.simplified().split(QLatin1Char(' '));
    const QStringList newWords = after.simplified().split(QLatin1Char(' '));
    if (oldWords.size() != newWords.size()) return false;
    int changedWords = 0;
    for (int i = 0; i < oldWords.size(); ++i) {
        if (oldWords[i] == newWords[i]) continue;
        ++changedWords;
        const int distance = editDistance(oldWords[i], newWords[i]);
        const int length = std::max(oldWords[i].size(), newWords[i].size());
        if (distance > 2 || distance * 3 > length) return false;
    }
    return changedWords <= std::max(2, int(oldWords.size()) / 5);
}

} // namespace kasibi
