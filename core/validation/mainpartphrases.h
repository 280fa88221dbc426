#pragma once

#include "core/model/fieldterm.h"
#include "core/model/phrase.h"

namespace kasibi::validation::MainPartPhrases {

// What the checks of the main part (chapters 1 and 2: name, scope, glossary, OKED, developers) say:
// in Kazakh, Russian and English, each phrase once. A phrase naming what to enter is in the case
// «Укажите …» / «… көрсетіңіз» asks for (the accusative); the others are whole sentences.

inline const Phrase OkedSectionCode{QStringLiteral("ЭҚЖЖ секциясының кодын"),
                                    QStringLiteral("код секции ОКЭД"),
                                    QStringLiteral("the OKED section code")};
inline const Phrase OkedSectionName{QStringLiteral("ЭҚЖЖ секциясының атауын"),
                                    QStringLiteral("наименование секции ОКЭД"),
                                    QStringLiteral("the OKED section name")};
inline const Phrase InOkedSection{QStringLiteral("%1 секциясына"), QStringLiteral("в секцию %1"),
                                  QStringLiteral("in section %1")};
inline const Phrase OkedSectionForm{QStringLiteral("A-дан U-ға дейінгі бір латын әрпі, мысалы B"),
                                    QStringLiteral("одна латинская буква от A до U, например B"),
                                    QStringLiteral("one Latin letter from A to U, e.g. B")};
inline const Phrase OkedDivisionCode{QStringLiteral("ЭҚЖЖ бөлімінің кодын"),
                                     QStringLiteral("код раздела ОКЭД"),
                                     QStringLiteral("the OKED division code")};
inline const Phrase OkedDivisionName{QStringLiteral("ЭҚЖЖ бөлімінің атауын"),
                                     QStringLiteral("наименование раздела ОКЭД"),
                                     QStringLiteral("the OKED division name")};
inline const Phrase InOkedDivision{QStringLiteral("%1 бөліміне"), QStringLiteral("в раздел %1"),
                                   QStringLiteral("in division %1")};
inline const Phrase OkedDivisionForm{QStringLiteral("екі цифр, мысалы 07"),
                                     QStringLiteral("две цифры, например 07"),
                                     QStringLiteral("two digits, e.g. 07")};
inline const Phrase OkedGroupCode{QStringLiteral("ЭҚЖЖ тобының кодын"),
                                  QStringLiteral("код группы ОКЭД"),
                                  QStringLiteral("the OKED group code")};
inline const Phrase OkedGroupName{QStringLiteral("ЭҚЖЖ тобының атауын"),
                                  QStringLiteral("наименование группы ОКЭД"),
                                  QStringLiteral("the OKED group name")};
inline const Phrase InOkedGroup{QStringLiteral("%1 тобына"), QStringLiteral("в группу %1"),
                                QStringLiteral("in group %1")};
inline const Phrase OkedGroupForm{QStringLiteral("NN.N, мысалы 07.1"),
                                  QStringLiteral("NN.N, например 07.1"),
                                  QStringLiteral("NN.N, e.g. 07.1")};
inline const Phrase OkedClassCode{QStringLiteral("ЭҚЖЖ сыныбының кодын"),
                                  QStringLiteral("код класса ОКЭД"),
                                  QStringLiteral("the OKED class code")};
inline const Phrase OkedClassName{QStringLiteral("ЭҚЖЖ сыныбының атауын"),
                                  QStringLiteral("наименование класса ОКЭД"),
                                  QStringLiteral("the OKED class name")};
inline const Phrase InOkedClass{QStringLiteral("%1 сыныбына"), QStringLiteral("в класс %1"),
                                QStringLiteral("in class %1")};
inline const Phrase OkedClassForm{QStringLiteral("NN.NN, мысалы 07.10"),
                                  QStringLiteral("NN.NN, например 07.10"),
                                  QStringLiteral("NN.NN, e.g. 07.10")};
inline const Phrase OkedSubclassCode{QStringLiteral("ЭҚЖЖ ішкі сыныбының кодын"),
                                     QStringLiteral("код подкласса ОКЭД"),
                                     QStringLiteral("the OKED subclass code")};
inline const Phrase OkedSubclassName{QStringLiteral("ЭҚЖЖ ішкі сыныбының атауын"),
                                     QStringLiteral("наименование подкласса ОКЭД"),
                                     QStringLiteral("the OKED subclass name")};
inline const Phrase InOkedSubclass{QStringLiteral("%1 ішкі сыныбына"),
                                   QStringLiteral("в подкласс %1"),
                                   QStringLiteral("in subclass %1")};
inline const Phrase OkedSubclassForm{QStringLiteral("NN.NN.N, мысалы 07.10.2"),
                                     QStringLiteral("NN.NN.N, например 07.10.2"),
                                     QStringLiteral("NN.NN.N, e.g. 07.10.2")};
inline const Phrase NameStandard = term::standardName.accusative();
inline const Phrase ScopeStandard = term::scope.accusative();
inline const Phrase AddTermsDefinitionsStandardUses{
    QStringLiteral("Стандартта қолданылатын терминдер мен анықтамаларды глоссарийге қосыңыз"),
    QStringLiteral("Добавьте в глоссарий термины и определения, используемые в стандарте"),
    QStringLiteral("Add the terms and definitions the standard uses to the glossary")};
inline const Phrase Term{QStringLiteral("терминді"), QStringLiteral("термин"),
                         QStringLiteral("the term")};
inline const Phrase DefinitionTerm{QStringLiteral("терминнің анықтамасын"),
                                   QStringLiteral("определение термина"),
                                   QStringLiteral("the definition of the term")};
inline const Phrase Abbreviation{QStringLiteral("қысқартуды"), QStringLiteral("сокращение"),
                                 QStringLiteral("the abbreviation")};
inline const Phrase ExpansionAbbreviation{QStringLiteral("қысқартудың толық жазылуын"),
                                          QStringLiteral("расшифровку сокращения"),
                                          QStringLiteral("the expansion of the abbreviation")};
inline const Phrase ShortDescriptionStandard = term::description.accusative();
inline const Phrase StandardSerialNumberWithinOked{
    QStringLiteral("стандарттың ЭҚЖЖ секциясындағы реттік нөмірін"),
    QStringLiteral("порядковый номер стандарта в секции ОКЭД"),
    QStringLiteral("the standard's serial number within its OKED section")};
inline const Phrase StandardSerialNumberCodeAssigned{
    QStringLiteral(
        "Стандарттың реттік нөмірі, демек коды да, стандарт Ұлттық біліктілік жүйесінің цифрлық "
        "платформасында орналастырылған кезде беріледі; оған дейін оны көрсетпеуге болады"),
    QStringLiteral(
        "Порядковый номер стандарта, а с ним и код, присваивается при размещении стандарта на "
        "цифровой платформе Национальной системы квалификаций; до этого его можно не указывать"),
    QStringLiteral("The standard's serial number, and with it the code, is assigned when the "
                   "standard is placed on the digital platform of the National Qualifications "
                   "System; until then it may be left empty")};
inline const Phrase SerialNumberForm{QStringLiteral("үш цифр, мысалы 012"),
                                     QStringLiteral("три цифры, например 012"),
                                     QStringLiteral("three digits, e.g. 012")};
inline const Phrase TitleChapterAppendix{QStringLiteral("тараудың немесе қосымшаның атауын"),
                                         QStringLiteral("наименование главы или приложения"),
                                         QStringLiteral("the title of the chapter or appendix")};
inline const Phrase ExtraSectionText{QStringLiteral("Мәтін"), QStringLiteral("Текст"),
                                     QStringLiteral("Text")};

// An OKED code outside the wider one: %1 the code's name (its level), %2 the code, %3 where it
// must lie.
inline const Phrase CodeNotInWider{
    QStringLiteral("%1 %2 %3 кірмейді: кодтардың бірін түзетіңіз"),
    QStringLiteral("%1 %2 не входит %3: исправьте один из кодов"),
    QStringLiteral("%1 %2 does not lie %3: correct one of the codes")};

} // namespace kasibi::validation::MainPartPhrases
