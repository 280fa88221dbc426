#pragma once

#include "core/validation/words.h"

namespace kasibi::validation::MainPartPhrases {

// What the checks of the main part (chapters 1 and 2: name, scope, glossary, OKED, developers) say:
// in Russian, Kazakh and English, each phrase once. A phrase naming what to enter is in the case
// «Укажите …» / «… көрсетіңіз» asks for (the accusative); the others are whole sentences.

inline const Words OkedSectionCode{QStringLiteral("код секции ОКЭД"),
                                   QStringLiteral("ЭҚЖЖ секциясының кодын"),
                                   QStringLiteral("the OKED section code")};
inline const Words OkedSectionName{QStringLiteral("наименование секции ОКЭД"),
                                   QStringLiteral("ЭҚЖЖ секциясының атауын"),
                                   QStringLiteral("the OKED section name")};
inline const Words InOkedSection{QStringLiteral("в секцию %1"), QStringLiteral("%1 секциясына"),
                                 QStringLiteral("in section %1")};
inline const Words OkedSectionForm{QStringLiteral("одна латинская буква от A до U, например B"),
                                   QStringLiteral("A-дан U-ға дейінгі бір латын әрпі, мысалы B"),
                                   QStringLiteral("one Latin letter from A to U, e.g. B")};
inline const Words OkedDivisionCode{QStringLiteral("код раздела ОКЭД"),
                                    QStringLiteral("ЭҚЖЖ бөлімінің кодын"),
                                    QStringLiteral("the OKED division code")};
inline const Words OkedDivisionName{QStringLiteral("наименование раздела ОКЭД"),
                                    QStringLiteral("ЭҚЖЖ бөлімінің атауын"),
                                    QStringLiteral("the OKED division name")};
inline const Words InOkedDivision{QStringLiteral("в раздел %1"), QStringLiteral("%1 бөліміне"),
                                  QStringLiteral("in division %1")};
inline const Words OkedDivisionForm{QStringLiteral("две цифры, например 07"),
                                    QStringLiteral("екі цифр, мысалы 07"),
                                    QStringLiteral("two digits, e.g. 07")};
inline const Words OkedGroupCode{QStringLiteral("код группы ОКЭД"),
                                 QStringLiteral("ЭҚЖЖ тобының кодын"),
                                 QStringLiteral("the OKED group code")};
inline const Words OkedGroupName{QStringLiteral("наименование группы ОКЭД"),
                                 QStringLiteral("ЭҚЖЖ тобының атауын"),
                                 QStringLiteral("the OKED group name")};
inline const Words InOkedGroup{QStringLiteral("в группу %1"), QStringLiteral("%1 тобына"),
                               QStringLiteral("in group %1")};
inline const Words OkedGroupForm{QStringLiteral("NN.N, например 07.1"),
                                 QStringLiteral("NN.N, мысалы 07.1"),
                                 QStringLiteral("NN.N, e.g. 07.1")};
inline const Words OkedClassCode{QStringLiteral("код класса ОКЭД"),
                                 QStringLiteral("ЭҚЖЖ сыныбының кодын"),
                                 QStringLiteral("the OKED class code")};
inline const Words OkedClassName{QStringLiteral("наименование класса ОКЭД"),
                                 QStringLiteral("ЭҚЖЖ сыныбының атауын"),
                                 QStringLiteral("the OKED class name")};
inline const Words InOkedClass{QStringLiteral("в класс %1"), QStringLiteral("%1 сыныбына"),
                               QStringLiteral("in class %1")};
inline const Words OkedClassForm{QStringLiteral("NN.NN, например 07.10"),
                                 QStringLiteral("NN.NN, мысалы 07.10"),
                                 QStringLiteral("NN.NN, e.g. 07.10")};
inline const Words OkedSubclassCode{QStringLiteral("код подкласса ОКЭД"),
                                    QStringLiteral("ЭҚЖЖ ішкі сыныбының кодын"),
                                    QStringLiteral("the OKED subclass code")};
inline const Words OkedSubclassName{QStringLiteral("наименование подкласса ОКЭД"),
                                    QStringLiteral("ЭҚЖЖ ішкі сыныбының атауын"),
                                    QStringLiteral("the OKED subclass name")};
inline const Words InOkedSubclass{QStringLiteral("в подкласс %1"),
                                  QStringLiteral("%1 ішкі сыныбына"),
                                  QStringLiteral("in subclass %1")};
inline const Words OkedSubclassForm{QStringLiteral("NN.NN.N, например 07.10.2"),
                                    QStringLiteral("NN.NN.N, мысалы 07.10.2"),
                                    QStringLiteral("NN.NN.N, e.g. 07.10.2")};
inline const Words NameStandard{QStringLiteral("наименование профессионального стандарта"),
                                QStringLiteral("кәсіптік стандарттың атауын"),
                                QStringLiteral("the name of the standard")};
inline const Words ScopeStandard{QStringLiteral("область применения профессионального стандарта"),
                                 QStringLiteral("кәсіптік стандартты қолдану саласын"),
                                 QStringLiteral("the scope of the standard")};
inline const Words AddTermsDefinitionsStandardUses{
    QStringLiteral("Добавьте в глоссарий термины и определения, используемые в стандарте"),
    QStringLiteral("Стандартта қолданылатын терминдер мен анықтамаларды глоссарийге қосыңыз"),
    QStringLiteral("Add the terms and definitions the standard uses to the glossary")};
inline const Words Term{QStringLiteral("термин"), QStringLiteral("терминді"),
                        QStringLiteral("the term")};
inline const Words DefinitionTerm{QStringLiteral("определение термина"),
                                  QStringLiteral("терминнің анықтамасын"),
                                  QStringLiteral("the definition of the term")};
inline const Words Abbreviation{QStringLiteral("сокращение"), QStringLiteral("қысқартуды"),
                                QStringLiteral("the abbreviation")};
inline const Words ExpansionAbbreviation{QStringLiteral("расшифровку сокращения"),
                                         QStringLiteral("қысқартудың толық жазылуын"),
                                         QStringLiteral("the expansion of the abbreviation")};
inline const Words ShortDescriptionStandard{
    QStringLiteral("краткое описание профессионального стандарта"),
    QStringLiteral("кәсіптік стандарттың қысқаша сипаттамасын"),
    QStringLiteral("the short description of the standard")};
inline const Words StandardSerialNumberWithinOked{
    QStringLiteral("порядковый номер стандарта в секции ОКЭД"),
    QStringLiteral("стандарттың ЭҚЖЖ секциясындағы реттік нөмірін"),
    QStringLiteral("the standard's serial number within its OKED section")};
inline const Words StandardSerialNumberCodeAssigned{
    QStringLiteral(
        "Порядковый номер стандарта, а с ним и код, присваивается при размещении стандарта на "
        "цифровой платформе Национальной системы квалификаций; до этого его можно не указывать"),
    QStringLiteral(
        "Стандарттың реттік нөмірі, демек коды да, стандарт Ұлттық біліктілік жүйесінің цифрлық "
        "платформасында орналастырылған кезде беріледі; оған дейін оны көрсетпеуге болады"),
    QStringLiteral("The standard's serial number, and with it the code, is assigned when the "
                   "standard is placed on the digital platform of the National Qualifications "
                   "System; until then it may be left empty")};
inline const Words SerialNumberForm{QStringLiteral("три цифры, например 012"),
                                    QStringLiteral("үш цифр, мысалы 012"),
                                    QStringLiteral("three digits, e.g. 012")};
inline const Words TitleChapterAppendix{QStringLiteral("наименование главы или приложения"),
                                        QStringLiteral("тараудың немесе қосымшаның атауын"),
                                        QStringLiteral("the title of the chapter or appendix")};
inline const Words ExtraSectionText{QStringLiteral("Текст"), QStringLiteral("Мәтін"),
                                    QStringLiteral("Text")};

// An OKED code outside the wider one: %1 the code's name (its level), %2 the code, %3 where it
// must lie.
inline const Words CodeNotInWider{
    QStringLiteral("%1 %2 не входит %3: исправьте один из кодов"),
    QStringLiteral("%1 %2 %3 кірмейді: кодтардың бірін түзетіңіз"),
    QStringLiteral("%1 %2 does not lie %3: correct one of the codes")};

} // namespace kasibi::validation::MainPartPhrases
