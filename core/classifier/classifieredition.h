#pragma once

#include "core/classifier/classifier.h"

#include <QDateTime>
#include <QString>

namespace kasibi {

// One edition of a classifier as kept in the store: where it came from and how much it holds.
struct ClassifierEdition {
    Classifier classifier = Classifier::Oked;
    QString name;   // as the user named it when loading, e.g. "GK RK 03-2019 (2023)"
    QString date;   // the edition's date as published (free text, may be empty)
    QString source; // the file or document it was loaded from
    QDateTime loadedAt;
    bool builtIn = false; // shipped with Kasibi (the top levels only)
    int entryCount = 0;
    int deepestLevel = 0; // the deepest level any entry reaches (see ClassifierCodes)

    // What a reader of that language calls the edition: its name, or for a built-in edition
    // (whose stored name is a fixed English key) the wording of that language ("kk", "ru",
    // anything else English).
    QString title(const QString& language) const;
};

} // namespace kasibi
