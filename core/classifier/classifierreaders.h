#pragma once

#include "core/classifier/classifierreader.h"

#include <QCoreApplication>

namespace kasibi {

// Reads an edition file with the reader its content calls for: an XLSX workbook (a zip) or
// CSV text. The file's own bytes decide, not its name, because editions are often renamed
// when passed around; an old binary Excel file is refused with what to do instead.
class ClassifierReaders {
    Q_DECLARE_TR_FUNCTIONS(ClassifierReaders)
public:
    static Result<QVector<ClassifierEntry>> read(const QString& path, Classifier classifier);
};

} // namespace kasibi
