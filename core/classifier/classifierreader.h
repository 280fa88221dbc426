#pragma once

#include "core/classifier/classifier.h"
#include "core/classifier/classifierentry.h"
#include "core/model/result.h"

#include <QVector>

namespace kasibi {

// Reads a classifier edition from a file as published. One class a format (CSV, XLSX);
// ClassifierReaders picks the one a file needs.
class ClassifierReader {
public:
    // No edition file comes near this; a larger one is refused before it is read.
    static constexpr qint64 MaximumFileSize = 64 * 1024 * 1024;

    virtual ~ClassifierReader() = default;
    // All or nothing: the entries of the whole file, or why it was refused (with the file as
    // `where` and the line or row in the message).
    virtual Result<QVector<ClassifierEntry>> read(const QString& path,
                                                  Classifier classifier) const = 0;
};

} // namespace kasibi
