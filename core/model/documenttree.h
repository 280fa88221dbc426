#pragma once

#include "core/model/localizedtext.h"
#include "core/model/node.h"

#include <QHash>
#include <QVector>

namespace kasibi {

// The whole content of one document file: the standard and its review, as a tree of nodes.
// A value type: copies are cheap (implicitly shared), so validation and export work on a
// snapshot while the editor goes on editing.
class DocumentTree {
public:
    QString rootId;
    QHash<QString, Node> nodes;

    static DocumentTree newStandard();
    static QString newId();

    const Node* node(const QString& id) const;
    QString standardId() const;
    QString value(const QString& id, const QString& field, const QString& language = {}) const;
    LocalizedText text(const QString& id, const QString& field) const;
    QStringList children(const QString& id, const QString& role) const;
    int indexInParent(const QString& id) const;

    // JSON Pointer of the element (or of one of its fields) in the interchange format.
    QString jsonPointer(const QString& id, const QString& field = {}) const;
    // The standard's code: OKED section letter + subclass digits + serial number, e.g. B07102012.
    // A draft's serial number is formed when the standard is placed on the NSK digital platform:
    // until then it is left empty and the code shows what is known, e.g. B07102···.
    QString standardCode() const;
    static inline const QString PendingSerialNumber = QStringLiteral("···");

    // The element and everything under it, parents before children.
    QVector<Node> subtree(const QString& id) const;
    // The same subtree with fresh ids everywhere (for duplicating a card, a function, a skill).
    static QVector<Node> withNewIds(QVector<Node> subtree);

    void insertSubtree(const QString& parentId, const QString& role, int index,
                       const QVector<Node>& subtree);
    void removeSubtree(const QString& id);
    void moveChild(const QString& id, int newIndex);
    void setValue(const QString& id, const QString& key, const QString& value);
    void removeValue(const QString& id, const QString& key);
};

} // namespace kasibi
