#pragma once

#include "core/validation/words.h"

namespace kasibi::validation::Phrases {

// What the checks every chapter shares (ValidationContext) say: in Russian, Kazakh and English,
// each phrase once. A phrase naming what to enter is in the case «Укажите …» / «… көрсетіңіз» asks
// for (the accusative); the others are whole sentences.

inline const Words DocumentHoldsNoProfessionalStandard{
    QStringLiteral("Документ не содержит профессионального стандарта: создайте его"),
    QStringLiteral("Құжатта кәсіптік стандарт жоқ: оны жасаңыз"),
    QStringLiteral("The document holds no professional standard: create one")};
inline const Words ExecutorFullName{QStringLiteral("фамилию, имя и отчество исполнителя"),
                                    QStringLiteral("орындаушының тегін, атын және әкесінің атын"),
                                    QStringLiteral("the executor's full name")};
inline const Words ExecutorPosition{QStringLiteral("должность исполнителя"),
                                    QStringLiteral("орындаушының лауазымын"),
                                    QStringLiteral("the executor's position")};
inline const Words ExecutorMail{QStringLiteral("электронную почту исполнителя"),
                                QStringLiteral("орындаушының электрондық поштасын"),
                                QStringLiteral("the executor's e-mail")};
inline const Words ExecutorPhone{QStringLiteral("телефон исполнителя"),
                                 QStringLiteral("орындаушының телефонын"),
                                 QStringLiteral("the executor's phone")};
inline const Words LevelFromSublevelWhereNeeded{
    QStringLiteral("уровень от 1 до 8, при необходимости с подуровнем, например 4 или 4.2"),
    QStringLiteral("1-ден 8-ге дейінгі деңгей, қажет болса ішкі деңгейімен, мысалы 4 немесе 4.2"),
    QStringLiteral("a level from 1 to 8, with a sublevel where needed, e.g. 4 or 4.2")};

// Where a finding is, named in front of its message: %1 is the number (or the card's name).
inline const Words CardNumber{QStringLiteral("Карточка %1"), QStringLiteral("%1-карточка"),
                              QStringLiteral("Card %1")};
inline const Words CardNamed{QStringLiteral("Карточка %1"), QStringLiteral("%1 карточкасы"),
                             QStringLiteral("Card %1")};
inline const Words FunctionNumber{QStringLiteral("трудовая функция %1"),
                                  QStringLiteral("%1-еңбек функциясы"),
                                  QStringLiteral("labour function %1")};
inline const Words SkillNumber{QStringLiteral("навык %1"), QStringLiteral("%1-дағды"),
                               QStringLiteral("skill %1")};
inline const Words TermNumber{QStringLiteral("термин %1"), QStringLiteral("%1-термин"),
                              QStringLiteral("term %1")};
inline const Words AbbreviationNumber{QStringLiteral("сокращение %1"),
                                      QStringLiteral("%1-қысқарту"),
                                      QStringLiteral("abbreviation %1")};
inline const Words EducationNumber{QStringLiteral("требование к образованию %1"),
                                   QStringLiteral("білімге қойылатын %1-талап"),
                                   QStringLiteral("education requirement %1")};
inline const Words RelatedNumber{QStringLiteral("связанная профессия %1"),
                                 QStringLiteral("%1-байланысты кәсіп"),
                                 QStringLiteral("related profession %1")};
inline const Words DeveloperNumber{QStringLiteral("организация-разработчик %1"),
                                   QStringLiteral("%1-әзірлеуші ұйым"),
                                   QStringLiteral("developer %1")};
inline const Words SectionNumber{QStringLiteral("дополнительный раздел %1"),
                                 QStringLiteral("%1-қосымша бөлім"),
                                 QStringLiteral("extra section %1")};

// What to do: %1 names the field (in the accusative), %2 its value, %3 the form it must take.
inline const Words Enter{QStringLiteral("Укажите %1"), QStringLiteral("%1 көрсетіңіз"),
                         QStringLiteral("Enter %1")};
inline const Words EnterInKazakh{QStringLiteral("Укажите %1 на казахском языке"),
                                 QStringLiteral("%1 қазақ тілінде көрсетіңіз"),
                                 QStringLiteral("Enter %1 in Kazakh")};
inline const Words EnterInRussian{QStringLiteral("Укажите %1 на русском языке"),
                                  QStringLiteral("%1 орыс тілінде көрсетіңіз"),
                                  QStringLiteral("Enter %1 in Russian")};
inline const Words Correct{QStringLiteral("Исправьте %1 %2 (формат: %3)"),
                           QStringLiteral("%1 (%2) түзетіңіз (пішімі: %3)"),
                           QStringLiteral("Correct %1 %2 (format: %3)")};

// A line of a list: %1 its number, %2 the list's name.
inline const Words FillInLine{QStringLiteral("Заполните строку %1 списка %2 или удалите её"),
                              QStringLiteral("%2 тізіміндегі %1-жолды толтырыңыз немесе жойыңыз"),
                              QStringLiteral("Fill in line %1 of %2 or remove it")};
inline const Words FillInLineInKazakh{
    QStringLiteral("Заполните строку %1 списка %2 на казахском языке"),
    QStringLiteral("%2 тізіміндегі %1-жолды қазақ тілінде толтырыңыз"),
    QStringLiteral("Fill in line %1 of %2 in Kazakh")};
inline const Words FillInLineInRussian{
    QStringLiteral("Заполните строку %1 списка %2 на русском языке"),
    QStringLiteral("%2 тізіміндегі %1-жолды орыс тілінде толтырыңыз"),
    QStringLiteral("Fill in line %1 of %2 in Russian")};

// A date (%1 what it is, %2 the value), an e-mail address and a phone number (%1).
inline const Words NotADate{
    QStringLiteral("%1 %2 не является датой: укажите дату в виде ГГГГ-ММ-ДД"),
    QStringLiteral("%1 %2 күн емес: күнді ЖЖЖЖ-АА-КК түрінде көрсетіңіз"),
    QStringLiteral("%1 %2 is not a date: enter it as YYYY-MM-DD")};
inline const Words DateInFuture{QStringLiteral("%1 %2 ещё не наступила: исправьте дату"),
                                QStringLiteral("%1 (%2) әлі келген жоқ: күнді түзетіңіз"),
                                QStringLiteral("%1 (%2) is in the future: correct the date")};
inline const Words CorrectEmail{
    QStringLiteral("Исправьте адрес электронной почты %1 (пример: name@example.kz)"),
    QStringLiteral("%1 электрондық пошта мекенжайын түзетіңіз (үлгі: name@example.kz)"),
    QStringLiteral("Correct the e-mail address %1 (example: name@example.kz)")};
inline const Words CorrectPhone{
    QStringLiteral(
        "Исправьте номер телефона %1 (нужны знак + и от 10 до 15 цифр, например +7 7172 12-34-56)"),
    QStringLiteral("%1 телефон нөмірін түзетіңіз (+ белгісі және 10-нан 15-ке дейін цифр қажет, "
                   "мысалы +7 7172 12-34-56)"),
    QStringLiteral(
        "Correct the phone number %1 (it needs a + and 10 to 15 digits, e.g. +7 7172 12-34-56)")};

} // namespace kasibi::validation::Phrases
