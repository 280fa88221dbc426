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
inline const Words ProtocolDateNoun{QStringLiteral("Дата протокола отраслевого совета"),
                                    QStringLiteral("Салалық кеңес хаттамасының күні"),
                                    QStringLiteral("The date of the sectoral council's protocol")};
inline const Words ProtocolDate{QStringLiteral("дату протокола отраслевого совета"),
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
inline const Words YearForm{QStringLiteral("год от 1990 до 2100"),
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

// Dates out of order: %1 and %2 are the dates (or years) compared.
inline const Words ProtocolBeforeConclusion{
    QStringLiteral("Дата протокола отраслевого совета %1 раньше даты заключения Национального "
                   "органа %2: отраслевой совет согласует проект после заключения, проверьте даты"),
    QStringLiteral("Салалық кеңес хаттамасының күні (%1) Ұлттық орган қорытындысының күнінен (%2) "
                   "ерте: салалық кеңес жобаны қорытындыдан кейін келіседі, күндерді тексеріңіз"),
    QStringLiteral(
        "The date of the sectoral council's protocol (%1) is before the National body's conclusion "
        "(%2): the council agrees the draft after the conclusion; check the dates")};
inline const Words UpdateTooLate{
    QStringLiteral("Дата ориентировочной актуализации %1 позже %2 года: стандарт актуализируется "
                   "не реже одного раза в три года (пункт 16 Правил), укажите более раннюю дату"),
    QStringLiteral("Өзектендірудің болжамды күні (%1) %2 жылдан кейін: стандарт үш жылда кемінде "
                   "бір рет өзектендіріледі (Қағидалардың 16-тармағы), ертерек күнді көрсетіңіз"),
    QStringLiteral("The planned update date (%1) is after %2: a standard is updated at least once "
                   "in three years (rule 16); enter an earlier date")};
inline const Words UpdateBeforeRelease{
    QStringLiteral("Дата ориентировочной актуализации %1 раньше года выпуска %2: исправьте дату"),
    QStringLiteral(
        "Өзектендірудің болжамды күні (%1) шығарылған жылдан (%2) ерте: күнді түзетіңіз"),
    QStringLiteral(
        "The planned update date (%1) is before the year of release (%2): correct the date")};

} // namespace kasibi::validation::TechnicalDataPhrases
