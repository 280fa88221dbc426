#pragma once

#include "core/format/documentwriter.h"

#include <QCoreApplication>
#include <QJsonObject>

namespace kasibi {

// Writes the interchange format: every required key, every value and every id the tree has.
class JsonStandardWriter : public DocumentWriter {
    Q_DECLARE_TR_FUNCTIONS(JsonStandardWriter)
public:
    QString extension() const override { return QStringLiteral("json"); }
    QString fileFilter() const override { return tr("Interchange format (*.json)"); }
    QString title() const override { return tr("Interchange format (JSON)"); }

    Status write(const DocumentTree& tree, const QString& path,
                 const ExportOptions& options) const override;
    QJsonObject toJson(const DocumentTree& tree) const;
};

} // namespace kasibi
