#pragma once

#include "core/model/fieldterm.h"
#include "core/model/phrase.h"

namespace kasibi::validation::CardPhrases {

// What the checks of the profession cards (chapter 3) say: in Russian, Kazakh and English, each
// phrase once. A phrase naming what to enter is in the case «Укажите …» / «… көрсетіңіз» asks for
// (the accusative); the others are whole sentences.

inline const Phrase AddAtLeastOneProfession{
    QStringLiteral("Кем дегенде бір кәсіп карточкасын қосыңыз"),
    QStringLiteral("Добавьте хотя бы одну карточку профессии"),
    QStringLiteral("Add at least one profession card")};
inline const Phrase NkzOccupationCode = term::nkzOccupationCode.accusative();
inline const Phrase NkzOccupationGroupCode = term::nkzGroupCode.accusative();
inline const Phrase OccupationCodeForm{QStringLiteral("ХХХХ-Х-ХХХ, мысалы 8342-1-003"),
                                       QStringLiteral("ХХХХ-Х-ХХХ, например 8342-1-003"),
                                       QStringLiteral("NNNN-N-NNN, e.g. 8342-1-003")};
inline const Phrase GroupCodeForm{QStringLiteral("төрт цифр, мысалы 8342"),
                                  QStringLiteral("четыре цифры, например 8342"),
                                  QStringLiteral("four digits, e.g. 8342")};
inline const Phrase NameProfessionNkz{QStringLiteral("ҰКЖ бойынша кәсіптің атауын"),
                                      QStringLiteral("наименование профессии по НКЗ"),
                                      QStringLiteral("the name of the profession as in NKZ")};
inline const Phrase QualificationLevelOrk = term::orkLevel.accusative();
inline const Phrase QualificationLevelNrk = term::nrkLevel.accusative();
inline const Phrase QualificationLevelEtksKsTkh = term::tariffQualification.accusative();
inline const Phrase AddRequiredLevelProfessionalEducation{
    QStringLiteral("Талап етілетін кәсіптік білім деңгейін қосыңыз"),
    QStringLiteral("Добавьте требуемый уровень профессионального образования"),
    QStringLiteral("Add the required level of professional education")};
inline const Phrase LevelEducation = term::educationLevel.accusative();
inline const Phrase Specialty = term::specialty.accusative();
inline const Phrase Qualification = term::qualification.accusative();
inline const Phrase WorkExperienceRequirements = term::workExperience.accusative();
inline const Phrase LinkNonFormalInformalEducation = term::nonFormalEducation.accusative();
inline const Phrase EnterOtherPossibleNamesProfession{
    QStringLiteral("Кәсіптің басқа да ықтимал атаулары болса, оларды көрсетіңіз"),
    QStringLiteral("Укажите другие возможные наименования профессии, если они есть"),
    QStringLiteral("Enter other possible names of the profession, if there are any")};
inline const Phrase OtherNames{QStringLiteral("Басқа атаулары"),
                               QStringLiteral("Другие наименования"),
                               QStringLiteral("Other names")};
inline const Phrase MainPurposeActivity = term::mainPurpose.accusative();
inline const Phrase PersonalCompetencies{QStringLiteral("Тұлғалық құзыреттер"),
                                         QStringLiteral("Личностные компетенции"),
                                         QStringLiteral("Personal competencies")};
inline const Phrase TechnicalRegulationsNationalStandards{
    QStringLiteral("Техникалық регламенттер мен ұлттық стандарттар"),
    QStringLiteral("Технические регламенты и национальные стандарты"),
    QStringLiteral("Technical regulations and national standards")};
inline const Phrase CommentAssessingWholeTaskSeparate = term::wholeTaskAssessment.accusative();
inline const Phrase AddLinksOtherProfessionsWithin{
    QStringLiteral(
        "СБШ шеңберінде басқа кәсіптермен байланыстарды (кәсіптік біліктілік картасын) қосыңыз"),
    QStringLiteral(
        "Добавьте связи с другими профессиями в рамках ОРК (карту профессиональной квалификации)"),
    QStringLiteral("Add the links with other professions within the ORK (the professional "
                   "qualification map)")};
inline const Phrase NameProfession{QStringLiteral("кәсіптің атауын"),
                                   QStringLiteral("наименование профессии"),
                                   QStringLiteral("the name of the profession")};
inline const Phrase AddLabourFunctionsProfession{
    QStringLiteral("Кәсіптің еңбек функцияларын қосыңыз"),
    QStringLiteral("Добавьте трудовые функции профессии"),
    QStringLiteral("Add the labour functions of the profession")};
inline const Phrase Abilities{QStringLiteral("Машықтар"), QStringLiteral("Умения"),
                              QStringLiteral("Abilities")};
inline const Phrase Knowledge{QStringLiteral("Білімдер"), QStringLiteral("Знания"),
                              QStringLiteral("Knowledge")};
inline const Phrase ChooseKindLabourFunctionMandatory{
    QStringLiteral("Еңбек функциясының түрін көрсетіңіз (міндетті немесе қосымша)"),
    QStringLiteral("Укажите вид трудовой функции (обязательная или дополнительная)"),
    QStringLiteral("Choose the kind of the labour function (mandatory or additional)")};
inline const Phrase NameLabourFunction{QStringLiteral("еңбек функциясының атауын"),
                                       QStringLiteral("наименование трудовой функции"),
                                       QStringLiteral("the name of the labour function")};
inline const Phrase AddSkillsLabourFunctionAt{
    QStringLiteral("Еңбек функциясының дағдыларын қосыңыз (кемінде екеуі ұсынылады)"),
    QStringLiteral("Добавьте навыки трудовой функции (рекомендуется не менее двух)"),
    QStringLiteral("Add the skills of the labour function (at least two are recommended)")};
inline const Phrase AddSecondSkillAtLeast{
    QStringLiteral("Екінші дағдыны қосыңыз (әр еңбек функциясы үшін кемінде екі дағды ұсынылады)"),
    QStringLiteral(
        "Добавьте второй навык (для каждой трудовой функции рекомендуется не менее двух навыков)"),
    QStringLiteral(
        "Add a second skill (at least two skills are recommended for each labour function)")};
inline const Phrase NameSkill{QStringLiteral("дағдының атауын"),
                              QStringLiteral("наименование навыка"),
                              QStringLiteral("the name of the skill")};
inline const Phrase AddAbilitiesSkill{QStringLiteral("Дағдының машықтарын қосыңыз"),
                                      QStringLiteral("Добавьте умения навыка"),
                                      QStringLiteral("Add the abilities of the skill")};
inline const Phrase AddKnowledgeSkill{QStringLiteral("Дағдының білімдерін қосыңыз"),
                                      QStringLiteral("Добавьте знания навыка"),
                                      QStringLiteral("Add the knowledge of the skill")};
inline const Phrase AddAtLeastOneMandatory{
    QStringLiteral("Кем дегенде бір міндетті еңбек функциясын қосыңыз (ол біліктілікті тану "
                   "кезінде расталады)"),
    QStringLiteral("Добавьте хотя бы одну обязательную трудовую функцию (её подтверждают при "
                   "признании квалификации)"),
    QStringLiteral("Add at least one mandatory labour function (it is confirmed when a "
                   "qualification is recognised)")};

// The same profession twice: %1 " at ORK level …" or nothing, %2 the other card's number.
inline const Phrase AtOrkLevel{QStringLiteral(" СБШ-ның %1-деңгейімен"),
                               QStringLiteral(" с уровнем ОРК %1"),
                               QStringLiteral(" at ORK level %1")};
inline const Phrase ProfessionAlreadyInCards{
    QStringLiteral("осы атаумен%1 кәсіп карточкалар тізбесінде бұрыннан бар (%2-карточка); "
                   "карточкаларды біріктіріңіз немесе атауын не деңгейін түзетіңіз"),
    QStringLiteral("профессия%1 с этим наименованием уже есть в перечне карточек (карточка %2); "
                   "объедините карточки или исправьте наименование или уровень"),
    QStringLiteral("a profession with this name%1 is already in the list of cards (card %2); merge "
                   "the cards or correct the name or the level")};

// The same NKZ occupation code (%1) in another card (%2).
inline const Phrase OccupationCodeInCardSameLevel{
    QStringLiteral("ҰКЖ бойынша %1 кәсіп коды СБШ-ның сол деңгейімен %2-карточкада бұрыннан бар; "
                   "бір кәсіпке бір карточка, кодты түзетіңіз немесе карточкаларды біріктіріңіз"),
    QStringLiteral("код профессии по НКЗ %1 с тем же уровнем ОРК уже есть в карточке %2; у "
                   "профессии одна карточка, исправьте код или объедините карточки"),
    QStringLiteral("the NKZ occupation code %1 at the same ORK level is already in card %2; a "
                   "profession has one card: correct the code or merge the cards")};
inline const Phrase OccupationCodeAlsoInCard{
    QStringLiteral("ҰКЖ бойынша %1 кәсіп коды %2-карточкада да көрсетілген; карточкалар әртүрлі "
                   "біліктілікті сипаттайтынын тексеріңіз"),
    QStringLiteral("код профессии по НКЗ %1 указан и в карточке %2; проверьте, что карточки "
                   "описывают разные квалификации"),
    QStringLiteral("the NKZ occupation code %1 is also in card %2; check that the cards describe "
                   "different qualifications")};

// Codes and levels that disagree: %1 and %2 are the two.
inline const Phrase OccupationNotInGroup{
    QStringLiteral(
        "%1 кәсіп коды %2 кәсіптер тобының кодынан басталмайды; кодтардың бірін түзетіңіз"),
    QStringLiteral(
        "Код профессии %1 не начинается с кода группы занятий %2; исправьте один из кодов"),
    QStringLiteral(
        "The occupation code %1 does not begin with the group code %2; correct one of the codes")};
inline const Phrase NrkNotOrk{
    QStringLiteral("ҰБШ %1-деңгейі СБШ %2-деңгейіне сәйкес келмейді; деңгейлерді тексеріңіз"),
    QStringLiteral("Уровень НРК %1 не соответствует уровню ОРК %2; проверьте уровни"),
    QStringLiteral("The NRK level %1 does not match the ORK level %2; check the levels")};

} // namespace kasibi::validation::CardPhrases
