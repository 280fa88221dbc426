#pragma once

#include <QString>

namespace kasibi {

// One code of a classifier edition with its names. The parent and level follow from the code
// (ClassifierCodes); a name may be empty in one language when the edition does not give it.
struct ClassifierEntry {
    QString code;
    QString parentCode; // "" for the top level (an OKED section, an NKZ major group)
    int level = 0;      // 1 = top level; OKED 1..5 section..subclass, NKZ 1..5 major..occupation
    QString nameKk;
    QString nameRu;

    QString name(const QString& language) const {
        return language == QLatin1String("kk") ? nameKk : nameRu;
    }
    bool operator==(const ClassifierEntry&) const = default;
};

} // namespace kasibi
