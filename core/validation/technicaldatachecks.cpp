#include "core/validation/technicaldatachecks.h"

#include "core/classifier/classifiercodes.h"
#include "core/model/schema.h"
#include "core/validation/technicaldataphrases.h"

namespace kasibi::validation {

void TechnicalDataChecks::checkTechnicalData() {
    const Fields& f = Fields::get();

    // 3.1: the state body and its executor.
    const QString stateBodyRole = Role::StateBody;
    const QString stateBody = m_context.tree.children(m_context.standard, stateBodyRole).value(0);
    if (!m_context.tree.node(stateBody))
        m_context.add(QStringLiteral("3.1"), Severity::Error, m_context.standard, stateBodyRole, {},
                      TechnicalDataPhrases::AddStateBodyNameExecutor);
    else
        m_context.checkOrganization(QStringLiteral("3.1"), stateBody,
                                    TechnicalDataPhrases::NameStateBody);

    // 3.2: the developers, where there are any; each with complete contacts.
    const QStringList developers = m_context.tree.children(m_context.standard, Role::Developers);
    for (int i = 0; i < developers.size(); ++i) {
        PlaceGuard place(m_context.places, {Place::Developer, i, developers[i]});
        m_context.checkOrganization(QStringLiteral("3.2"), developers[i],
                                    TechnicalDataPhrases::NameOrganisation);
    }

    // 3.3: the sectoral council agrees the draft after the National body's conclusion (rules
    // 9-12), so its protocol is only due once the conclusion has a date.
    const QString c33 = QStringLiteral("3.3");
    const QDate conclusion =
        m_context.checkDate(c33, m_context.standard, Field::NationalBodyConclusionDate,
                            TechnicalDataPhrases::DateNationalBodyConclusion, true);
    const bool conclusionGiven =
        !m_context.tree.value(m_context.standard, Field::NationalBodyConclusionDate)
             .trimmed()
             .isEmpty();
    const Severity councilSeverity = conclusionGiven ? Severity::Error : Severity::Warning;
    m_context.requireText(c33, m_context.standard, f.councilName,
                          TechnicalDataPhrases::NameSectoralCouncil, councilSeverity);
    const QString protocolField = Field::CouncilProtocolDate;
    const Phrase& protocolNoun = TechnicalDataPhrases::ProtocolDateNoun;
    if (m_context.tree.value(m_context.standard, protocolField).trimmed().isEmpty())
        m_context.add(c33, councilSeverity, m_context.standard, protocolField, {},
                      m_context.enter(TechnicalDataPhrases::ProtocolDate));
    const QDate protocol =
        m_context.checkDate(c33, m_context.standard, protocolField, protocolNoun, true);
    if (protocol.isValid() && conclusion.isValid() && protocol < conclusion)
        m_context.add(c33, Severity::Warning, m_context.standard, protocolField, {},
                      fill(TechnicalDataPhrases::ProtocolBeforeConclusion,
                           {Phrase::same(protocol.toString(Qt::ISODate)),
                            Phrase::same(conclusion.toString(Qt::ISODate))}));
    // Atameken's recommendations belong to the same approval procedure.
    m_context.checkDate(c33, m_context.standard, Field::AtamekenRecommendationDate,
                        TechnicalDataPhrases::DateAtamekenRecommendations, true);

    // 3.4: version and year of release.
    const QString c34 = QStringLiteral("3.4");
    if (isBlank(m_context.tree.value(m_context.standard, Field::Version)))
        m_context.add(c34, Severity::Error, m_context.standard, Field::Version, {},
                      m_context.enter(TechnicalDataPhrases::VersionNumberStandard));
    const QString yearField = Field::ReleaseYear;
    const QString yearText = m_context.tree.value(m_context.standard, yearField).trimmed();
    bool yearOk = false;
    const int releaseYear = yearText.toInt(&yearOk);
    const Phrase& yearWhat = TechnicalDataPhrases::YearReleaseStandard;
    if (yearText.isEmpty())
        m_context.add(c34, Severity::Error, m_context.standard, yearField, {},
                      m_context.enter(yearWhat));
    else if (!yearOk || releaseYear < 1990 || releaseYear > 2100)
        m_context.add(c34, Severity::Error, m_context.standard, yearField, {},
                      m_context.correct(yearWhat, yearText, TechnicalDataPhrases::YearForm));
    const bool haveYear =
        !yearText.isEmpty() && yearOk && releaseYear >= 1990 && releaseYear <= 2100;

    // 3.5: planned update, at least once in three years (rule 16).
    const QString c35 = QStringLiteral("3.5");
    const QString plannedField = Field::PlannedUpdateDate;
    if (m_context.tree.value(m_context.standard, plannedField).trimmed().isEmpty())
        m_context.add(c35, Severity::Error, m_context.standard, plannedField, {},
                      m_context.enter(TechnicalDataPhrases::ApproximateDateStandardNextUpdate));
    const QDate planned = m_context.checkDate(c35, m_context.standard, plannedField,
                                              TechnicalDataPhrases::PlannedUpdateDate, false);
    if (planned.isValid() && haveYear) {
        const QString date = planned.toString(Qt::ISODate);
        const QString latest = QString::number(releaseYear + 3);
        if (planned.year() > releaseYear + 3)
            m_context.add(c35, Severity::Error, m_context.standard, plannedField, {},
                          fill(TechnicalDataPhrases::UpdateTooLate,
                               {Phrase::same(date), Phrase::same(latest)}));
        else if (planned.year() < releaseYear)
            m_context.add(c35, Severity::Error, m_context.standard, plannedField, {},
                          fill(TechnicalDataPhrases::UpdateBeforeRelease,
                               {Phrase::same(date), Phrase::same(yearText)}));
    }
}

void TechnicalDataChecks::checkConclusion() {
    // The examination behind a conclusion on file has taken place.
    m_context.checkDate(QStringLiteral("3.3"), m_context.tree.rootId, Field::ExaminationDate,
                        TechnicalDataPhrases::ExaminationDate, true);
}

} // namespace kasibi::validation
