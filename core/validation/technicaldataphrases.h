#pragma once

#include "core/validation/words.h"

namespace kasibi::validation::TechnicalDataPhrases {

// What the checks of the technical data (chapter 4) and the conclusion say: in Russian, Kazakh and
// English, each phrase once. A phrase naming what to enter is in the case «Укажите …» / «…
// көрсетіңіз» asks for (the accusative); the others are whole sentences.

inline const Words AddStateBodyNameExecutor{
    QStringLiteral("Добавьте сведения о государственном органе: наименование, фамилию, имя и "
                   "отчество исполнителя, электронную почту и телефон"),
    QStringLiteral("Мемлекеттік орган туралы мәліметтерді қосыңыз: атауын, орындаушының тегін, "
                   "атын, әкесінің атын, электрондық поштасын және телефонын"),
    QStringLiteral("Add the state body: its name and its executor's full name, e-mail and phone")};
inline const Words NameStateBody{QStringLiteral("наименование государственного органа"),
                                 QStringLiteral("мемлекеттік органның атауын"),
                                 QStringLiteral("the name of the state body")};
inline const Words NameOrganisation{QStringLiteral("наименование организации"),
                                    QStringLiteral("ұйымның атауын"),
                                    QStringLiteral("the name of the organisation")};
inline const Words DateNationalBodyConclusion{
    QStringLiteral("Дата заключения Национального органа"),
    QStringLiteral("Ұлттық орган қорытындысының күні"),
    QStringLiteral("The date of the National body's conclusion")};
inline const Words NameSectoralCouncil{QStringLiteral("наименование отраслевого совета"),
                                       QStringLiteral("салалық кеңестің атауын"),
                                       QStringLiteral("the name of the sectoral council")};
inline const Words DateSectoralCouncilProtocol{
    QStringLiteral("Дата протокола отраслевого совета"),
    QStringLiteral("Салалық кеңес хаттамасының күні"),
    QStringLiteral("The date of the sectoral council's protocol")};
inline const Words DateSectoralCouncilProtocol2{
    QStringLiteral("дату протокола отраслевого совета"),
    QStringLiteral("салалық кеңес хаттамасының күнін"),
    QStringLiteral("the date of the sectoral council's protocol")};
inline const Words DateAtamekenRecommendations{
    QStringLiteral("Дата рекомендаций НПП «Атамекен»"),
    QStringLiteral("«Атамекен» ҰКП ұсынымдарының күні"),
    QStringLiteral("The date of Atameken's recommendations")};
inline const Words VersionNumberStandard{QStringLiteral("номер версии стандарта"),
                                         QStringLiteral("стандарттың нұсқа нөмірін"),
                                         QStringLiteral("the version number of the standard")};
inline const Words YearReleaseStandard{QStringLiteral("год выпуска стандарта"),
                                       QStringLiteral("стандарттың шығарылған жылын"),
                                       QStringLiteral("the year of release of the standard")};
inline const Words YearFrom{QStringLiteral("год от 1990 до 2100"),
                            QStringLiteral("1990 жылдан 2100 жылға дейінгі жыл"),
                            QStringLiteral("a year from 1990 to 2100")};
inline const Words ApproximateDateStandardNextUpdate{
    QStringLiteral("дату ориентировочной актуализации стандарта"),
    QStringLiteral("стандартты өзектендірудің болжамды күнін"),
    QStringLiteral("the approximate date of the standard's next update")};
inline const Words PlannedUpdateDate{QStringLiteral("Дата ориентировочной актуализации"),
                                     QStringLiteral("Өзектендірудің болжамды күні"),
                                     QStringLiteral("The planned update date")};
inline const Words ExaminationDate{QStringLiteral("Дата экспертизы"),
                                   QStringLiteral("Сараптама күні"),
                                   QStringLiteral("The examination date")};

} // namespace kasibi::validation::TechnicalDataPhrases
