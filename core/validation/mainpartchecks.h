#pragma once

#include "core/validation/validationcontext.h"

namespace kasibi::validation {

// Chapters 1 and 2 of the standard, general provisions and passport (criteria 1.1-1.4), and
// its extra chapters and appendices, judged with the description (1.4).
class MainPartChecks {
public:
    explicit MainPartChecks(ValidationContext& context) : m_context(context) {}

    void checkMainPart();
    void checkExtraSections();

private:
    void checkOked();

    ValidationContext& m_context;
};

} // namespace kasibi::validation
