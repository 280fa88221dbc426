#pragma once

#include "core/validation/validationcontext.h"

namespace kasibi::validation {

// Chapter 4 of the standard, technical data (criteria 3.1-3.5), and the date of the
// examination behind a conclusion on file.
class TechnicalDataChecks {
public:
    explicit TechnicalDataChecks(ValidationContext& context) : m_context(context) {}

    void checkTechnicalData();
    void checkConclusion();

private:
    ValidationContext& m_context;
};

} // namespace kasibi::validation
