#pragma once

#include <QString>
#include <QVector>

namespace kasibi {

class DocumentTree;

// Where a place (an element, one of its fields or lists, a list item) stands in the standard as
// it reads: chapter by chapter, each element's fields before its lists, in the schema's order,
// list items by position. Keys compare as vectors (std::lexicographical_compare): a whole element
// comes before its fields, a deleted element after everything.
class DocumentOrder {
public:
    static QVector<int> keyOf(const DocumentTree& tree, const QString& elementId,
                              const QString& field);
};

} // namespace kasibi
