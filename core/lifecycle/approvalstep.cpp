#include "core/lifecycle/approvalstep.h"

namespace kasibi {

const QVector<ApprovalStep>& ApprovalStep::all() {
    static const QVector<ApprovalStep> steps = {
        {QStringLiteral("stateBodyReview"),
         5,
         QStringLiteral("8"),
         {QStringLiteral("Жобаны мемлекеттік органның қарауы"),
          QStringLiteral("Рассмотрение проекта государственным органом"),
          QStringLiteral("Review of the draft by the state body")}},
        {QStringLiteral("developerRework"),
         5,
         QStringLiteral("8"),
         {QStringLiteral("Жобаны жұмыс берушілер бірлестіктерінің пысықтауы"),
          QStringLiteral("Доработка проекта объединениями работодателей"),
          QStringLiteral("Rework of the draft by the employer associations")}},
        {QStringLiteral("nationalBodyExamination"),
         5,
         QStringLiteral("9"),
         {QStringLiteral("Ұлттық органның сараптамасы, қорытынды"),
          QStringLiteral("Экспертиза Национального органа, заключение"),
          QStringLiteral("Examination and conclusion of the National body")}},
        {QStringLiteral("stateBodyRework"),
         5,
         QStringLiteral("10"),
         {QStringLiteral("Жобаны мемлекеттік органның қорытындыны ескере отырып пысықтауы"),
          QStringLiteral("Доработка проекта государственным органом с учетом заключения"),
          QStringLiteral("Rework by the state body after the conclusion")}},
        {QStringLiteral("nationalBodyReexamination"),
         1,
         QStringLiteral("10"),
         {QStringLiteral("Пысықталған жобаны Ұлттық органның қарауы"),
          QStringLiteral("Рассмотрение доработанного проекта Национальным органом"),
          QStringLiteral("Re-examination of the reworked draft by the National body")}},
        {QStringLiteral("sendingToSectoralCouncil"),
         5,
         QStringLiteral("11"),
         {QStringLiteral("Жобаны салалық кеңестің келісуіне жіберу"),
          QStringLiteral("Направление проекта на согласование отраслевого совета"),
          QStringLiteral("Sending the draft to the sectoral council")}},
        {QStringLiteral("sectoralCouncilReview"),
         10,
         QStringLiteral("12"),
         {QStringLiteral("Салалық кеңестің келісуі"),
          QStringLiteral("Согласование отраслевым советом"),
          QStringLiteral("Agreement by the sectoral council")}},
        {QStringLiteral("sectoralCouncilRework"),
         5,
         QStringLiteral("13"),
         {QStringLiteral("Салалық кеңестің ұсынымдары бойынша пысықтау"),
          QStringLiteral("Доработка по рекомендациям отраслевого совета"),
          QStringLiteral("Rework after the sectoral council's recommendations")}},
        {QStringLiteral("approval"),
         0,
         QStringLiteral("14"),
         {QStringLiteral("Мемлекеттік органның бекітуі"),
          QStringLiteral("Утверждение государственным органом"),
          QStringLiteral("Approval by the state body")}},
        {QStringLiteral("publicationLink"),
         3,
         QStringLiteral("15"),
         {QStringLiteral("Ресми жариялауға сілтемені Ұлттық органға жіберу"),
          QStringLiteral("Направление ссылки на официальное опубликование в Национальный орган"),
          QStringLiteral("Sending the link to the official publication to the National body")}},
    };
    return steps;
}

const ApprovalStep* ApprovalStep::find(const QString& key) {
    for (const ApprovalStep& step : all())
        if (step.key == key) return &step;
    return nullptr;
}

QStringList ApprovalStep::keys() {
    QStringList keys;
    for (const ApprovalStep& step : all())
        keys << step.key;
    return keys;
}

} // namespace kasibi
