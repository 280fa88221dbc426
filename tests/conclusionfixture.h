#pragma once

#include "core/model/documenttree.h"

namespace kasibi::test {

// The sample with a conclusion: the validation's draft, a state body, an examination date and
// one criterion the expert marked as not met, with a remark holding XML special characters.
struct ConclusionFixture {
    DocumentTree tree;
    QString stateBody = QStringLiteral("Министерство промышленности и строительства РК");
    QString date = QStringLiteral("2025-03-21");
    QString failedCriterion = QStringLiteral("2.6");
    QString remark =
        QStringLiteral("Связь с неформальным образованием не раскрыта <см. п. 6> & др.");

    ConclusionFixture();
    // Texts the form must show, in order.
    QStringList expectedTexts(const QString& language) const;
};

} // namespace kasibi::test
