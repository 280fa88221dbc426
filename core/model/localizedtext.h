#pragma once

#include <QString>

namespace kasibi {

// One text in the two state-used languages; an empty wording means not written yet.
struct LocalizedText {
    QString kk;
    QString ru;

    QString in(const QString& language) const { return language == QLatin1String("kk") ? kk : ru; }
    // The wording where a format keeps one string for the text (the conclusion's state body and
    // remarks in the interchange format): the Russian, or the Kazakh when there is no Russian.
    QString asOneString() const { return ru.trimmed().isEmpty() ? kk : ru; }
    bool isEmpty() const { return kk.trimmed().isEmpty() && ru.trimmed().isEmpty(); }
    bool operator==(const LocalizedText&) const = default;
};

} // namespace kasibi
