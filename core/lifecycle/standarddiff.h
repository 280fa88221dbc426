#pragma once

#include "core/lifecycle/change.h"
#include "core/model/documenttree.h"

#include <QVector>

namespace kasibi {

// Compares two states of one standard element by element, by stable id: two versions in a
// file, or two files of the same standard. Text items (abilities, knowledge, ...) have ids
// only inside a document file, so between two files they are matched by their text first
// and by their place next.
class StandardDiff {
public:
    static QVector<Change> compare(const DocumentTree& older, const DocumentTree& newer);
    // True when the new text differs from the old only as a spelling fix would: the same
    // words, a few of them changed by one or two letters, or only spacing and punctuation.
    static bool looksLikeTypoFix(const QString& before, const QString& after);
};

} // namespace kasibi
