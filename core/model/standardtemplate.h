#pragma once

#include "core/model/documenttree.h"

#include <QStringList>

namespace kasibi {

// What File > New starts from. The template gives the author the skeleton most standards
// share: one profession card with a labour function of each kind and two skills in each, so
// that the first thing to do is write rather than build structure.
class StandardTemplate {
public:
    // An empty standard in the given languages ("kk", "ru").
    static DocumentTree blank(const QStringList& languages);
    // The skeleton above, in the given languages.
    static DocumentTree tree(const QStringList& languages);
};

} // namespace kasibi
