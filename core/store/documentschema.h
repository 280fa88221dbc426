#pragma once

#include "core/model/result.h"
#include "core/model/schema.h"

#include <QSqlDatabase>
#include <QStringList>
#include <QVector>

namespace kasibi {

// The .kasibi file format: its header, its tables format by format, the checks a file from
// elsewhere must pass before it is trusted, and the renames that bring an older format's values
// up to date.
class DocumentSchema {
public:
    // The file's tables, step by step: a file of format N has the tables of steps 1 to N, and
    // opening it for writing runs the steps it lacks. Never edit a step; add one.
    struct Step {
        QStringList statements;
        QStringList autoIndexes; // made by SQLite for the PRIMARY KEYs of rowid tables
    };

    struct Header {
        quint32 pageSize = 0;
        quint32 pageCount = 0;
        bool pageCountValid = false;
        quint32 userVersion = 0;
        quint32 applicationId = 0;
    };

    // The format whose values are the wordings of both languages (step 3).
    static constexpr int OneStringFormat = 3;

    static const QVector<Step>& steps();
    static Result<Header> readHeader(const QString& path);
    static Status checkSchemaObjects(QSqlDatabase& db, const QString& path, int formatVersion);
    static Status checkIntegrity(QSqlDatabase& db, const QString& path);

    // The key a value of format 2 or older has in this format: a text the interchange format
    // keeps as one string was stored under that string's key, and is now the wording of the
    // language its letters tell. Empty when the key is no such string.
    static QString renamedOneStringKey(const KindSpec& kind, const QString& key,
                                       const QString& text);
    // Renames the one-string values of the content and of every saved version (format 2 to 3).
    // Returns SQLite's complaint, or nothing.
    static QString oneStringKeysRenamed(QSqlDatabase& db);
};

} // namespace kasibi
