#pragma once

#include <QString>

namespace kasibi {

// A fixed text of a printed document (a heading, a label, a column title) in the two languages
// a standard is published in.
struct PrintedWording {
    const char* ru;
    const char* kk;

    QString in(const QString& language) const {
        return QString::fromUtf8(language == QLatin1String("kk") ? kk : ru);
    }
};

} // namespace kasibi
