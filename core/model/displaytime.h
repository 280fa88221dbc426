#pragma once

#include <QDateTime>
#include <QString>

namespace kasibi {

// Dates and times as the interface shows them: the short form of the interface language, always
// with a four-digit year (Qt's short Kazakh form has two, «30.11.26», where the Russian one has
// four), so that every language reads a year the same way.
class DisplayTime {
public:
    static QString dateTime(const QDateTime& time);
    static QString date(const QDate& date);
};

} // namespace kasibi
