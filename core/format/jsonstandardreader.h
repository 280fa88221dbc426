#pragma once

#include "core/format/documentreader.h"

#include <QCoreApplication>

namespace kasibi {

// Reads the interchange format (../shared/format/standard-v1.schema.json). The file is
// untrusted: every type, pattern and id is checked, and the first problem is reported with
// its JSON Pointer.
class JsonStandardReader : public DocumentReader {
    Q_DECLARE_TR_FUNCTIONS(JsonStandardReader)
public:
    static constexpr qint64 MaximumFileSize = 256 * 1024 * 1024;

    QString extension() const override { return QStringLiteral("json"); }
    QString fileFilter() const override { return tr("Interchange format (*.json)"); }
    QString title() const override { return tr("Interchange format (JSON)"); }
    FileKind::Kind kind() const override { return FileKind::Json; }

    Result<DocumentTree> read(const QString& path) const override;
    Result<DocumentTree> parse(const QByteArray& bytes, const QString& fileName) const;
};

} // namespace kasibi
