#pragma once

#include "core/model/result.h"

#include <QCoreApplication>
#include <QSqlError>

namespace kasibi {

// A connection to a document file, opened with SQLite's defensive settings, and the words the
// user is told when SQLite fails on it.
class DocumentConnection {
    Q_DECLARE_TR_FUNCTIONS(DocumentStore)
public:
    // The name of the opened connection (for QSqlDatabase::database).
    static Result<QString> open(const QString& path, bool readOnly, bool immutable);
    static void close(const QString& name);

    static QString sqlError(const QSqlError& error);
    // Qt binds a null QString as SQL NULL; an empty text is still a text.
    static QString notNull(const QString& text);
};

} // namespace kasibi
