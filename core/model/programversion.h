#pragma once

#include <QString>

namespace kasibi {

// The version of Kasibi itself (CMake's project version): printed by --version, shown in About
// and written into the properties of every exported document.
class ProgramVersion {
public:
    static QString number();   // "0.1.0"
    static QString withName(); // "Kasibi 0.1.0"
};

} // namespace kasibi
