#pragma once

#include "core/model/documenttree.h"
#include "core/model/result.h"
#include "core/reviewimport/importedremark.h"

#include <QCoreApplication>
#include <QVector>

namespace kasibi {

class StandardDocument;

// What a reviewed Word file brings back to a standard.
struct ReviewImportResult {
    QString language; // of the reviewed file: "kk" or "ru"
    // Every remark of the file, in the order of the text (a reply after what it answers).
    QVector<ImportedRemark> remarks;
    // The comment elements to add (not the duplicates), in that order, each ready to be
    // inserted under the document's root in Role::Comments; a reply's replyTo names an earlier
    // one or a comment already in the document. Suggestions are comments with the
    // kasibi/suggestion fields set.
    QVector<Node> newComments;

    // Remarks of that kind anchored that way, duplicates left out.
    int count(ImportedRemark::Kind kind, ImportedRemark::Anchor anchor) const;
    int suggestions() const; // however anchored, duplicates left out
    int duplicates() const;
};

// Reads a reviewed DOCX (Word or LibreOffice: comments with their replies and done state,
// tracked insertions and deletions) into remarks on the open standard. Nothing of the standard
// is changed: a tracked change becomes a suggestion. The file is untrusted input (OoxmlPackage,
// XmlPartReader: archive and part limits, no DTD, broken XML refused with its part and line).
class ReviewImport {
    Q_DECLARE_TR_FUNCTIONS(ReviewImport)
public:
    // The id of the standard the file was exported from, from its custom document properties;
    // "" when it does not say (a file not exported by Kasibi, or marks left out).
    static Result<QString> standardIdOf(const QString& docxPath);

    // Refused when the file names another standard unless `acceptOtherStandard` (the editor
    // asks first, with standardIdOf; the command line has --force).
    static Result<ReviewImportResult> read(const DocumentTree& tree, const QString& docxPath,
                                           bool acceptOtherStandard = false);

    // Adds the new comments to the document in one transaction (kasibi-cli review import; the
    // editor adds them as one undo step instead).
    static Status addTo(StandardDocument& document, const ReviewImportResult& result);
};

} // namespace kasibi
