#pragma once

#include <QDateTime>
#include <QString>

namespace kasibi {

// A named, dated snapshot of the standard kept inside its document file,
// e.g. "sent to the state body".
struct VersionInfo {
    QString id;
    QString name;
    QDateTime created;
};

} // namespace kasibi
