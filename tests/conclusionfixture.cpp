#include "conclusionfixture.h"

#include "core/validation/conclusiondraft.h"
#include "core/validation/criterion.h"
#include "core/validation/validator.h"
#include "testsupport.h"

#include <catch2/catch.hpp>

namespace kasibi::test {

ConclusionFixture::ConclusionFixture() {
    const DocumentTree sample = sampleTree();
    tree = ConclusionDraft::applied(sample, Validator().validate(sample));
    for (const QString& language : {QStringLiteral("kk"), QStringLiteral("ru")})
        tree.setValue(
            tree.rootId,
            Node::valueKey(QStringLiteral("review/conclusion/kasibi/stateBody"), language),
            stateBody.in(language));
    tree.setValue(tree.rootId, QStringLiteral("review/conclusion/examinationDate"), date);
    const QStringList assessments = tree.children(tree.rootId, ConclusionDraft::AssessmentsRole);
    REQUIRE(assessments.size() == Criterion::all().size());
    bool found = false;
    for (const QString& assessment : assessments) {
        if (tree.value(assessment, QStringLiteral("criterion")) != failedCriterion) continue;
        tree.setValue(assessment, QStringLiteral("verdict"), QStringLiteral("does-not-meet"));
        for (const QString& language : {QStringLiteral("kk"), QStringLiteral("ru")})
            tree.setValue(assessment, Node::valueKey(QStringLiteral("kasibi/remark"), language),
                          remark.in(language));
        found = true;
    }
    REQUIRE(found);
}

QStringList ConclusionFixture::expectedTexts(const QString& language) const {
    const bool kk = language == QLatin1String("kk");
    QStringList texts{
        kk ? QStringLiteral("Кәсіптік біліктіліктер жөніндегі ұлттық органның қорытындысы")
           : QStringLiteral("Заключение Национального органа по профессиональным "
                            "квалификациям по итогам экспертизы проекта "
                            "профессионального стандарта"),
        tree.value(tree.standardId(), QStringLiteral("passport/name"), language),
        tree.standardCode(), stateBody.in(language), QStringLiteral("21.03.2025")};
    int group = 0;
    for (const Criterion& criterion : Criterion::all()) {
        if (criterion.group != group)
            texts << Criterion::groupTitle(group = criterion.group, language);
        texts << criterion.title.in(language);
        if (criterion.number == failedCriterion)
            texts << (kk ? QStringLiteral("Сәйкес келмейді") : QStringLiteral("Не соответствует"))
                  << remark.in(language);
        else
            texts << (kk ? QStringLiteral("Сәйкес келеді") : QStringLiteral("Соответствует"));
    }
    return texts;
}

QStringList ConclusionFixture::otherLanguageTexts(const QString& language) const {
    const QString other =
        language == QLatin1String("kk") ? QStringLiteral("ru") : QStringLiteral("kk");
    return {stateBody.in(other), remark.in(other)};
}

} // namespace kasibi::test
