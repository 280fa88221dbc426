#pragma once

#include "core/model/printedwording.h"

// The fixed texts a printed standard is laid out with (headings, labels, column titles), in
// the wording of the 2023 template, in Russian and Kazakh: the export prints them and the
// import from Word recognises them, so each is stated here once.
namespace kasibi::label {

// The header of a published standard naming the order that approved it, as the published
// standards print it top right: %1 the appendix number (with its sign), %2 who issued the order
// (genitive), %3 the date (orderDate), %4 the order's number (with its sign). An empty part
// leaves its line shorter, and a line left empty is not printed.
inline constexpr PrintedWording approval{"Приложение %1\nк приказу %2\n%3 %4",
                                         "%2\n%3\n%4 бұйрығына\n%1 қосымша"};
inline constexpr PrintedWording numberSign{"№ %1", "№ %1"};
// %1 day, %2 month (orderMonths), %3 year: «от 5 декабря 2022 года», «2022 жылғы 5 желтоқсандағы».
inline constexpr PrintedWording orderDate{"от %1 %2 %3 года", "%3 жылғы %1 %2"};
inline constexpr PrintedWording orderMonths[12] = {
    {"января", "қаңтардағы"}, {"февраля", "ақпандағы"}, {"марта", "наурыздағы"},
    {"апреля", "сәуірдегі"},  {"мая", "мамырдағы"},     {"июня", "маусымдағы"},
    {"июля", "шілдедегі"},    {"августа", "тамыздағы"}, {"сентября", "қыркүйектегі"},
    {"октября", "қазандағы"}, {"ноября", "қарашадағы"}, {"декабря", "желтоқсандағы"}};
inline constexpr PrintedWording title{"Профессиональный стандарт «%1»", "«%1» кәсіптік стандарты"};
inline constexpr PrintedWording codeLine{"Код профессионального стандарта: %1",
                                         "Кәсіптік стандарттың коды: %1"};
inline constexpr PrintedWording chapter{"Глава %1. %2", "%1-тарау. %2"};
inline constexpr PrintedWording generalProvisions{"Общие положения", "Жалпы ережелер"};
inline constexpr PrintedWording passport{"Паспорт профессионального стандарта",
                                         "Кәсіптік стандарттың паспорты"};
inline constexpr PrintedWording professionCards{"Карточки профессий", "Кәсіптердің карточкалары"};
inline constexpr PrintedWording technicalData{"Технические данные профессионального стандарта",
                                              "Кәсіптік стандарттың техникалық деректері"};
inline constexpr PrintedWording scope{"Область применения профессионального стандарта:",
                                      "Кәсіптік стандарттың қолдану аясы:"};
inline constexpr PrintedWording terms{
    "В настоящем профессиональном стандарте применяются следующие термины и "
    "определения:",
    "Осы кәсіптік стандартта мынадай терминдер мен анықтамалар қолданылады:"};
inline constexpr PrintedWording abbreviations{
    "В настоящем профессиональном стандарте применяются следующие "
    "сокращения:",
    "Осы кәсіптік стандартта мынадай қысқартулар қолданылады:"};
inline constexpr PrintedWording name{"Наименование профессионального стандарта:",
                                     "Кәсіптік стандарттың атауы:"};
inline constexpr PrintedWording code{"Код профессионального стандарта:",
                                     "Кәсіптік стандарттың коды:"};
inline constexpr PrintedWording oked{
    "Указание секции, раздела, группы, класса и подкласса согласно ОКЭД:",
    "ЭҚЖЖ бойынша секцияның, бөлімнің, топтың, сыныптың және кіші сыныптың "
    "көрсетілуі:"};
inline constexpr PrintedWording okedSection{"Секция", "Секция"};
inline constexpr PrintedWording okedDivision{"Раздел", "Бөлім"};
inline constexpr PrintedWording okedGroup{"Группа", "Топ"};
inline constexpr PrintedWording okedClass{"Класс", "Сынып"};
inline constexpr PrintedWording okedSubclass{"Подкласс", "Кіші сынып"};
inline constexpr PrintedWording description{"Краткое описание профессионального стандарта:",
                                            "Кәсіптік стандарттың қысқаша сипаттамасы:"};
inline constexpr PrintedWording cardList{"Перечень карточек профессий:",
                                         "Кәсіптер карточкаларының тізбесі:"};
// %1 the card's NKZ occupation code and name («2513-0-001 Программист»), %2 its ORK level.
inline constexpr PrintedWording cardListEntry{"%1 – %2 уровень ОРК", "%1 – СБШ бойынша %2-деңгей"};
inline constexpr PrintedWording card{"Карточка профессии «%1»", "«%1» кәсібінің карточкасы"};
inline constexpr PrintedWording nkzGroup{"Код группы:", "Топтың коды:"};
inline constexpr PrintedWording nkzOccupation{"Код наименования занятия:", "Кәсіп атауының коды:"};
inline constexpr PrintedWording professionName{"Наименование профессии:", "Кәсіптің атауы:"};
inline constexpr PrintedWording orkLevel{"Уровень квалификации по ОРК:",
                                         "СБШ бойынша біліктілік деңгейі:"};
inline constexpr PrintedWording nrkLevel{"Уровень квалификации по НРК:",
                                         "ҰБШ бойынша біліктілік деңгейі:"};
inline constexpr PrintedWording tariff{"Уровень квалификации по ЕТКС/КС/ТКХ:",
                                       "БТБА/БА/ҮБС бойынша біліктілік деңгейі:"};
inline constexpr PrintedWording education{"Уровень профессионального образования:",
                                          "Кәсіптік білім деңгейі:"};
inline constexpr PrintedWording educationLevel{"Уровень образования:", "Білім деңгейі:"};
inline constexpr PrintedWording specialty{"Специальность:", "Мамандығы:"};
inline constexpr PrintedWording qualification{"Квалификация:", "Біліктілігі:"};
inline constexpr PrintedWording workExperience{"Требования к опыту работы:",
                                               "Жұмыс тәжірибесіне қойылатын талаптар:"};
inline constexpr PrintedWording nonFormal{"Связь с неформальным и информальным образованием:",
                                          "Бейресми және информалдық біліммен байланысы:"};
inline constexpr PrintedWording otherNames{"Другие возможные наименования профессии:",
                                           "Кәсіптің басқа да ықтимал атаулары:"};
inline constexpr PrintedWording mainPurpose{"Основная цель деятельности:",
                                            "Қызметтің негізгі мақсаты:"};
inline constexpr PrintedWording functionList{"Перечень трудовых функций:",
                                             "Еңбек функцияларының тізбесі:"};
inline constexpr PrintedWording mandatory{"Обязательные трудовые функции:",
                                          "Міндетті еңбек функциялары:"};
inline constexpr PrintedWording additional{"Дополнительные трудовые функции:",
                                           "Қосымша еңбек функциялары:"};
inline constexpr PrintedWording function{"Трудовая функция %1:", "%1-еңбек функциясы:"};
inline constexpr PrintedWording additionalMark{"(дополнительная)", "(қосымша)"};
inline constexpr PrintedWording skill{"Навык %1:", "%1-дағды:"};
inline constexpr PrintedWording separately{"(может быть признан отдельно)",
                                           "(жеке танылуы мүмкін)"};
inline constexpr PrintedWording abilities{"Умения:", "Машықтар:"};
inline constexpr PrintedWording knowledge{"Знания:", "Білім:"};
inline constexpr PrintedWording wholeTask{"Оценка задачи целиком как отдельного навыка:",
                                          "Міндетті тұтастай жеке дағды ретінде бағалау:"};
inline constexpr PrintedWording personal{"Требования к личностным компетенциям:",
                                         "Жеке құзыреттерге қойылатын талаптар:"};
inline constexpr PrintedWording regulations{
    "Перечень технических регламентов и национальных стандартов:",
    "Техникалық регламенттер мен ұлттық стандарттардың тізбесі:"};
inline constexpr PrintedWording related{"Связь с другими профессиями в рамках ОРК:",
                                        "СБШ шеңберіндегі басқа кәсіптермен байланысы:"};
inline constexpr PrintedWording relatedLevel{"Уровень квалификации по ОРК (НРК)",
                                             "СБШ (ҰБШ) бойынша деңгей"};
inline constexpr PrintedWording relatedName{"Наименование профессии (код НКЗ)",
                                            "Кәсіптің атауы (ҰКЖ коды)"};
inline constexpr PrintedWording stateBody{"Наименование государственного органа:",
                                          "Мемлекеттік органның атауы:"};
inline constexpr PrintedWording contact{"Исполнитель: %1", "Орындаушы: %1"};
inline constexpr PrintedWording email{"e-mail: %1", "e-mail: %1"};
inline constexpr PrintedWording phone{"телефон: %1", "телефон: %1"};
inline constexpr PrintedWording developers{
    "Организации (предприятия), участвовавшие в разработке "
    "профессионального стандарта:",
    "Кәсіптік стандартты әзірлеуге қатысқан ұйымдар (кәсіпорындар):"};
inline constexpr PrintedWording sectoralCouncil{
    "Отраслевой совет по профессиональным квалификациям:",
    "Кәсіптік біліктіліктер жөніндегі салалық кеңес:"};
inline constexpr PrintedWording protocol{"протокол № %1 от %2", "%2 жылғы № %1 хаттама"};
inline constexpr PrintedWording protocolNumber{"протокол № %1", "№ %1 хаттама"};
inline constexpr PrintedWording protocolDate{"дата протокола: %1", "хаттаманың күні: %1"};
inline constexpr PrintedWording nationalBody{
    "Национальный орган по профессиональным квалификациям (дата "
    "заключения):",
    "Кәсіптік біліктіліктер жөніндегі ұлттық орган (қорытынды күні):"};
inline constexpr PrintedWording atameken{
    "Национальная палата предпринимателей Республики Казахстан «Атамекен» "
    "(дата рекомендаций):",
    "«Атамекен» Қазақстан Республикасының Ұлттық кәсіпкерлер палатасы "
    "(ұсынымдар күні):"};
inline constexpr PrintedWording version{"Номер версии и год выпуска:",
                                        "Нұсқаның нөмірі және шығарылған жылы:"};
inline constexpr PrintedWording plannedUpdate{"Дата ориентировочной актуализации:",
                                              "Болжамды өзектендіру күні:"};
inline constexpr PrintedWording appendix{"Приложение %1\nк профессиональному стандарту\n«%2»",
                                         "«%2»\nкәсіптік стандартына\n%1-қосымша"};
inline constexpr PrintedWording notes{"Замечания рецензентов", "Рецензенттердің ескертпелері"};
inline constexpr PrintedWording replyTo{"ответ на замечание %1", "%1-ескертпеге жауап"};
inline constexpr PrintedWording resolved{"решено", "шешілді"};
inline constexpr PrintedWording conclusionTitle{
    "Заключение Национального органа по профессиональным "
    "квалификациям по итогам экспертизы проекта профессионального "
    "стандарта",
    // «қорытынды» once: «по итогам» is «нәтижелері бойынша».
    "Кәсіптік біліктіліктер жөніндегі ұлттық органның кәсіптік "
    "стандарт жобасын сараптау нәтижелері бойынша қорытындысы"};
inline constexpr PrintedWording conclusionStandard{"Профессиональный стандарт: %1",
                                                   "Кәсіптік стандарт: %1"};
inline constexpr PrintedWording conclusionStateBody{"Государственный орган: %1",
                                                    "Мемлекеттік орган: %1"};
inline constexpr PrintedWording conclusionDate{"Дата экспертизы: %1", "Сараптама күні: %1"};
inline constexpr PrintedWording criterionNumber{"№", "№"};
inline constexpr PrintedWording criterion{"Критерий", "Өлшемшарт"};
inline constexpr PrintedWording assessment{
    "Оценка Национального органа по профессиональным квалификациям",
    "Кәсіптік біліктіліктер жөніндегі ұлттық органның бағасы"};
inline constexpr PrintedWording meets{"Соответствует", "Сәйкес келеді"};
inline constexpr PrintedWording doesNotMeet{"Не соответствует", "Сәйкес келмейді"};
inline constexpr PrintedWording notApplicable{"Не применимо", "Қолданылмайды"};

} // namespace kasibi::label
