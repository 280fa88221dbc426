#include "core/store/documentschema.h"

#include "core/import/textlanguage.h"
#include "core/store/documentconnection.h"
#include "core/store/documentstore.h"

#include <QFile>
#include <QRegularExpression>
#include <QSqlQuery>
#include <QtEndian>

namespace kasibi {

namespace {

// What sqlite_master of a genuine document of a format holds, and nothing else: a planted
// trigger or view would run someone else's code when we write.
QHash<QString, QString> expectedSchemaObjects(int formatVersion) {
    static const QRegularExpression created(QStringLiteral("^CREATE (TABLE|INDEX) (\\w+)"));
    QHash<QString, QString> objects;
    for (int step = 0; step < formatVersion && step < DocumentSchema::steps().size(); ++step) {
        for (const QString& statement : DocumentSchema::steps()[step].statements) {
            const QRegularExpressionMatch match = created.match(statement);
            objects.insert(match.captured(1).toLower() + QLatin1Char(':') + match.captured(2),
                           statement);
        }
        for (const QString& index : DocumentSchema::steps()[step].autoIndexes)
            objects.insert(QStringLiteral("index:") + index, QString());
    }
    return objects;
}

} // namespace

const QVector<DocumentSchema::Step>& DocumentSchema::steps() {
    static const QVector<Step> steps = {
        // 1: the standard and its review, as a tree of elements with their values.
        {{QStringLiteral("CREATE TABLE meta (key TEXT PRIMARY KEY NOT NULL, value TEXT NOT NULL)"),
          QStringLiteral("CREATE TABLE node (id TEXT PRIMARY KEY NOT NULL, kind TEXT NOT NULL, "
                         "parent TEXT, role TEXT NOT NULL, position INTEGER NOT NULL)"),
          QStringLiteral("CREATE INDEX node_by_parent ON node (parent, role, position)"),
          QStringLiteral(
              "CREATE TABLE value (node TEXT NOT NULL, field TEXT NOT NULL, text TEXT NOT "
              "NULL, PRIMARY KEY (node, field)) WITHOUT ROWID")},
         {QStringLiteral("sqlite_autoindex_meta_1"), QStringLiteral("sqlite_autoindex_node_1")}},
        // 2: named, dated versions: frozen copies of the tree.
        {{QStringLiteral("CREATE TABLE version (id TEXT PRIMARY KEY NOT NULL, name TEXT NOT NULL, "
                         "created TEXT NOT NULL)"),
          QStringLiteral(
              "CREATE TABLE version_node (version TEXT NOT NULL, id TEXT NOT NULL, kind "
              "TEXT NOT NULL, parent TEXT, role TEXT NOT NULL, position INTEGER NOT NULL, "
              "PRIMARY KEY (version, id)) WITHOUT ROWID"),
          QStringLiteral("CREATE TABLE version_value (version TEXT NOT NULL, node TEXT NOT NULL, "
                         "field TEXT NOT NULL, text TEXT NOT NULL, PRIMARY KEY (version, node, "
                         "field)) WITHOUT ROWID")},
         {QStringLiteral("sqlite_autoindex_version_1")}},
        // 3: the conclusion's state body and the remarks in both languages. No new tables: the
        // one string each had is renamed to its language (oneStringKeysRenamed).
        {{}, {}},
    };
    return steps;
}

QString DocumentSchema::renamedOneStringKey(const KindSpec& kind, const QString& key,
                                            const QString& text) {
    for (const FieldSpec& field : kind.fields)
        if (!field.interchangeString.isEmpty() && field.interchangeString == key)
            return Node::valueKey(field.name, TextLanguage::of(text));
    return {};
}

QString DocumentSchema::oneStringKeysRenamed(QSqlDatabase& db) {
    const QString tables[][2] = {
        {QStringLiteral("SELECT v.node, v.field, v.text, n.kind FROM value v JOIN node n ON "
                        "n.id = v.node"),
         QStringLiteral("UPDATE value SET field = ? WHERE node = ? AND field = ?")},
        {QStringLiteral("SELECT v.node, v.field, v.text, n.kind, v.version FROM version_value v "
                        "JOIN version_node n ON n.version = v.version AND n.id = v.node"),
         QStringLiteral("UPDATE version_value SET field = ? WHERE node = ? AND field = ? AND "
                        "version = ?")}};
    for (const auto& [select, update] : tables) {
        QSqlQuery rows(db);
        rows.setForwardOnly(true);
        if (!rows.exec(select)) return DocumentConnection::sqlError(rows.lastError());
        QVector<QStringList> renames;
        while (rows.next()) {
            const KindSpec* kind = Schema::kind(rows.value(3).toString());
            const QString key = rows.value(1).toString();
            if (!kind || kind->valueKeys.contains(key)) continue;
            const QString renamed = renamedOneStringKey(*kind, key, rows.value(2).toString());
            if (!renamed.isEmpty())
                renames << QStringList{renamed, rows.value(0).toString(), key,
                                       rows.value(4).toString()};
        }
        QSqlQuery write(db);
        write.prepare(update);
        for (const QStringList& rename : renames) {
            for (int i = 0; i < update.count(QLatin1Char('?')); ++i)
                write.addBindValue(rename[i]);
            if (!write.exec()) return DocumentConnection::sqlError(write.lastError());
        }
    }
    return {};
}

Result<DocumentSchema::Header> DocumentSchema::readHeader(const QString& path) {
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Result<Header>::failure(
            DocumentStore::tr("cannot be read: %1").arg(file.errorString()), path);
    const QByteArray bytes = file.read(100);
    static const QByteArray magic("SQLite format 3\0", 16);
    if (bytes.size() < 100 || !bytes.startsWith(magic))
        return Result<Header>::failure(
            DocumentStore::tr("this is not a Kasibi document (it is not an SQLite database)"),
            path);
    const auto* data = reinterpret_cast<const uchar*>(bytes.constData());
    Header header;
    const quint32 rawPageSize = qFromBigEndian<quint16>(data + 16);
    header.pageSize = rawPageSize == 1 ? 65536 : rawPageSize;
    header.pageCount = qFromBigEndian<quint32>(data + 28);
    header.pageCountValid =
        qFromBigEndian<quint32>(data + 24) == qFromBigEndian<quint32>(data + 92);
    header.userVersion = qFromBigEndian<quint32>(data + 60);
    header.applicationId = qFromBigEndian<quint32>(data + 68);
    if (header.pageSize < 512 || (header.pageSize & (header.pageSize - 1)) != 0)
        return Result<Header>::failure(DocumentStore::tr("the file is damaged (bad page size)"),
                                       path);
    if (header.applicationId != DocumentStore::ApplicationId)
        return Result<Header>::failure(
            DocumentStore::tr("this is an SQLite database of another program (application id "
                              "0x%1), not a Kasibi document")
                .arg(header.applicationId, 8, 16, QLatin1Char('0')),
            path);
    if (header.userVersion > quint32(DocumentStore::FormatVersion))
        return Result<Header>::failure(
            DocumentStore::tr("the document was saved by a newer version of Kasibi (document "
                              "format %1; this version reads formats up to %2); open it with a "
                              "newer Kasibi")
                .arg(header.userVersion)
                .arg(DocumentStore::FormatVersion),
            path);
    if (header.userVersion < 1)
        return Result<Header>::failure(DocumentStore::tr("the file is damaged (no format version)"),
                                       path);
    const qint64 size = file.size();
    if (size % header.pageSize != 0 ||
        (header.pageCountValid && size < qint64(header.pageCount) * header.pageSize))
        return Result<Header>::failure(
            DocumentStore::tr(
                "the file is damaged: it is shorter than its header says (truncated)"),
            path);
    return header;
}

Status DocumentSchema::checkSchemaObjects(QSqlDatabase& db, const QString& path,
                                          int formatVersion) {
    const QHash<QString, QString> expectedObjects = expectedSchemaObjects(formatVersion);
    QSqlQuery query(db);
    query.setForwardOnly(true);
    if (!query.exec(QStringLiteral("SELECT type, name, sql FROM sqlite_master")))
        return Status::failure(DocumentStore::tr("the file is damaged: %1")
                                   .arg(DocumentConnection::sqlError(query.lastError())),
                               path);
    QSet<QString> seen;
    while (query.next()) {
        const QString key =
            query.value(0).toString() + QLatin1Char(':') + query.value(1).toString();
        const auto expected = expectedObjects.constFind(key);
        if (expected == expectedObjects.constEnd() || expected.value() != query.value(2).toString())
            return Status::failure(
                DocumentStore::tr("the file holds a database object Kasibi does not make (%1 "
                                  "\"%2\"); it may have been tampered with, so it is not opened")
                    .arg(query.value(0).toString(), query.value(1).toString()),
                path);
        seen.insert(key);
    }
    if (seen.size() != expectedObjects.size())
        return Status::failure(DocumentStore::tr("the file is damaged: tables are missing"), path);
    return {};
}

Status DocumentSchema::checkIntegrity(QSqlDatabase& db, const QString& path) {
    QSqlQuery query(db);
    if (!query.exec(QStringLiteral("PRAGMA quick_check")) || !query.next())
        return Status::failure(DocumentStore::tr("the file is damaged: %1")
                                   .arg(DocumentConnection::sqlError(query.lastError())),
                               path);
    const QString verdict = query.value(0).toString();
    if (verdict != QLatin1String("ok"))
        return Status::failure(DocumentStore::tr("the file is damaged: %1").arg(verdict), path);
    return {};
}

} // namespace kasibi
