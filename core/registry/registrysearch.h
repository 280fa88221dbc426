#pragma once

#include "core/model/localizedtext.h"
#include "core/model/result.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QVector>

namespace kasibi {

// One place a search found: the standard, the card (none for the rest of the standard) and the
// field, with the text that matched.
struct RegistryHit {
    QString standardId;
    QString standardCode;
    LocalizedText standardName;
    int version = 0;
    QString status; // StandardStatus's key, of the latest version
    QString cardId;
    LocalizedText cardName;
    QString field; // JSON Pointer in the standard's interchange JSON
    QString language;
    QString text;
};

// Search across the registered standards' latest versions: an NKZ code (occupation, group or a
// prefix), an OKED code (section to subclass) or a standard's code is looked up as a code;
// anything else as words, in Russian (stemmed) and Kazakh (lower-cased words), the parts that
// hold them most ranked first.
class RegistrySearch {
    Q_DECLARE_TR_FUNCTIONS(RegistrySearch)
public:
    static constexpr int DefaultLimit = 20;

    static bool isCode(const QString& query);
    static Result<QVector<RegistryHit>> find(const QSqlDatabase& db, const QString& query,
                                             int limit = DefaultLimit);
};

} // namespace kasibi
