#pragma once

#include <optional>
#include <QCoreApplication>
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

// What a user reads, in the interface language: "OKED" / "NKZ", «ОКЭД» / «НКЗ», «ЭҚЖЖ» / «ҰКЖ».
inline QString classifierTitle(Classifier classifier) {
    return classifier == Classifier::Oked ? QCoreApplication::translate("Classifier", "OKED")
                                          : QCoreApplication::translate("Classifier", "NKZ");
}

// The official document a full edition comes from, and who publishes it, as a sentence for
// the look-up's message and the load dialog (the official template for developers of
// standards on career.enbek.kz refers authors to these).
inline QString classifierSource(Classifier classifier) {
    return classifier == Classifier::Oked
               ? QCoreApplication::translate(
                     "Classifier",
                     "The full edition is the General Classifier of Types of Economic Activity "
                     "(GK RK 03-2019), published by the Bureau of National Statistics on "
                     "statinfo.kz: download it as an Excel workbook.")
               : QCoreApplication::translate(
                     "Classifier",
                     "The full edition is the National Classifier of Occupations (NK RK "
                     "01-2017), published by the Ministry of Labour and Social Protection of "
                     "the Population: save it as an Excel workbook.");
}

} // namespace kasibi
