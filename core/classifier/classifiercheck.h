#pragma once

#include "core/classifier/classifierfix.h"
#include "core/model/documenttree.h"
#include "core/validation/finding.h"

#include <optional>

namespace kasibi {

class ClassifierStore;

// Checks a standard's classifier references against the editions in use (Appendix 3):
// 1.3 the OKED codes and names of the passport; 2.1 / 2.2 each card's NKZ occupation and group
// codes; 2.3 the card's name as NKZ gives it; 2.12 the NKZ code and name of each related
// profession. A code the edition does not know is an error; a
// name worded otherwise is a warning offering the edition's wording; where the edition does
// not reach a level (only the built-in top levels are loaded) nothing is claimed: one warning
// says what was not checked. The form of codes and empty fields are Validator's business.
class ClassifierCheck {
public:
    struct Outcome {
        Finding finding;
        std::optional<ClassifierFix> fix;
    };

    explicit ClassifierCheck(const ClassifierStore& store) : m_store(store) {}

    QVector<Outcome> check(const DocumentTree& tree) const;
    static Findings findingsOf(const QVector<Outcome>& outcomes);
    // Validator's findings and, given a store, this check's against its editions: what the
    // validation dock shows and a conclusion is drafted from.
    static Findings withValidation(const DocumentTree& tree, const ClassifierStore* store);

private:
    const ClassifierStore& m_store;
};

} // namespace kasibi
