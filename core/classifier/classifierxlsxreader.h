#pragma once

#include "core/classifier/classifierreader.h"

#include <QCoreApplication>

namespace kasibi {

// Reads a classifier edition as published in an Excel workbook (.xlsx, Office Open XML
// SpreadsheetML): the first sheet with a header row naming the columns code, name_kk and
// name_ru; rows above the header (a title) are skipped. Text may be shared or inline strings;
// a code typed as a number is read as Excel shows it. The workbook is untrusted input: the
// archive's size and entry count, each part's unpacked size and the columns read are bounded,
// and XML with a document type declaration is refused.
class ClassifierXlsxReader : public ClassifierReader {
    Q_DECLARE_TR_FUNCTIONS(ClassifierXlsxReader)
public:
    static constexpr qint64 MaximumPartSize = 64 * 1024 * 1024;
    static constexpr int MaximumArchiveEntries = 2000;
    // Columns beyond this one are ignored: an edition has three that matter.
    static constexpr int MaximumColumn = 256;

    Result<QVector<ClassifierEntry>> read(const QString& path,
                                          Classifier classifier) const override;
};

} // namespace kasibi
