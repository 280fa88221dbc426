#include "core/model/programversion.h"

namespace kasibi {

// KASIBI_VERSION is given to this file alone (core/model/CMakeLists.txt): a new version
// recompiles one file.
QString ProgramVersion::number() {
    return QStringLiteral(KASIBI_VERSION);
}

QString ProgramVersion::withName() {
    return QStringLiteral("Kasibi ") + number();
}

} // namespace kasibi
