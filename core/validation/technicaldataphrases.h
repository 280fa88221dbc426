#pragma once

#include "core/model/phrase.h"

namespace kasibi::validation::TechnicalDataPhrases {

// What the checks of the technical data (chapter 4) and the conclusion say: in Kazakh, Russian and
// English, each phrase once. A phrase naming what to enter is in the case «Укажите …» / «…
// көрсетіңіз» asks for (the accusative); the others are whole sentences.

inline const Phrase AddStateBodyNameExecutor{
    QStringLiteral("Мемлекеттік орган туралы мәліметтерді қосыңыз: атауын, орындаушының тегін, "
                   "атын, әкесінің атын, электрондық поштасын және телефонын"),
    QStringLiteral("Добавьте сведения о государственном органе: наименование, фамилию, имя и "
                   "отчество исполнителя, электронную почту и телефон"),
    QStringLiteral("Add the state body: its name and its executor's full name, e-mail and phone")};
inline const Phrase NameStateBody{QStringLiteral("мемлекеттік органның атауын"),
                                  QStringLiteral("наименование государственного органа"),
                                  QStringLiteral("the name of the state body")};
inline const Phrase NameOrganisation{QStringLiteral("ұйымның атауын"),
                                     QStringLiteral("наименование организации"),
                                     QStringLiteral("the name of the organisation")};
inline const Phrase DateNationalBodyConclusion{
    QStringLiteral("Ұлттық орган қорытындысының күні"),
    QStringLiteral("Дата заключения Национального органа"),
    QStringLiteral("The date of the National body's conclusion")};
inline const Phrase NameSectoralCouncil{QStringLiteral("салалық кеңестің атауын"),
                                        QStringLiteral("наименование отраслевого совета"),
                                        QStringLiteral("the name of the sectoral council")};
inline const Phrase ProtocolDateNoun{QStringLiteral("Салалық кеңес хаттамасының күні"),
                                     QStringLiteral("Дата протокола отраслевого совета"),
                                     QStringLiteral("The date of the sectoral council's protocol")};
inline const Phrase ProtocolDate{QStringLiteral("салалық кеңес хаттамасының күнін"),
                                 QStringLiteral("дату протокола отраслевого совета"),
                                 QStringLiteral("the date of the sectoral council's protocol")};
inline const Phrase DateAtamekenRecommendations{
    QStringLiteral("«Атамекен» ҰКП ұсынымдарының күні"),
    QStringLiteral("Дата рекомендаций НПП «Атамекен»"),
    QStringLiteral("The date of Atameken's recommendations")};
inline const Phrase VersionNumberStandard{QStringLiteral("стандарттың нұсқа нөмірін"),
                                          QStringLiteral("номер версии стандарта"),
                                          QStringLiteral("the version number of the standard")};
inline const Phrase YearReleaseStandard{QStringLiteral("стандарттың шығарылған жылын"),
                                        QStringLiteral("год выпуска стандарта"),
                                        QStringLiteral("the year of release of the standard")};
inline const Phrase YearForm{QStringLiteral("1990 жылдан 2100 жылға дейінгі жыл"),
                             QStringLiteral("год от 1990 до 2100"),
                             QStringLiteral("a year from 1990 to 2100")};
inline const Phrase ApproximateDateStandardNextUpdate{
    QStringLiteral("стандартты өзектендірудің болжамды күнін"),
    QStringLiteral("дату ориентировочной актуализации стандарта"),
    QStringLiteral("the approximate date of the standard's next update")};
inline const Phrase PlannedUpdateDate{QStringLiteral("Өзектендірудің болжамды күні"),
                                      QStringLiteral("Дата ориентировочной актуализации"),
                                      QStringLiteral("The planned update date")};
inline const Phrase ExaminationDate{QStringLiteral("Сараптама күні"),
                                    QStringLiteral("Дата экспертизы"),
                                    QStringLiteral("The examination date")};

// Dates out of order: %1 and %2 are the dates (or years) compared.
inline const Phrase ProtocolBeforeConclusion{
    QStringLiteral("Салалық кеңес хаттамасының күні (%1) Ұлттық орган қорытындысының күнінен (%2) "
                   "ерте: салалық кеңес жобаны қорытындыдан кейін келіседі, күндерді тексеріңіз"),
    QStringLiteral("Дата протокола отраслевого совета %1 раньше даты заключения Национального "
                   "органа %2: отраслевой совет согласует проект после заключения, проверьте даты"),
    QStringLiteral(
        "The date of the sectoral council's protocol (%1) is before the National body's conclusion "
        "(%2): the council agrees the draft after the conclusion; check the dates")};
inline const Phrase UpdateTooLate{
    QStringLiteral("Өзектендірудің болжамды күні (%1) %2 жылдан кейін: стандарт үш жылда кемінде "
                   "бір рет өзектендіріледі (Қағидалардың 16-тармағы), ертерек күнді көрсетіңіз"),
    QStringLiteral("Дата ориентировочной актуализации %1 позже %2 года: стандарт актуализируется "
                   "не реже одного раза в три года (пункт 16 Правил), укажите более раннюю дату"),
    QStringLiteral("The planned update date (%1) is after %2: a standard is updated at least once "
                   "in three years (rule 16); enter an earlier date")};
inline const Phrase UpdateBeforeRelease{
    QStringLiteral(
        "Өзектендірудің болжамды күні (%1) шығарылған жылдан (%2) ерте: күнді түзетіңіз"),
    QStringLiteral("Дата ориентировочной актуализации %1 раньше года выпуска %2: исправьте дату"),
    QStringLiteral(
        "The planned update date (%1) is before the year of release (%2): correct the date")};

} // namespace kasibi::validation::TechnicalDataPhrases
