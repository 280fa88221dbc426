#pragma once

#include <optional>
#include <QString>

namespace kasibi {

// The two classifiers a standard refers to: OKED (economic activities, GK RK 03-2019) and NKZ
// (occupations, NK RK 01-2017, built on ISCO-08).
enum class Classifier { Oked, Nkz };

// "oked" / "nkz": the names used in the store, on the command line and in messages.
inline QString classifierName(Classifier classifier) {
    return classifier == Classifier::Oked ? QStringLiteral("oked") : QStringLiteral("nkz");
}

inline std::optional<Classifier> classifierFromName(const QString& name) {
    if (name.compare(QLatin1String("oked"), Qt::CaseInsensitive) == 0) return Classifier::Oked;
    if (name.compare(QLatin1String("nkz"), Qt::CaseInsensitive) == 0) return Classifier::Nkz;
    return std::nullopt;
}

// What a user reads: "OKED" / "NKZ".
inline QString classifierTitle(Classifier classifier) {
    return classifierName(classifier).toUpper();
}

} // namespace kasibi
