#pragma once

#include "core/format/documentreader.h"
#include "core/format/formatregistry.h"

#include <QCoreApplication>

#include <vector>

namespace kasibi {

// The formats a standard is read from: a Kasibi document, the interchange format, a Word
// document (imported).
class DocumentReaders : public FormatRegistry<DocumentReader, DocumentReaders> {
    Q_DECLARE_TR_FUNCTIONS(DocumentReaders)
public:
    static const std::vector<std::shared_ptr<DocumentReader>>& all();

    // The reader for a file: by its content where FileKind recognises one of the formats, by
    // its extension otherwise; nullptr when neither names one.
    static std::shared_ptr<DocumentReader> forFile(const QString& path);

    // The file dialog's filter for opening a standard: every format together, each alone, any
    // file; with wholeOnly, the formats that hold a whole standard (no import).
    static QString openFilter(bool wholeOnly = false);
};

} // namespace kasibi
