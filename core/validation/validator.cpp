#include "core/validation/validator.h"

#include "core/validation/cardchecks.h"
#include "core/validation/mainpartchecks.h"
#include "core/validation/technicaldatachecks.h"
#include "core/validation/validationcontext.h"

namespace kasibi {

Findings Validator::validate(const DocumentTree& tree, const QDate& today) const {
    validation::ValidationContext context(tree, today);
    if (!context.begin()) return context.findings;
    // In the order of the standard; the extra chapters come after its four.
    validation::MainPartChecks mainPart(context);
    mainPart.checkMainPart();
    validation::CardChecks(context).checkCards();
    validation::TechnicalDataChecks technicalData(context);
    technicalData.checkTechnicalData();
    mainPart.checkExtraSections();
    technicalData.checkConclusion();
    return context.findings;
}
int Validator::errorCount(const Findings& findings) {
    int count = 0;
    for (const Finding& finding : findings)
        if (finding.severity == Severity::Error) ++count;
    return count;
}

int Validator::warningCount(const Findings& findings) {
    int count = 0;
    for (const Finding& finding : findings)
        if (finding.severity == Severity::Warning) ++count;
    return count;
}

} // namespace kasibi
