#pragma once

#include <QString>

namespace kasibi::validation {

// One phrase in the three languages of the interface.
struct Words {
    QString ru;
    QString kk;
    QString en;
};

} // namespace kasibi::validation
