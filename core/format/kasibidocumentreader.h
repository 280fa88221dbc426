#pragma once

#include "core/format/documentreader.h"
#include "core/store/documentstore.h"

#include <QCoreApplication>

namespace kasibi {

// Reads a .kasibi document file, read-only, with all the checks of DocumentStore::open.
class KasibiDocumentReader : public DocumentReader {
    Q_DECLARE_TR_FUNCTIONS(KasibiDocumentReader)
public:
    QString extension() const override { return DocumentStore::Extension; }
    QString fileFilter() const override { return tr("Kasibi documents (*.kasibi)"); }
    QString title() const override { return tr("Kasibi document"); }
    FileKind::Kind kind() const override { return FileKind::SqliteDatabase; }
    Result<DocumentTree> read(const QString& path) const override;
};

} // namespace kasibi
