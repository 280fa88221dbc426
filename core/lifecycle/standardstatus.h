#pragma once

#include "core/model/documenttree.h"
#include "core/model/phrase.h"

#include <QString>
#include <QVector>

namespace kasibi {

// Where a standard stands in the approval procedure of chapter 2 of the Rules, as the latest step
// of its timeline says. The interchange format has no status: the registry keeps this with each
// published version, so that a list or a search says which standards are drafts and which are
// approved.
struct StandardStatus {
    QString key; // as the registry stores it
    Phrase title;

    static const QVector<StandardStatus>& all(); // in the order of the procedure
    static const StandardStatus* find(const QString& key);
    // The status of a document: a draft until a step of the procedure is recorded as started;
    // then that of the latest step started (in the procedure's order), approved once the
    // approval is completed.
    static const StandardStatus& of(const DocumentTree& tree);
};

} // namespace kasibi
