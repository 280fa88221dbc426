#pragma once

#include "core/model/fieldterm.h"
#include "core/model/phrase.h"

// The fixed texts a printed standard is laid out with (headings, labels, column titles), in
// the wording of the 2023 template, in Russian and Kazakh: the export prints them and the
// import from Word recognises them, so each is stated here once.
namespace kasibi::label {

// The header of a published standard naming the order that approved it, as the published
// standards print it top right: %1 the appendix number (with its sign), %2 who issued the order
// (genitive), %3 the date (orderDate), %4 the order's number (with its sign). An empty part
// leaves its line shorter, and a line left empty is not printed.
inline const Phrase approval{"%2\n%3\n%4 бұйрығына\n%1 қосымша",
                             "Приложение %1\nк приказу %2\n%3 %4"};
inline const Phrase numberSign{"№ %1", "№ %1"};
// %1 day, %2 month (orderMonths), %3 year: «от 5 декабря 2022 года», «2022 жылғы 5 желтоқсандағы».
inline const Phrase orderDate{"%3 жылғы %1 %2", "от %1 %2 %3 года"};
inline const Phrase orderMonths[12] = {
    {"қаңтардағы", "января"}, {"ақпандағы", "февраля"}, {"наурыздағы", "марта"},
    {"сәуірдегі", "апреля"},  {"мамырдағы", "мая"},     {"маусымдағы", "июня"},
    {"шілдедегі", "июля"},    {"тамыздағы", "августа"}, {"қыркүйектегі", "сентября"},
    {"қазандағы", "октября"}, {"қарашадағы", "ноября"}, {"желтоқсандағы", "декабря"}};
inline const Phrase title{"«%1» кәсіптік стандарты", "Профессиональный стандарт «%1»"};
inline const Phrase codeLine{"Кәсіптік стандарттың коды: %1",
                             "Код профессионального стандарта: %1"};
inline const Phrase chapter{"%1-тарау. %2", "Глава %1. %2"};
inline const Phrase generalProvisions{"Жалпы ережелер", "Общие положения"};
inline const Phrase passport{"Кәсіптік стандарттың паспорты",
                             "Паспорт профессионального стандарта"};
inline const Phrase professionCards{"Кәсіптердің карточкалары", "Карточки профессий"};
inline const Phrase technicalData{"Кәсіптік стандарттың техникалық деректері",
                                  "Технические данные профессионального стандарта"};
inline const Phrase scope = term::scope.printedLabel();
inline const Phrase terms{"Осы кәсіптік стандартта мынадай терминдер мен анықтамалар қолданылады:",
                          "В настоящем профессиональном стандарте применяются следующие термины и "
                          "определения:"};
inline const Phrase abbreviations{"Осы кәсіптік стандартта мынадай қысқартулар қолданылады:",
                                  "В настоящем профессиональном стандарте применяются следующие "
                                  "сокращения:"};
inline const Phrase name = term::standardName.printedLabel();
inline const Phrase code{"Кәсіптік стандарттың коды:", "Код профессионального стандарта:"};
inline const Phrase oked{"ЭҚЖЖ бойынша секцияның, бөлімнің, топтың, сыныптың және кіші сыныптың "
                         "көрсетілуі:",
                         "Указание секции, раздела, группы, класса и подкласса согласно ОКЭД:"};
inline const Phrase okedSection{"Секция", "Секция"};
inline const Phrase okedDivision{"Бөлім", "Раздел"};
inline const Phrase okedGroup{"Топ", "Группа"};
inline const Phrase okedClass{"Сынып", "Класс"};
inline const Phrase okedSubclass{"Кіші сынып", "Подкласс"};
inline const Phrase description = term::description.printedLabel();
inline const Phrase cardList{"Кәсіптер карточкаларының тізбесі:", "Перечень карточек профессий:"};
// %1 the card's NKZ occupation code and name («2513-0-001 Программист»), %2 its ORK level.
inline const Phrase cardListEntry{"%1 – СБШ бойынша %2-деңгей", "%1 – %2 уровень ОРК"};
inline const Phrase card{"«%1» кәсібінің карточкасы", "Карточка профессии «%1»"};
inline const Phrase nkzGroup = term::nkzGroupCode.printedLabel();
inline const Phrase nkzOccupation = term::nkzOccupationCode.printedLabel();
inline const Phrase professionName{"Кәсіптің атауы:", "Наименование профессии:"};
inline const Phrase orkLevel = term::orkLevel.printedLabel();
inline const Phrase nrkLevel = term::nrkLevel.printedLabel();
inline const Phrase tariff = term::tariffQualification.printedLabel();
inline const Phrase education{"Кәсіптік білім деңгейі:", "Уровень профессионального образования:"};
inline const Phrase educationLevel = term::educationLevel.printedLabel();
inline const Phrase specialty = term::specialty.printedLabel();
inline const Phrase qualification = term::qualification.printedLabel();
inline const Phrase workExperience = term::workExperience.printedLabel();
inline const Phrase nonFormal = term::nonFormalEducation.printedLabel();
inline const Phrase otherNames{"Кәсіптің басқа да ықтимал атаулары:",
                               "Другие возможные наименования профессии:"};
inline const Phrase mainPurpose = term::mainPurpose.printedLabel();
inline const Phrase functionList{"Еңбек функцияларының тізбесі:", "Перечень трудовых функций:"};
inline const Phrase mandatory{"Міндетті еңбек функциялары:", "Обязательные трудовые функции:"};
inline const Phrase additional{"Қосымша еңбек функциялары:", "Дополнительные трудовые функции:"};
inline const Phrase function{"%1-еңбек функциясы:", "Трудовая функция %1:"};
inline const Phrase additionalMark{"(қосымша)", "(дополнительная)"};
inline const Phrase skill{"%1-дағды:", "Навык %1:"};
inline const Phrase separately{"(жеке танылуы мүмкін)", "(может быть признан отдельно)"};
inline const Phrase abilities{"Машықтар:", "Умения:"};
inline const Phrase knowledge{"Білім:", "Знания:"};
inline const Phrase wholeTask = term::wholeTaskAssessment.printedLabel();
inline const Phrase personal{"Жеке құзыреттерге қойылатын талаптар:",
                             "Требования к личностным компетенциям:"};
inline const Phrase regulations{"Техникалық регламенттер мен ұлттық стандарттардың тізбесі:",
                                "Перечень технических регламентов и национальных стандартов:"};
inline const Phrase related{"СБШ шеңберіндегі басқа кәсіптермен байланысы:",
                            "Связь с другими профессиями в рамках ОРК:"};
inline const Phrase relatedLevel{"СБШ (ҰБШ) бойынша деңгей", "Уровень квалификации по ОРК (НРК)"};
inline const Phrase relatedName{"Кәсіптің атауы (ҰКЖ коды)", "Наименование профессии (код НКЗ)"};
inline const Phrase stateBody{"Мемлекеттік органның атауы:",
                              "Наименование государственного органа:"};
inline const Phrase contact{"Орындаушы: %1", "Исполнитель: %1"};
inline const Phrase email{"e-mail: %1", "e-mail: %1"};
inline const Phrase phone{"телефон: %1", "телефон: %1"};
inline const Phrase developers{"Кәсіптік стандартты әзірлеуге қатысқан ұйымдар (кәсіпорындар):",
                               "Организации (предприятия), участвовавшие в разработке "
                               "профессионального стандарта:"};
inline const Phrase sectoralCouncil{"Кәсіптік біліктіліктер жөніндегі салалық кеңес:",
                                    "Отраслевой совет по профессиональным квалификациям:"};
inline const Phrase protocol{"%2 жылғы № %1 хаттама", "протокол № %1 от %2"};
inline const Phrase protocolNumber{"№ %1 хаттама", "протокол № %1"};
inline const Phrase protocolDate{"хаттаманың күні: %1", "дата протокола: %1"};
inline const Phrase nationalBody{"Кәсіптік біліктіліктер жөніндегі ұлттық орган (қорытынды күні):",
                                 "Национальный орган по профессиональным квалификациям (дата "
                                 "заключения):"};
inline const Phrase atameken{"«Атамекен» Қазақстан Республикасының Ұлттық кәсіпкерлер палатасы "
                             "(ұсынымдар күні):",
                             "Национальная палата предпринимателей Республики Казахстан «Атамекен» "
                             "(дата рекомендаций):"};
inline const Phrase version{"Нұсқаның нөмірі және шығарылған жылы:", "Номер версии и год выпуска:"};
inline const Phrase plannedUpdate{"Болжамды өзектендіру күні:",
                                  "Дата ориентировочной актуализации:"};
inline const Phrase appendix{"«%2»\nкәсіптік стандартына\n%1-қосымша",
                             "Приложение %1\nк профессиональному стандарту\n«%2»"};
inline const Phrase notes{"Рецензенттердің ескертпелері", "Замечания рецензентов"};
inline const Phrase replyTo{"%1-ескертпеге жауап", "ответ на замечание %1"};
inline const Phrase resolved{"шешілді", "решено"};
inline const Phrase conclusionTitle{// «қорытынды» once: «по итогам» is «нәтижелері бойынша».
                                    "Кәсіптік біліктіліктер жөніндегі ұлттық органның кәсіптік "
                                    "стандарт жобасын сараптау нәтижелері бойынша қорытындысы",
                                    "Заключение Национального органа по профессиональным "
                                    "квалификациям по итогам экспертизы проекта профессионального "
                                    "стандарта"};
inline const Phrase conclusionStandard{"Кәсіптік стандарт: %1", "Профессиональный стандарт: %1"};
inline const Phrase conclusionStateBody{"Мемлекеттік орган: %1", "Государственный орган: %1"};
inline const Phrase conclusionDate{"Сараптама күні: %1", "Дата экспертизы: %1"};
inline const Phrase criterionNumber{"№", "№"};
inline const Phrase criterion{"Өлшемшарт", "Критерий"};
inline const Phrase assessment{"Кәсіптік біліктіліктер жөніндегі ұлттық органның бағасы",
                               "Оценка Национального органа по профессиональным квалификациям"};
inline const Phrase meets{"Сәйкес келеді", "Соответствует"};
inline const Phrase doesNotMeet{"Сәйкес келмейді", "Не соответствует"};
inline const Phrase notApplicable{"Қолданылмайды", "Не применимо"};

} // namespace kasibi::label
