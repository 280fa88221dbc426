#pragma once

#include <QString>

namespace kasibi {

// One text in the two state-used languages; an empty wording means not written yet.
struct LocalizedText {
    QString kk;
    QString ru;

    QString in(const QString& language) const { return language == QLatin1String("kk") ? kk : ru; }
    bool isEmpty() const { return kk.trimmed().isEmpty() && ru.trimmed().isEmpty(); }
    bool operator==(const LocalizedText&) const = default;
};

} // namespace kasibi
