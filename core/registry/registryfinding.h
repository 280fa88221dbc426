#pragma once

#include "core/validation/finding.h"

namespace kasibi {

// A finding across standards: the finding in one standard (its field, its message) and, when it
// is about another standard, which one (the link the registry pane and the JSON offer).
struct RegistryFinding {
    Finding finding;
    QString standardId;
    QString standardCode;
    QString linkedStandardId;
    QString linkedStandardCode;
    QString linkedCardId;
};

using RegistryFindings = QVector<RegistryFinding>;

} // namespace kasibi
