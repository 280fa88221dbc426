#pragma once

#include "core/validation/validationcontext.h"

namespace kasibi::validation {

// Chapter 3 of the standard, the profession cards (criteria 1.5, 1.6 and 2.1-2.12).
class CardChecks {
public:
    explicit CardChecks(ValidationContext& context) : m_context(context) {}

    void checkCards();

private:
    void checkCard(const QString& cardId);
    void checkFunctions(const QString& cardId);

    ValidationContext& m_context;
};

} // namespace kasibi::validation
