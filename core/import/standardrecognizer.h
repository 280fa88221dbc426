#pragma once

#include "core/import/importreport.h"
#include "core/model/documenttree.h"
#include "core/model/result.h"
#include "core/ooxml/worddocument.h"

#include <QCoreApplication>
#include <QMap>

namespace kasibi {

// A standard read from a Word document, in the one language it is written in.
struct RecognizedStandard {
    DocumentTree tree;
    ImportReport report;
    QString language;             // "kk" or "ru", told by the text
    QMap<QString, int> labelsMet; // each label variant found, with how many times
};

// Finds a professional standard in the text of a Word document by its labels (LabelVariants),
// wherever they stand: in one big table with merged cells (the «Атамекен» templates of
// 2017-2022), as numbered paragraphs and card tables (the 2023 layout of Appendix 1, which
// Kasibi's export prints), or a mix. An older template is mapped into the 2023 structure and
// each choice that is not one to one is a report note; fields the 2023 structure has no place
// for go to an extra section, and text no label claims goes, in document order, to an
// "Unplaced text" section: nothing of the source is dropped. Each chapter has its reader
// (GeneralProvisionsRecognizer, PassportRecognizer, CardRecognizer, TechnicalDataRecognizer),
// sharing one RecognitionContext; the messages of all of them are translated in this class's
// context.
class StandardRecognizer {
    Q_DECLARE_TR_FUNCTIONS(StandardRecognizer)
public:
    static Result<RecognizedStandard> recognize(const WordDocument& document,
                                                const QString& sourceName);
};

} // namespace kasibi
