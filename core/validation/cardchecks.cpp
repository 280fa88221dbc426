#include "core/validation/cardchecks.h"

#include "core/classifier/classifiercodes.h"
#include "core/model/schema.h"
#include "core/validation/cardphrases.h"

namespace kasibi::validation {

void CardChecks::checkCards() {
    const QStringList cards = m_context.tree.children(m_context.standard, Role::ProfessionCards);
    if (cards.isEmpty()) {
        m_context.add(QStringLiteral("1.5"), Severity::Error, m_context.standard,
                      Role::ProfessionCards, {}, CardPhrases::AddAtLeastOneProfession);
        return;
    }

    // The list of cards in the passport is made of each card's NKZ name and ORK level: two
    // cards giving the same line make the list name one profession twice (1.6).
    QHash<QString, int> listLines;
    // The same NKZ occupation in two cards is one profession described twice (2.1).
    QHash<QString, int> occupations;
    const Fields& f = Fields::get();
    for (int c = 0; c < cards.size(); ++c) {
        const QString& card = cards[c];
        PlaceGuard place(m_context.places, {Place::Card, c, card});
        checkCard(card);

        const Node* n = m_context.tree.node(card);
        if (!n) continue;
        const QString level = n->values.value(Field::OrkLevel).trimmed();
        QStringList duplicatedIn;
        int firstCard = -1;
        for (const QString& language : {kKk, kRu}) {
            if (!(language == kKk ? m_context.needKk : m_context.needRu)) continue;
            const QString name =
                n->values.value(language == kKk ? f.name.kk : f.name.ru).simplified().toLower();
            if (name.isEmpty()) continue;
            const QString line = language + QLatin1Char('|') + level + QLatin1Char('|') + name;
            const auto it = listLines.constFind(line);
            if (it == listLines.constEnd()) {
                listLines.insert(line, c);
            } else {
                duplicatedIn << language;
                firstCard = it.value();
            }
        }
        if (!duplicatedIn.isEmpty()) {
            const QString other = QString::number(firstCard + 1);
            const Phrase atLevel =
                level.isEmpty() ? Phrase{} : fill(CardPhrases::AtOrkLevel, {Phrase::same(level)});
            m_context.add(
                QStringLiteral("1.6"), Severity::Error, card, f.name.name,
                duplicatedIn.size() == 1 ? duplicatedIn.first() : QString(),
                fill(CardPhrases::ProfessionAlreadyInCards, {atLevel, Phrase::same(other)}));
        }

        const QString occupation = n->values.value(Field::NkzOccupationCode).trimmed();
        if (occupation.isEmpty()) continue;
        const auto it = occupations.constFind(occupation);
        if (it == occupations.constEnd()) {
            occupations.insert(occupation, c);
            continue;
        }
        const QString otherCard = cards[it.value()];
        const QString other = QString::number(it.value() + 1);
        const bool sameLevel = m_context.tree.value(otherCard, Field::OrkLevel).trimmed() == level;
        if (sameLevel)
            m_context.add(QStringLiteral("2.1"), Severity::Error, card, Field::NkzOccupationCode,
                          {},
                          fill(CardPhrases::OccupationCodeInCardSameLevel,
                               {Phrase::inQuotes(occupation), Phrase::same(other)}));
        else
            m_context.add(QStringLiteral("2.1"), Severity::Warning, card, Field::NkzOccupationCode,
                          {},
                          fill(CardPhrases::OccupationCodeAlsoInCard,
                               {Phrase::inQuotes(occupation), Phrase::same(other)}));
    }
}

void CardChecks::checkCard(const QString& card) {
    const Fields& f = Fields::get();

    // 2.1, 2.2: the NKZ codes. The occupation code begins with its group's code.
    const QString occupationField = Field::NkzOccupationCode;
    const QString groupField = Field::NkzGroupCode;
    const QString occupation = m_context.tree.value(card, occupationField).trimmed();
    const QString group = m_context.tree.value(card, groupField).trimmed();
    const Phrase& occupationWhat = CardPhrases::NkzOccupationCode;
    const Phrase& groupWhat = CardPhrases::NkzOccupationGroupCode;
    bool occupationWellFormed = false;
    if (occupation.isEmpty()) {
        m_context.add(QStringLiteral("2.1"), Severity::Error, card, occupationField, {},
                      m_context.enter(occupationWhat));
    } else if (!ClassifierCodes::hasForm(Classifier::Nkz, 5, occupation)) {
        m_context.add(
            QStringLiteral("2.1"), Severity::Error, card, occupationField, {},
            m_context.correct(occupationWhat, occupation, CardPhrases::OccupationCodeForm));
    } else {
        occupationWellFormed = true;
    }
    if (group.isEmpty()) {
        m_context.add(QStringLiteral("2.2"), Severity::Error, card, groupField, {},
                      m_context.enter(groupWhat));
    } else if (!ClassifierCodes::hasForm(Classifier::Nkz, 4, group)) {
        m_context.add(QStringLiteral("2.2"), Severity::Error, card, groupField, {},
                      m_context.correct(groupWhat, group, CardPhrases::GroupCodeForm));
    } else if (occupationWellFormed && !occupation.startsWith(group)) {
        m_context.add(QStringLiteral("2.2"), Severity::Error, card, groupField, {},
                      fill(CardPhrases::OccupationNotInGroup,
                           {Phrase::inQuotes(occupation), Phrase::inQuotes(group)}));
    }

    m_context.requireText(QStringLiteral("2.3"), card, f.name, CardPhrases::NameProfessionNkz);

    // 2.8: the ORK level is defined; 2.4: the ORK/NRK level pair (NRK where given).
    const int ork = m_context.checkLevel(QStringLiteral("2.8"), card, Field::OrkLevel,
                                         CardPhrases::QualificationLevelOrk, true, Severity::Error);
    const int nrk =
        m_context.checkLevel(QStringLiteral("2.4"), card, Field::NrkLevel,
                             CardPhrases::QualificationLevelNrk, true, Severity::Warning);
    // A sectoral level refines a national one (4.2 lies in 4): other pairs are worth a look.
    if (ork > 0 && nrk > 0 && ork != nrk)
        m_context.add(QStringLiteral("2.4"), Severity::Warning, card, Field::NrkLevel, {},
                      fill(CardPhrases::NrkNotOrk, {Phrase::same(QString::number(nrk)),
                                                    Phrase::same(QString::number(ork))}));
    m_context.completeText(QStringLiteral("2.4"), card, f.tariffQualification,
                           CardPhrases::QualificationLevelEtksKsTkh);

    // 2.5: education.
    const QStringList education = m_context.tree.children(card, Role::Education);
    if (education.isEmpty())
        m_context.add(QStringLiteral("2.5"), Severity::Error, card, Role::Education, {},
                      CardPhrases::AddRequiredLevelProfessionalEducation);
    for (int i = 0; i < education.size(); ++i) {
        PlaceGuard place(m_context.places, {Place::Education, i, education[i]});
        m_context.requireText(QStringLiteral("2.5"), education[i], f.level,
                              CardPhrases::LevelEducation);
        m_context.completeText(QStringLiteral("2.5"), education[i], f.specialty,
                               CardPhrases::Specialty);
        m_context.completeText(QStringLiteral("2.5"), education[i], f.qualification,
                               CardPhrases::Qualification);
    }
    m_context.completeText(QStringLiteral("2.5"), card, f.workExperience,
                           CardPhrases::WorkExperienceRequirements);

    m_context.requireText(QStringLiteral("2.6"), card, f.nonFormalEducation,
                          CardPhrases::LinkNonFormalInformalEducation);

    // 2.7: other names; a profession may have none, so their absence is only worth a look.
    const QStringList otherNames = m_context.tree.children(card, Role::OtherNames);
    if (otherNames.isEmpty())
        m_context.add(QStringLiteral("2.7"), Severity::Warning, card, Role::OtherNames, {},
                      CardPhrases::EnterOtherPossibleNamesProfession);
    m_context.checkItems(QStringLiteral("2.7"), card, Role::OtherNames, otherNames,
                         CardPhrases::OtherNames);

    m_context.requireText(QStringLiteral("2.9"), card, f.mainPurpose,
                          CardPhrases::MainPurposeActivity);

    checkFunctions(card);
    // Items 13 and 14 of a card describe what the functions demand; the form has no line of
    // their own, so they are judged with the functions.
    m_context.checkItems(QStringLiteral("2.10"), card, Role::PersonalCompetencies,
                         m_context.tree.children(card, Role::PersonalCompetencies),
                         CardPhrases::PersonalCompetencies);
    m_context.checkItems(QStringLiteral("2.10"), card, Role::Regulations,
                         m_context.tree.children(card, Role::Regulations),
                         CardPhrases::TechnicalRegulationsNationalStandards);

    m_context.requireText(QStringLiteral("2.11"), card, f.wholeTaskAssessment,
                          CardPhrases::CommentAssessingWholeTaskSeparate);

    // 2.12: links with other professions (the qualification map).
    const QStringList related = m_context.tree.children(card, Role::RelatedProfessions);
    if (related.isEmpty())
        m_context.add(QStringLiteral("2.12"), Severity::Error, card, Role::RelatedProfessions, {},
                      CardPhrases::AddLinksOtherProfessionsWithin);
    for (int i = 0; i < related.size(); ++i) {
        PlaceGuard place(m_context.places, {Place::Related, i, related[i]});
        m_context.requireText(QStringLiteral("2.12"), related[i], f.name,
                              CardPhrases::NameProfession);
        m_context.checkLevel(QStringLiteral("2.12"), related[i], Field::OrkLevel,
                             CardPhrases::QualificationLevelOrk, true, Severity::Error);
        m_context.checkLevel(QStringLiteral("2.12"), related[i], Field::NrkLevel,
                             CardPhrases::QualificationLevelNrk, false, Severity::Error);
        const QString code = m_context.tree.value(related[i], occupationField).trimmed();
        if (!code.isEmpty() && !ClassifierCodes::hasForm(Classifier::Nkz, 5, code))
            m_context.add(QStringLiteral("2.12"), Severity::Error, related[i], occupationField, {},
                          m_context.correct(occupationWhat, code, CardPhrases::OccupationCodeForm));
    }
}

void CardChecks::checkFunctions(const QString& card) {
    const Fields& f = Fields::get();
    const QString criterion = QStringLiteral("2.10");
    const QStringList functions = m_context.tree.children(card, Role::LaborFunctions);
    if (functions.isEmpty()) {
        m_context.add(criterion, Severity::Error, card, Role::LaborFunctions, {},
                      CardPhrases::AddLabourFunctionsProfession);
        return;
    }
    static const QString kindField = Field::Kind;
    static const QString mandatory = QStringLiteral("mandatory");
    static const QString additional = QStringLiteral("additional");
    static const QString skillsRole = Role::Skills;
    static const QString abilitiesRole = Role::Abilities;
    static const QString knowledgeRole = Role::Knowledge;
    const Phrase& abilitiesList = CardPhrases::Abilities;
    const Phrase& knowledgeList = CardPhrases::Knowledge;
    bool anyMandatory = false;
    for (int i = 0; i < functions.size(); ++i) {
        const Node* function = m_context.tree.node(functions[i]);
        if (!function) continue;
        PlaceGuard functionPlace(m_context.places, {Place::Function, i, function->id});
        const QString kind = function->values.value(kindField);
        if (kind == mandatory) {
            anyMandatory = true;
        } else if (kind != additional) {
            m_context.add(criterion, Severity::Error, function->id, kindField, {},
                          CardPhrases::ChooseKindLabourFunctionMandatory);
        }
        m_context.checkText(criterion, *function, f.name, CardPhrases::NameLabourFunction, true,
                            Severity::Error);
        const QStringList& skills = childIds(*function, skillsRole);
        if (skills.isEmpty())
            m_context.add(criterion, Severity::Error, function->id, skillsRole, {},
                          CardPhrases::AddSkillsLabourFunctionAt);
        else if (skills.size() == 1)
            m_context.add(criterion, Severity::Warning, function->id, skillsRole, {},
                          CardPhrases::AddSecondSkillAtLeast);
        for (int s = 0; s < skills.size(); ++s) {
            const Node* skill = m_context.tree.node(skills[s]);
            if (!skill) continue;
            PlaceGuard skillPlace(m_context.places, {Place::Skill, s, skill->id});
            m_context.checkText(criterion, *skill, f.name, CardPhrases::NameSkill, true,
                                Severity::Error);
            const QStringList& abilities = childIds(*skill, abilitiesRole);
            if (abilities.isEmpty())
                m_context.add(criterion, Severity::Error, skill->id, abilitiesRole, {},
                              CardPhrases::AddAbilitiesSkill);
            m_context.checkItems(criterion, skill->id, abilitiesRole, abilities, abilitiesList);
            const QStringList& knowledge = childIds(*skill, knowledgeRole);
            if (knowledge.isEmpty())
                m_context.add(criterion, Severity::Error, skill->id, knowledgeRole, {},
                              CardPhrases::AddKnowledgeSkill);
            m_context.checkItems(criterion, skill->id, knowledgeRole, knowledge, knowledgeList);
        }
    }
    if (!anyMandatory)
        m_context.add(criterion, Severity::Error, card, Role::LaborFunctions, {},
                      CardPhrases::AddAtLeastOneMandatory);
}

} // namespace kasibi::validation
