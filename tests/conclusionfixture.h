#pragma once

#include "core/model/documenttree.h"
#include "core/model/localizedtext.h"

namespace kasibi::test {

// The sample with a conclusion: the validation's draft, a state body, an examination date and
// one criterion the expert marked as not met, with a remark holding XML special characters; the
// state body and the remark in Russian and Kazakh.
struct ConclusionFixture {
    DocumentTree tree;
    LocalizedText stateBody{QStringLiteral("ҚР Өнеркәсіп және құрылыс министрлігі"),
                            QStringLiteral("Министерство промышленности и строительства РК")};
    QString date = QStringLiteral("2025-03-21");
    QString failedCriterion = QStringLiteral("2.6");
    LocalizedText remark{
        QStringLiteral("Бейресми біліммен байланысы ашылмаған <6-т. қар.> & т.б."),
        QStringLiteral("Связь с неформальным образованием не раскрыта <см. п. 6> & др.")};

    ConclusionFixture();
    // Texts the form must show, in order.
    QStringList expectedTexts(const QString& language) const;
    // Texts of the other language the form in `language` must not show.
    QStringList otherLanguageTexts(const QString& language) const;
};

} // namespace kasibi::test
