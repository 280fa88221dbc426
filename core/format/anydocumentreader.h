#pragma once

#include "core/format/documentreader.h"

#include <QCoreApplication>

namespace kasibi {

// Reads a .kasibi or a .json standard, told apart by content rather than by name, since
// e-mailed files get renamed.
class AnyDocumentReader : public DocumentReader {
    Q_DECLARE_TR_FUNCTIONS(AnyDocumentReader)
public:
    Result<DocumentTree> read(const QString& path) const override;
};

} // namespace kasibi
