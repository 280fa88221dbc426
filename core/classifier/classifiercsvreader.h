#pragma once

#include "core/classifier/classifierreader.h"

#include <QCoreApplication>
#include <QVector>

namespace kasibi {

// Reads a classifier edition as published in CSV: a header line naming the columns code,
// name_kk and name_ru (any order, any case; other columns are ignored), then one entry a line.
// Fields are separated by ';' or ',' (whichever the header uses) and may be quoted ("a ""b""").
// UTF-8 with or without a byte order mark; a file that is not valid UTF-8 is read as
// Windows-1251. Lines starting with '#' before the header are comments. The columns and rows
// are checked by ClassifierTable; any malformed line refuses the whole file, naming the line.
class ClassifierCsvReader : public ClassifierReader {
    Q_DECLARE_TR_FUNCTIONS(ClassifierCsvReader)
public:
    Result<QVector<ClassifierEntry>> read(const QString& path,
                                          Classifier classifier) const override;
    // where: the file name for messages.
    Result<QVector<ClassifierEntry>> parse(const QByteArray& bytes, Classifier classifier,
                                           const QString& where) const;
};

} // namespace kasibi
