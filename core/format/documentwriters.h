#pragma once

#include "core/format/documentwriter.h"

#include <memory>
#include <QStringList>

namespace kasibi {

// The writer for an output file, chosen by its extension (json, docx, pdf).
class DocumentWriters {
public:
    static std::unique_ptr<DocumentWriter> forPath(const QString& path);
    static QStringList extensions();

    // The writer of the Appendix 3 conclusion form (docx, pdf).
    static std::unique_ptr<DocumentWriter> conclusionForPath(const QString& path);
    static QStringList conclusionExtensions();
};

} // namespace kasibi
