#pragma once

#include "documentwriter.h"

#include <QStringList>
#include <memory>

namespace kasibi {

// The writer for an output file, chosen by its extension (json, docx, pdf).
class DocumentWriters {
public:
    static std::unique_ptr<DocumentWriter> forPath(const QString& path);
    static QStringList extensions();
};

} // namespace kasibi
