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

} // namespace kasibi::validation::Phrases
