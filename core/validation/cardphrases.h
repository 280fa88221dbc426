#pragma once

#include "core/validation/words.h"

namespace kasibi::validation::CardPhrases {

// What the checks of the profession cards (chapter 3) say: in Russian, Kazakh and English, each
// phrase once. A phrase naming what to enter is in the case «Укажите …» / «… көрсетіңіз» asks for
// (the accusative); the others are whole sentences.

inline const Words AddAtLeastOneProfession{
    QStringLiteral("Добавьте хотя бы одну карточку профессии"),
    QStringLiteral("Кем дегенде бір кәсіп карточкасын қосыңыз"),
    QStringLiteral("Add at least one profession card")};
inline const Words NkzOccupationCode{QStringLiteral("код профессии по НКЗ"),
                                     QStringLiteral("ҰКЖ бойынша кәсіп кодын"),
                                     QStringLiteral("the NKZ occupation code")};
inline const Words NkzOccupationGroupCode{QStringLiteral("код группы занятий по НКЗ"),
                                          QStringLiteral("ҰКЖ бойынша кәсіптер тобының кодын"),
                                          QStringLiteral("the NKZ occupation group code")};
inline const Words OccupationCodeForm{QStringLiteral("ХХХХ-Х-ХХХ, например 8342-1-003"),
                                      QStringLiteral("ХХХХ-Х-ХХХ, мысалы 8342-1-003"),
                                      QStringLiteral("NNNN-N-NNN, e.g. 8342-1-003")};
inline const Words GroupCodeForm{QStringLiteral("четыре цифры, например 8342"),
                                 QStringLiteral("төрт цифр, мысалы 8342"),
                                 QStringLiteral("four digits, e.g. 8342")};
inline const Words NameProfessionNkz{QStringLiteral("наименование профессии по НКЗ"),
                                     QStringLiteral("ҰКЖ бойынша кәсіптің атауын"),
                                     QStringLiteral("the name of the profession as in NKZ")};
inline const Words QualificationLevelOrk{QStringLiteral("уровень квалификации по ОРК"),
                                         QStringLiteral("СБШ бойынша біліктілік деңгейін"),
                                         QStringLiteral("the qualification level by ORK")};
inline const Words QualificationLevelNrk{QStringLiteral("уровень квалификации по НРК"),
                                         QStringLiteral("ҰБШ бойынша біліктілік деңгейін"),
                                         QStringLiteral("the qualification level by NRK")};
inline const Words QualificationLevelEtksKsTkh{
    QStringLiteral("уровень квалификации по ЕТКС, КС или ТКХ"),
    QStringLiteral("БТБА, БА немесе ҮБС бойынша біліктілік деңгейін"),
    QStringLiteral("the qualification level by ETKS, KS or TKH")};
inline const Words AddRequiredLevelProfessionalEducation{
    QStringLiteral("Добавьте требуемый уровень профессионального образования"),
    QStringLiteral("Талап етілетін кәсіптік білім деңгейін қосыңыз"),
    QStringLiteral("Add the required level of professional education")};
inline const Words LevelEducation{QStringLiteral("уровень образования"),
                                  QStringLiteral("білім деңгейін"),
                                  QStringLiteral("the level of education")};
inline const Words Specialty{QStringLiteral("специальность"), QStringLiteral("мамандықты"),
                             QStringLiteral("the specialty")};
inline const Words Qualification{QStringLiteral("квалификацию"), QStringLiteral("біліктілікті"),
                                 QStringLiteral("the qualification")};
inline const Words WorkExperienceRequirements{
    QStringLiteral("требования к опыту работы"),
    QStringLiteral("жұмыс тәжірибесіне қойылатын талаптарды"),
    QStringLiteral("the work experience requirements")};
inline const Words LinkNonFormalInformalEducation{
    QStringLiteral("связь с неформальным и информальным образованием"),
    QStringLiteral("бейресми және информалдық біліммен байланысын"),
    QStringLiteral("the link with non-formal and informal education")};
inline const Words EnterOtherPossibleNamesProfession{
    QStringLiteral("Укажите другие возможные наименования профессии, если они есть"),
    QStringLiteral("Кәсіптің басқа да ықтимал атаулары болса, оларды көрсетіңіз"),
    QStringLiteral("Enter other possible names of the profession, if there are any")};
inline const Words OtherNames{QStringLiteral("Другие наименования"),
                              QStringLiteral("Басқа атаулары"), QStringLiteral("Other names")};
inline const Words MainPurposeActivity{QStringLiteral("основную цель деятельности"),
                                       QStringLiteral("қызметтің негізгі мақсатын"),
                                       QStringLiteral("the main purpose of the activity")};
inline const Words PersonalCompetencies{QStringLiteral("Личностные компетенции"),
                                        QStringLiteral("Тұлғалық құзыреттер"),
                                        QStringLiteral("Personal competencies")};
inline const Words TechnicalRegulationsNationalStandards{
    QStringLiteral("Технические регламенты и национальные стандарты"),
    QStringLiteral("Техникалық регламенттер мен ұлттық стандарттар"),
    QStringLiteral("Technical regulations and national standards")};
inline const Words CommentAssessingWholeTaskSeparate{
    QStringLiteral("комментарий об оценке задачи целиком как отдельного навыка"),
    QStringLiteral("міндетті тұтастай жеке дағды ретінде бағалау туралы түсініктемені"),
    QStringLiteral("the comment on assessing the whole task as a separate skill")};
inline const Words AddLinksOtherProfessionsWithin{
    QStringLiteral(
        "Добавьте связи с другими профессиями в рамках ОРК (карту профессиональной квалификации)"),
    QStringLiteral(
        "СБШ шеңберінде басқа кәсіптермен байланыстарды (кәсіптік біліктілік картасын) қосыңыз"),
    QStringLiteral("Add the links with other professions within the ORK (the professional "
                   "qualification map)")};
inline const Words NameProfession{QStringLiteral("наименование профессии"),
                                  QStringLiteral("кәсіптің атауын"),
                                  QStringLiteral("the name of the profession")};
inline const Words AddLabourFunctionsProfession{
    QStringLiteral("Добавьте трудовые функции профессии"),
    QStringLiteral("Кәсіптің еңбек функцияларын қосыңыз"),
    QStringLiteral("Add the labour functions of the profession")};
inline const Words Abilities{QStringLiteral("Умения"), QStringLiteral("Машықтар"),
                             QStringLiteral("Abilities")};
inline const Words Knowledge{QStringLiteral("Знания"), QStringLiteral("Білімдер"),
                             QStringLiteral("Knowledge")};
inline const Words ChooseKindLabourFunctionMandatory{
    QStringLiteral("Укажите вид трудовой функции (обязательная или дополнительная)"),
    QStringLiteral("Еңбек функциясының түрін көрсетіңіз (міндетті немесе қосымша)"),
    QStringLiteral("Choose the kind of the labour function (mandatory or additional)")};
inline const Words NameLabourFunction{QStringLiteral("наименование трудовой функции"),
                                      QStringLiteral("еңбек функциясының атауын"),
                                      QStringLiteral("the name of the labour function")};
inline const Words AddSkillsLabourFunctionAt{
    QStringLiteral("Добавьте навыки трудовой функции (рекомендуется не менее двух)"),
    QStringLiteral("Еңбек функциясының дағдыларын қосыңыз (кемінде екеуі ұсынылады)"),
    QStringLiteral("Add the skills of the labour function (at least two are recommended)")};
inline const Words AddSecondSkillAtLeast{
    QStringLiteral(
        "Добавьте второй навык (для каждой трудовой функции рекомендуется не менее двух навыков)"),
    QStringLiteral("Екінші дағдыны қосыңыз (әр еңбек функциясы үшін кемінде екі дағды ұсынылады)"),
    QStringLiteral(
        "Add a second skill (at least two skills are recommended for each labour function)")};
inline const Words NameSkill{QStringLiteral("наименование навыка"),
                             QStringLiteral("дағдының атауын"),
                             QStringLiteral("the name of the skill")};
inline const Words AddAbilitiesSkill{QStringLiteral("Добавьте умения навыка"),
                                     QStringLiteral("Дағдының машықтарын қосыңыз"),
                                     QStringLiteral("Add the abilities of the skill")};
inline const Words AddKnowledgeSkill{QStringLiteral("Добавьте знания навыка"),
                                     QStringLiteral("Дағдының білімдерін қосыңыз"),
                                     QStringLiteral("Add the knowledge of the skill")};
inline const Words AddAtLeastOneMandatory{
    QStringLiteral("Добавьте хотя бы одну обязательную трудовую функцию (её подтверждают при "
                   "признании квалификации)"),
    QStringLiteral("Кем дегенде бір міндетті еңбек функциясын қосыңыз (ол біліктілікті тану "
                   "кезінде расталады)"),
    QStringLiteral("Add at least one mandatory labour function (it is confirmed when a "
                   "qualification is recognised)")};

// The same profession twice: %1 " at ORK level …" or nothing, %2 the other card's number.
inline const Words AtOrkLevel{QStringLiteral(" с уровнем ОРК %1"),
                              QStringLiteral(" СБШ-ның %1-деңгейімен"),
                              QStringLiteral(" at ORK level %1")};
inline const Words ProfessionAlreadyInCards{
    QStringLiteral("профессия%1 с этим наименованием уже есть в перечне карточек (карточка %2); "
                   "объедините карточки или исправьте наименование или уровень"),
    QStringLiteral("осы атаумен%1 кәсіп карточкалар тізбесінде бұрыннан бар (%2-карточка); "
                   "карточкаларды біріктіріңіз немесе атауын не деңгейін түзетіңіз"),
    QStringLiteral("a profession with this name%1 is already in the list of cards (card %2); merge "
                   "the cards or correct the name or the level")};

// The same NKZ occupation code (%1) in another card (%2).
inline const Words OccupationCodeInCardSameLevel{
    QStringLiteral("код профессии по НКЗ %1 с тем же уровнем ОРК уже есть в карточке %2; у "
                   "профессии одна карточка, исправьте код или объедините карточки"),
    QStringLiteral("ҰКЖ бойынша %1 кәсіп коды СБШ-ның сол деңгейімен %2-карточкада бұрыннан бар; "
                   "бір кәсіпке бір карточка, кодты түзетіңіз немесе карточкаларды біріктіріңіз"),
    QStringLiteral("the NKZ occupation code %1 at the same ORK level is already in card %2; a "
                   "profession has one card: correct the code or merge the cards")};
inline const Words OccupationCodeAlsoInCard{
    QStringLiteral("код профессии по НКЗ %1 указан и в карточке %2; проверьте, что карточки "
                   "описывают разные квалификации"),
    QStringLiteral("ҰКЖ бойынша %1 кәсіп коды %2-карточкада да көрсетілген; карточкалар әртүрлі "
                   "біліктілікті сипаттайтынын тексеріңіз"),
    QStringLiteral("the NKZ occupation code %1 is also in card %2; check that the cards describe "
                   "different qualifications")};

// Codes and levels that disagree: %1 and %2 are the two.
inline const Words OccupationNotInGroup{
    QStringLiteral(
        "Код профессии %1 не начинается с кода группы занятий %2; исправьте один из кодов"),
    QStringLiteral(
        "%1 кәсіп коды %2 кәсіптер тобының кодынан басталмайды; кодтардың бірін түзетіңіз"),
    QStringLiteral(
        "The occupation code %1 does not begin with the group code %2; correct one of the codes")};
inline const Words NrkNotOrk{
    QStringLiteral("Уровень НРК %1 не соответствует уровню ОРК %2; проверьте уровни"),
    QStringLiteral("ҰБШ %1-деңгейі СБШ %2-деңгейіне сәйкес келмейді; деңгейлерді тексеріңіз"),
    QStringLiteral("The NRK level %1 does not match the ORK level %2; check the levels")};

} // namespace kasibi::validation::CardPhrases
