#pragma once

#include "core/model/phrase.h"

namespace kasibi::validation::Phrases {

// What the checks every chapter shares (ValidationContext) say: in Russian, Kazakh and English,
// each phrase once. A phrase naming what to enter is in the case «Укажите …» / «… көрсетіңіз» asks
// for (the accusative); the others are whole sentences.

inline const Phrase DocumentHoldsNoProfessionalStandard{
    QStringLiteral("Құжатта кәсіптік стандарт жоқ: оны жасаңыз"),
    QStringLiteral("Документ не содержит профессионального стандарта: создайте его"),
    QStringLiteral("The document holds no professional standard: create one")};
inline const Phrase ExecutorFullName{QStringLiteral("орындаушының тегін, атын және әкесінің атын"),
                                     QStringLiteral("фамилию, имя и отчество исполнителя"),
                                     QStringLiteral("the executor's full name")};
inline const Phrase ExecutorPosition{QStringLiteral("орындаушының лауазымын"),
                                     QStringLiteral("должность исполнителя"),
                                     QStringLiteral("the executor's position")};
inline const Phrase ExecutorMail{QStringLiteral("орындаушының электрондық поштасын"),
                                 QStringLiteral("электронную почту исполнителя"),
                                 QStringLiteral("the executor's e-mail")};
inline const Phrase ExecutorPhone{QStringLiteral("орындаушының телефонын"),
                                  QStringLiteral("телефон исполнителя"),
                                  QStringLiteral("the executor's phone")};
inline const Phrase LevelFromSublevelWhereNeeded{
    QStringLiteral("1-ден 8-ге дейінгі деңгей, қажет болса ішкі деңгейімен, мысалы 4 немесе 4.2"),
    QStringLiteral("уровень от 1 до 8, при необходимости с подуровнем, например 4 или 4.2"),
    QStringLiteral("a level from 1 to 8, with a sublevel where needed, e.g. 4 or 4.2")};

// Where a finding is, named in front of its message: %1 is the number (or the card's name).
inline const Phrase CardNumber{QStringLiteral("%1-карточка"), QStringLiteral("Карточка %1"),
                               QStringLiteral("Card %1")};
inline const Phrase CardNamed{QStringLiteral("%1 карточкасы"), QStringLiteral("Карточка %1"),
                              QStringLiteral("Card %1")};
inline const Phrase FunctionNumber{QStringLiteral("%1-еңбек функциясы"),
                                   QStringLiteral("трудовая функция %1"),
                                   QStringLiteral("labour function %1")};
inline const Phrase SkillNumber{QStringLiteral("%1-дағды"), QStringLiteral("навык %1"),
                                QStringLiteral("skill %1")};
inline const Phrase TermNumber{QStringLiteral("%1-термин"), QStringLiteral("термин %1"),
                               QStringLiteral("term %1")};
inline const Phrase AbbreviationNumber{QStringLiteral("%1-қысқарту"),
                                       QStringLiteral("сокращение %1"),
                                       QStringLiteral("abbreviation %1")};
inline const Phrase EducationNumber{QStringLiteral("білімге қойылатын %1-талап"),
                                    QStringLiteral("требование к образованию %1"),
                                    QStringLiteral("education requirement %1")};
inline const Phrase RelatedNumber{QStringLiteral("%1-байланысты кәсіп"),
                                  QStringLiteral("связанная профессия %1"),
                                  QStringLiteral("related profession %1")};
inline const Phrase DeveloperNumber{QStringLiteral("%1-әзірлеуші ұйым"),
                                    QStringLiteral("организация-разработчик %1"),
                                    QStringLiteral("developer %1")};
inline const Phrase SectionNumber{QStringLiteral("%1-қосымша бөлім"),
                                  QStringLiteral("дополнительный раздел %1"),
                                  QStringLiteral("extra section %1")};

// What to do: %1 names the field (in the accusative), %2 its value, %3 the form it must take.
inline const Phrase Enter{QStringLiteral("%1 көрсетіңіз"), QStringLiteral("Укажите %1"),
                          QStringLiteral("Enter %1")};
inline const Phrase EnterInKazakh{QStringLiteral("%1 қазақ тілінде көрсетіңіз"),
                                  QStringLiteral("Укажите %1 на казахском языке"),
                                  QStringLiteral("Enter %1 in Kazakh")};
inline const Phrase EnterInRussian{QStringLiteral("%1 орыс тілінде көрсетіңіз"),
                                   QStringLiteral("Укажите %1 на русском языке"),
                                   QStringLiteral("Enter %1 in Russian")};
inline const Phrase Correct{QStringLiteral("%1 (%2) түзетіңіз (пішімі: %3)"),
                            QStringLiteral("Исправьте %1 %2 (формат: %3)"),
                            QStringLiteral("Correct %1 %2 (format: %3)")};

// A line of a list: %1 its number, %2 the list's name.
inline const Phrase FillInLine{QStringLiteral("%2 тізіміндегі %1-жолды толтырыңыз немесе жойыңыз"),
                               QStringLiteral("Заполните строку %1 списка %2 или удалите её"),
                               QStringLiteral("Fill in line %1 of %2 or remove it")};
inline const Phrase FillInLineInKazakh{
    QStringLiteral("%2 тізіміндегі %1-жолды қазақ тілінде толтырыңыз"),
    QStringLiteral("Заполните строку %1 списка %2 на казахском языке"),
    QStringLiteral("Fill in line %1 of %2 in Kazakh")};
inline const Phrase FillInLineInRussian{
    QStringLiteral("%2 тізіміндегі %1-жолды орыс тілінде толтырыңыз"),
    QStringLiteral("Заполните строку %1 списка %2 на русском языке"),
    QStringLiteral("Fill in line %1 of %2 in Russian")};

// A date (%1 what it is, %2 the value), an e-mail address and a phone number (%1).
inline const Phrase NotADate{
    QStringLiteral("%1 %2 күн емес: күнді ЖЖЖЖ-АА-КК түрінде көрсетіңіз"),
    QStringLiteral("%1 %2 не является датой: укажите дату в виде ГГГГ-ММ-ДД"),
    QStringLiteral("%1 %2 is not a date: enter it as YYYY-MM-DD")};
inline const Phrase DateInFuture{QStringLiteral("%1 (%2) әлі келген жоқ: күнді түзетіңіз"),
                                 QStringLiteral("%1 %2 ещё не наступила: исправьте дату"),
                                 QStringLiteral("%1 (%2) is in the future: correct the date")};
inline const Phrase CorrectEmail{
    QStringLiteral("%1 электрондық пошта мекенжайын түзетіңіз (үлгі: name@example.kz)"),
    QStringLiteral("Исправьте адрес электронной почты %1 (пример: name@example.kz)"),
    QStringLiteral("Correct the e-mail address %1 (example: name@example.kz)")};
inline const Phrase CorrectPhone{
    QStringLiteral("%1 телефон нөмірін түзетіңіз (+ белгісі және 10-нан 15-ке дейін цифр қажет, "
                   "мысалы +7 7172 12-34-56)"),
    QStringLiteral(
        "Исправьте номер телефона %1 (нужны знак + и от 10 до 15 цифр, например +7 7172 12-34-56)"),
    QStringLiteral(
        "Correct the phone number %1 (it needs a + and 10 to 15 digits, e.g. +7 7172 12-34-56)")};

} // namespace kasibi::validation::Phrases
