#include "documentwriters.h"

#include "jsonstandardwriter.h"

#include <QFileInfo>

namespace kasibi {

std::unique_ptr<DocumentWriter> DocumentWriters::forPath(const QString& path) {
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == QLatin1String("json")) return std::make_unique<JsonStandardWriter>();
    return nullptr;
}

QStringList DocumentWriters::extensions() { return {QStringLiteral("json")}; }

} // namespace kasibi
