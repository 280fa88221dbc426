#pragma once

#include "core/import/importreport.h"
#include "core/model/documenttree.h"
#include "core/model/result.h"

#include <QCoreApplication>
#include <QMap>

#include <functional>

namespace kasibi {

// A standard imported from its published Word file, or from its Kazakh and Russian files
// together: the one document, and the report of what the author must look at.
struct WordImportResult {
    DocumentTree tree;
    ImportReport report;
    QStringList languages;        // of each file, in the order given
    QMap<QString, int> labelsMet; // label variants found in the files, with counts
};

class WordImport {
    Q_DECLARE_TR_FUNCTIONS(WordImport)
public:
    // One or two .docx files. The language of each is told from its text, never its name; the
    // second file fills the other language, aligned to the first by structure. `progress` is
    // told each step done (of 2 per file plus one), for a long document.
    static Result<WordImportResult> run(const QStringList& paths,
                                        const std::function<void(int, int)>& progress = {});
};

} // namespace kasibi
