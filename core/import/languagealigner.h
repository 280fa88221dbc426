#pragma once

#include "core/import/importreport.h"
#include "core/model/documenttree.h"

#include <QCoreApplication>

namespace kasibi {

// Fills the other language of a standard from the same standard read from its other
// language's file, by structure: chapter, card, function, skill and list position. Whatever
// is in one file only is a mismatch note, and what only the second file has is added, so
// nothing is dropped.
class LanguageAligner {
    Q_DECLARE_TR_FUNCTIONS(LanguageAligner)
public:
    // `into` holds the first file's language, `from` the second's (`fromLanguage`). Returns
    // where each element of `from` went in `into`, by id.
    static QHash<QString, QString> align(DocumentTree& into, const DocumentTree& from,
                                         const QString& fromLanguage, const QString& fromSource,
                                         ImportReport& report);
};

} // namespace kasibi
