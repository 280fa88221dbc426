#include "core/store/documentstore.h"

#include "core/import/textlanguage.h"
#include "core/model/schema.h"
#include "core/store/sqlitehardening.h"

#include <cstdio>
#include <QAtomicInt>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryFile>
#include <QtEndian>
#include <QUrl>
#include <sqlite3.h>
#include <unistd.h>

namespace kasibi {

namespace {

// The file's tables, step by step: a file of format N has the tables of steps 1 to N, and
// opening it for writing runs the steps it lacks. Never edit a step; add one.
struct SchemaStep {
    QStringList statements;
    QStringList autoIndexes; // made by SQLite for the PRIMARY KEYs of rowid tables
};

const QVector<SchemaStep>& schemaSteps() {
    static const QVector<SchemaStep> steps = {
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

// The key a value of format 2 or older has in this format: a text the interchange format keeps
// as one string was stored under that string's key, and is now the wording of the language its
// letters tell. Empty when the key is no such string.
QString renamedOneStringKey(const KindSpec& kind, const QString& key, const QString& text) {
    for (const FieldSpec& field : kind.fields)
        if (!field.interchangeString.isEmpty() && field.interchangeString == key)
            return Node::valueKey(field.name, TextLanguage::of(text));
    return {};
}

QString sqlError(const QSqlError& error);

// The format whose values are the wordings of both languages (step 3).
constexpr int kOneStringFormat = 3;

// Renames the one-string values of the content and of every saved version (format 2 to 3).
// Returns SQLite's complaint, or nothing.
QString oneStringKeysRenamed(QSqlDatabase& db) {
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
        if (!rows.exec(select)) return sqlError(rows.lastError());
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
            if (!write.exec()) return sqlError(write.lastError());
        }
    }
    return {};
}

// What sqlite_master of a genuine document of a format holds, and nothing else: a planted
// trigger or view would run someone else's code when we write.
QHash<QString, QString> expectedSchemaObjects(int formatVersion) {
    static const QRegularExpression created(QStringLiteral("^CREATE (TABLE|INDEX) (\\w+)"));
    QHash<QString, QString> objects;
    for (int step = 0; step < formatVersion && step < schemaSteps().size(); ++step) {
        for (const QString& statement : schemaSteps()[step].statements) {
            const QRegularExpressionMatch match = created.match(statement);
            objects.insert(match.captured(1).toLower() + QLatin1Char(':') + match.captured(2),
                           statement);
        }
        for (const QString& index : schemaSteps()[step].autoIndexes)
            objects.insert(QStringLiteral("index:") + index, QString());
    }
    return objects;
}

QString nextConnectionName() {
    static QAtomicInt counter;
    return QStringLiteral("kasibi-document-%1").arg(counter.fetchAndAddRelaxed(1));
}

QString sqlError(const QSqlError& error) {
    // What the user can act on, in the user's language, rather than SQLite's English.
    // The primary result code, whether SQLite gave an extended one or not.
    switch (error.nativeErrorCode().toInt() & 0xff) {
    case SQLITE_BUSY:
    case SQLITE_LOCKED:
        return DocumentStore::tr("the file is locked by another program");
    case SQLITE_FULL:
        return DocumentStore::tr("the disk is full");
    case SQLITE_IOERR:
        return DocumentStore::tr("the disk reported an I/O error");
    default:
        break;
    }
    const QString text = error.databaseText().isEmpty() ? error.text() : error.databaseText();
    return text.trimmed();
}

struct Header {
    quint32 pageSize = 0;
    quint32 pageCount = 0;
    bool pageCountValid = false;
    quint32 userVersion = 0;
    quint32 applicationId = 0;
};

class Connection {
    Q_DECLARE_TR_FUNCTIONS(DocumentStore)
public:
    static Result<QString> open(const QString& path, bool readOnly, bool immutable) {
        const QString name = nextConnectionName();
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
            QStringList options{QStringLiteral("QSQLITE_BUSY_TIMEOUT=3000")};
            if (readOnly) options << QStringLiteral("QSQLITE_OPEN_READONLY");
            if (immutable) {
                options << QStringLiteral("QSQLITE_OPEN_URI");
                QUrl url = QUrl::fromLocalFile(path);
                url.setQuery(QStringLiteral("immutable=1"));
                db.setDatabaseName(url.toString(QUrl::FullyEncoded));
            } else {
                db.setDatabaseName(path);
            }
            db.setConnectOptions(options.join(QLatin1Char(';')));
            if (!db.open()) {
                const QString reason = sqlError(db.lastError());
                db = QSqlDatabase();
                QSqlDatabase::removeDatabase(name);
                return Result<QString>::failure(tr("cannot be opened: %1").arg(reason), path);
            }
            if (Status defended = SqliteHardening::apply(db); !defended) {
                db.close();
                db = QSqlDatabase();
                QSqlDatabase::removeDatabase(name);
                return Result<QString>::failure(defended.error().message, path);
            }
        }
        return name;
    }

    static void close(const QString& name) {
        {
            QSqlDatabase db = QSqlDatabase::database(name, false);
            if (db.isValid()) db.close();
        }
        QSqlDatabase::removeDatabase(name);
    }
};

Result<Header> readHeader(const QString& path) {
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

Status checkSchemaObjects(QSqlDatabase& db, const QString& path, int formatVersion) {
    const QHash<QString, QString> expectedObjects = expectedSchemaObjects(formatVersion);
    QSqlQuery query(db);
    query.setForwardOnly(true);
    if (!query.exec(QStringLiteral("SELECT type, name, sql FROM sqlite_master")))
        return Status::failure(
            DocumentStore::tr("the file is damaged: %1").arg(sqlError(query.lastError())), path);
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

Status checkIntegrity(QSqlDatabase& db, const QString& path) {
    QSqlQuery query(db);
    if (!query.exec(QStringLiteral("PRAGMA quick_check")) || !query.next())
        return Status::failure(
            DocumentStore::tr("the file is damaged: %1").arg(sqlError(query.lastError())), path);
    const QString verdict = query.value(0).toString();
    if (verdict != QLatin1String("ok"))
        return Status::failure(DocumentStore::tr("the file is damaged: %1").arg(verdict), path);
    return {};
}

// Qt binds a null QString as SQL NULL; an empty text is still a text.
QString notNull(const QString& text) {
    return text.isNull() ? QStringLiteral("") : text;
}

// Writes elements and their values: the one place the rows of node and value are made.
class ElementRows {
public:
    explicit ElementRows(const QSqlDatabase& db) : m_node(db), m_value(db) {
        m_node.prepare(QStringLiteral(
            "INSERT INTO node (id, kind, parent, role, position) VALUES (?, ?, ?, ?, ?)"));
        m_value.prepare(QStringLiteral("INSERT INTO value (node, field, text) VALUES (?, ?, ?)"));
    }

    // The element with its place; an empty parent makes it the root. Returns SQLite's complaint.
    QString write(const Node& node, const QString& parentId, const QString& role, int position) {
        m_node.bindValue(0, node.id);
        m_node.bindValue(1, node.kind);
        m_node.bindValue(2, parentId.isEmpty() ? QVariant(QMetaType::fromType<QString>())
                                               : QVariant(parentId));
        m_node.bindValue(3, notNull(role));
        m_node.bindValue(4, position);
        if (!m_node.exec()) return sqlError(m_node.lastError());
        for (auto value = node.values.constBegin(); value != node.values.constEnd(); ++value) {
            m_value.bindValue(0, node.id);
            m_value.bindValue(1, value.key());
            m_value.bindValue(2, notNull(value.value()));
            if (!m_value.exec()) return sqlError(m_value.lastError());
        }
        return {};
    }

    // A whole tree, each element at its place in it.
    QString writeTree(const DocumentTree& tree) {
        for (const Node& node : tree.subtree(tree.rootId)) {
            const int position = node.parentId.isEmpty() ? 0 : tree.indexInParent(node.id);
            if (QString failure = write(node, node.parentId, node.role, position);
                !failure.isEmpty())
                return failure;
        }
        return {};
    }

private:
    QSqlQuery m_node;
    QSqlQuery m_value;
};

// The registry link lives in meta, one key per part, so that a file of format 1 or 2 carries it
// without a change of format.
const QString kRegistryIdKey = QStringLiteral("registry.id");
const QString kRegistryStandardKey = QStringLiteral("registry.standard");
const QString kRegistryVersionKey = QStringLiteral("registry.version");

// Returns SQLite's complaint, or "" when written.
QString writeRegistryLink(const QSqlDatabase& db, const RegistryLink& link) {
    QSqlQuery query(db);
    query.prepare(QStringLiteral("INSERT INTO meta (key, value) VALUES (?, ?) "
                                 "ON CONFLICT (key) DO UPDATE SET value = excluded.value"));
    for (const auto& [key, value] :
         {std::pair{kRegistryIdKey, link.registryId},
          std::pair{kRegistryStandardKey, link.standardId},
          std::pair{kRegistryVersionKey, QString::number(link.version)}}) {
        query.addBindValue(key);
        query.addBindValue(value);
        if (!query.exec()) return sqlError(query.lastError());
    }
    return {};
}

// A file from elsewhere may carry anything in meta: a link is taken only whole and well-formed.
Result<std::optional<RegistryLink>> readRegistryLink(const QSqlDatabase& db, const QString& path) {
    using R = Result<std::optional<RegistryLink>>;
    QSqlQuery query(db);
    query.setForwardOnly(true);
    if (!query.exec(QStringLiteral("SELECT key, value FROM meta WHERE key LIKE 'registry.%'")))
        return R::failure(
            DocumentStore::tr("the file is damaged: %1").arg(sqlError(query.lastError())), path);
    QHash<QString, QString> values;
    while (query.next())
        values.insert(query.value(0).toString(), query.value(1).toString());
    if (values.isEmpty()) return std::optional<RegistryLink>();
    RegistryLink link{values.value(kRegistryIdKey), values.value(kRegistryStandardKey),
                      values.value(kRegistryVersionKey).toInt()};
    if (!link.isValid() || values.size() != 3)
        return R::failure(
            DocumentStore::tr("the file is damaged: its registry version is unreadable"), path);
    return std::optional<RegistryLink>(link);
}

bool isWritableFolder(const QString& folder) {
    // QFileInfo::isWritable tells the permission bits; a read-only mount shows only on trying.
    QTemporaryFile probe(folder + QStringLiteral("/.kasibi-probe-XXXXXX"));
    return probe.open();
}

} // namespace

DocumentStore::~DocumentStore() {
    if (m_connectionName.isEmpty()) return;
    if (!isReadOnly()) {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        QSqlQuery query(db);
        // Back to a single self-contained file, so that it can be copied or e-mailed as it is.
        query.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
        query.exec(QStringLiteral("PRAGMA journal_mode = DELETE"));
    }
    Connection::close(m_connectionName);
    if (m_lock) m_lock->unlock();
}

QString DocumentStore::lockFilePath(const QString& path) {
    const QFileInfo info(path);
    return info.absolutePath() + QStringLiteral("/.") + info.fileName() + QStringLiteral(".lock");
}

bool DocumentStore::looksLikeDocumentFile(const QString& path) {
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) return false;
    return file.read(16) == QByteArray("SQLite format 3\0", 16);
}

QString DocumentStore::readOnlyExplanation() const {
    switch (m_readOnlyReason) {
    case ReadOnlyReason::None:
        return {};
    case ReadOnlyReason::Requested:
        return tr("opened read-only");
    case ReadOnlyReason::FileNotWritable:
        return tr("the file is read-only");
    case ReadOnlyReason::FolderNotWritable:
        return tr("its folder is read-only");
    case ReadOnlyReason::InUse:
        return tr("the file is in use by another program (%1); it is opened read-only")
            .arg(m_lockHolder);
    case ReadOnlyReason::LockNotWritable:
        return tr("no lock file can be written beside it (is the disk full?); it is opened "
                  "read-only");
    }
    return {};
}

Result<std::unique_ptr<DocumentStore>> DocumentStore::open(const QString& path, AccessMode mode) {
    using R = Result<std::unique_ptr<DocumentStore>>;
    const QFileInfo info(path);
    if (!info.exists()) return R::failure(tr("no such file"), path);
    if (!info.isFile()) return R::failure(tr("this is a folder, not a document"), path);
    Result<Header> header = readHeader(path);
    if (!header) return header.error();
    const int formatVersion = int(header.value().userVersion);

    std::unique_ptr<DocumentStore> store(new DocumentStore);
    store->m_path = info.absoluteFilePath();

    // Everything is checked over a read-only connection first: a file that fails is never written.
    Result<QString> checking = Connection::open(store->m_path, true, false);
    if (!checking) checking = Connection::open(store->m_path, true, true);
    if (!checking) return checking.error();
    {
        QSqlDatabase db = QSqlDatabase::database(checking.value(), false);
        Status checked = checkSchemaObjects(db, path, formatVersion);
        if (checked) checked = checkIntegrity(db, path);
        if (!checked) {
            db = QSqlDatabase();
            Connection::close(checking.value());
            return checked.error();
        }
    }
    Result<DocumentTree> tree = readTree(checking.value(), path, {}, formatVersion);
    if (!tree) {
        Connection::close(checking.value());
        return tree.error();
    }
    store->m_loaded = std::move(tree.value());
    {
        Result<std::optional<RegistryLink>> link =
            readRegistryLink(QSqlDatabase::database(checking.value(), false), path);
        if (!link) {
            Connection::close(checking.value());
            return link.error();
        }
        store->m_registryLink = link.value();
    }

    if (mode == AccessMode::ReadOnly) {
        store->m_readOnlyReason = ReadOnlyReason::Requested;
    } else if (!info.isWritable()) {
        store->m_readOnlyReason = ReadOnlyReason::FileNotWritable;
    } else if (!isWritableFolder(info.absolutePath())) {
        store->m_readOnlyReason = ReadOnlyReason::FolderNotWritable;
    } else {
        store->m_lock = std::make_unique<QLockFile>(lockFilePath(store->m_path));
        // Only a dead holder makes a lock stale: an editor may rightly keep a file open for days.
        store->m_lock->setStaleLockTime(0);
        if (!store->m_lock->tryLock(0)) {
            if (store->m_lock->error() == QLockFile::LockFailedError) {
                qint64 pid = 0;
                QString host, application;
                store->m_lock->getLockInfo(&pid, &host, &application);
                store->m_lockHolder =
                    QStringLiteral("%1, pid %2, %3").arg(application).arg(pid).arg(host);
                store->m_readOnlyReason = ReadOnlyReason::InUse;
            } else {
                // Held by nobody: it could not be written, and editing would go unguarded.
                store->m_readOnlyReason = ReadOnlyReason::LockNotWritable;
            }
            store->m_lock.reset();
        }
    }

    if (store->isReadOnly()) {
        store->m_connectionName = checking.value();
        store->m_formatVersion = formatVersion;
        return store;
    }

    Connection::close(checking.value());
    Result<QString> writing = Connection::open(store->m_path, false, false);
    if (!writing) return writing.error();
    store->m_connectionName = writing.value();
    QSqlDatabase db = QSqlDatabase::database(store->m_connectionName, false);
    QSqlQuery query(db);
    if (!query.exec(QStringLiteral("PRAGMA journal_mode = WAL")) ||
        !query.exec(QStringLiteral("PRAGMA synchronous = FULL")))
        return R::failure(tr("cannot be opened for writing: %1").arg(sqlError(query.lastError())),
                          path);
    if (formatVersion < FormatVersion) {
        Status migrated = store->inTransaction([&]() -> Status {
            for (int step = formatVersion; step < FormatVersion; ++step)
                for (const QString& statement : schemaSteps()[step].statements)
                    if (!query.exec(statement)) return store->fail(sqlError(query.lastError()));
            if (formatVersion < kOneStringFormat)
                if (QString failed = oneStringKeysRenamed(db); !failed.isEmpty())
                    return store->fail(failed);
            if (!query.exec(QStringLiteral("PRAGMA user_version = %1").arg(FormatVersion)))
                return store->fail(sqlError(query.lastError()));
            return {};
        });
        if (!migrated)
            return R::failure(
                tr("cannot be brought up to the current format: %1").arg(migrated.error().message),
                path);
    }
    store->m_formatVersion = FormatVersion;
    return store;
}

DocumentTree DocumentStore::takeContent() {
    return std::move(m_loaded);
}

Result<DocumentTree> DocumentStore::readTree(const QString& connectionName, const QString& path,
                                             const QString& versionId, int formatVersion) {
    using R = Result<DocumentTree>;
    QSqlDatabase db = QSqlDatabase::database(connectionName, false);
    auto damaged = [&path](const QString& why) {
        return R::failure(tr("the file is damaged: %1").arg(why), path);
    };
    DocumentTree tree;
    struct Placement {
        QString id, kind, parent, role;
    };
    QVector<Placement> placements;
    {
        QSqlQuery query(db);
        query.setForwardOnly(true);
        query.prepare(versionId.isEmpty()
                          ? QStringLiteral("SELECT count(*) FROM node")
                          : QStringLiteral("SELECT count(*) FROM version_node WHERE version = ?"));
        if (!versionId.isEmpty()) query.addBindValue(versionId);
        if (query.exec() && query.next()) {
            const qsizetype count = qMin<qsizetype>(query.value(0).toLongLong(), 10'000'000);
            tree.nodes.reserve(count);
            placements.reserve(count);
        }
        query.prepare(
            versionId.isEmpty()
                ? QStringLiteral("SELECT id, kind, parent, role, position FROM node "
                                 "ORDER BY parent, role, position")
                : QStringLiteral("SELECT id, kind, parent, role, position FROM version_node "
                                 "WHERE version = ? ORDER BY parent, role, position"));
        if (!versionId.isEmpty()) query.addBindValue(versionId);
        if (!query.exec()) return damaged(sqlError(query.lastError()));
        QString lastKind;
        while (query.next()) {
            Node node;
            node.id = query.value(0).toString();
            node.kind = query.value(1).toString();
            if (node.kind != lastKind) {
                if (!Schema::kind(node.kind))
                    return damaged(tr("unknown element kind \"%1\"").arg(node.kind));
                lastKind = node.kind;
            }
            if (query.value(2).isNull()) {
                if (!tree.rootId.isEmpty() || node.kind != Kind::Document)
                    return damaged(tr("the document has more than one root"));
                tree.rootId = node.id;
            } else {
                node.parentId = query.value(2).toString();
                node.role = query.value(3).toString();
                placements.append({node.id, node.kind, node.parentId, node.role});
            }
            const QString id = node.id;
            tree.nodes.insert(id, std::move(node));
        }
    }
    if (tree.rootId.isEmpty()) return damaged(tr("the document has no root"));
    // The rows come grouped by parent and role: look each group's parent up once.
    Node* parent = nullptr;
    const ChildSpec* child = nullptr;
    QStringList* siblings = nullptr;
    QString groupRole;
    for (const Placement& placement : placements) {
        if (!parent || parent->id != placement.parent || groupRole != placement.role) {
            groupRole = placement.role;
            auto found = tree.nodes.find(placement.parent);
            if (found == tree.nodes.end())
                return damaged(tr("element %1 has no parent").arg(placement.id));
            parent = &found.value();
            child = Schema::kind(parent->kind)->child(placement.role);
            if (!child) return damaged(tr("element %1 is out of place").arg(placement.id));
            siblings = &parent->children[placement.role];
        }
        if (child->kind != placement.kind)
            return damaged(tr("element %1 is out of place").arg(placement.id));
        if (!child->isList && !siblings->isEmpty())
            return damaged(tr("element %1 is duplicated").arg(placement.id));
        siblings->append(placement.id);
    }
    if (tree.standardId().isEmpty()) return damaged(tr("the document holds no standard"));
    // Every element must hang from the root; anything else is a cycle or debris.
    qsizetype reachable = 0;
    QStringList pending{tree.rootId};
    while (!pending.isEmpty() && reachable <= tree.nodes.size()) {
        const Node& node = tree.nodes[pending.takeLast()];
        ++reachable;
        for (const QStringList& list : node.children)
            pending << list;
    }
    if (reachable != tree.nodes.size())
        return damaged(tr("some elements are not attached to the standard"));

    QSqlQuery query(db);
    query.setForwardOnly(true);
    query.prepare(
        versionId.isEmpty()
            ? QStringLiteral("SELECT node, field, text FROM value ORDER BY node")
            : QStringLiteral("SELECT node, field, text FROM version_value WHERE version = ? "
                             "ORDER BY node"));
    if (!versionId.isEmpty()) query.addBindValue(versionId);
    if (!query.exec()) return damaged(sqlError(query.lastError()));
    Node* owner = nullptr;
    const KindSpec* ownerKind = nullptr;
    while (query.next()) {
        const QString nodeId = query.value(0).toString();
        if (!owner || owner->id != nodeId) {
            auto found = tree.nodes.find(nodeId);
            if (found == tree.nodes.end()) return damaged(tr("a value belongs to no element"));
            owner = &found.value();
            ownerKind = Schema::kind(owner->kind);
        }
        QString key = query.value(1).toString();
        if (!ownerKind->valueKeys.contains(key) && formatVersion < kOneStringFormat)
            key = renamedOneStringKey(*ownerKind, key, query.value(2).toString());
        if (!ownerKind->valueKeys.contains(key))
            return damaged(
                tr("unknown field \"%1\" of %2").arg(query.value(1).toString(), owner->kind));
        owner->values.insert(key, query.value(2).toString());
    }
    return tree;
}

// Makes the file at path by writing a temporary beside it and renaming that over it when
// complete, so that a failure (a full disk, a read-only folder) leaves no half-made document
// and the old file as it was. write() fills the (empty) temporary and returns SQLite's
// complaint, or nothing.
Status DocumentStore::writeThroughTemporary(const QString& path, bool overwrite,
                                            const std::function<QString(const QString&)>& write) {
    const QFileInfo info(path);
    if (info.exists() && !overwrite) return Status::failure(tr("the file already exists"), path);
    if (info.exists() && !info.isFile())
        return Status::failure(tr("this is a folder, not a document"), path);
    if (info.exists()) {
        QLockFile lock(lockFilePath(info.absoluteFilePath()));
        lock.setStaleLockTime(0);
        // Only a lock held by someone means the file is open elsewhere; one that cannot be
        // written (a full disk) leaves the reason to the writing below, which names it.
        if (!lock.tryLock(0) && lock.error() == QLockFile::LockFailedError)
            return Status::failure(tr("the file is open in another program; close it there first"),
                                   path);
    }
    const QDir folder = info.absoluteDir();
    if (!folder.exists()) return Status::failure(tr("the folder does not exist"), path);

    QTemporaryFile reserved(
        folder.filePath(QStringLiteral(".") + info.fileName() + QStringLiteral(".new-XXXXXX")));
    reserved.setAutoRemove(false);
    if (!reserved.open())
        return Status::failure(tr("cannot write in this folder: %1").arg(reserved.errorString()),
                               path);
    const QString temporary = reserved.fileName();
    reserved.close();
    auto discard = [&temporary, &path](const QString& why) {
        QFile::remove(temporary);
        QFile::remove(temporary + QStringLiteral("-journal"));
        return Status::failure(why, path);
    };
    if (const QString failure = write(temporary); !failure.isEmpty())
        return discard(tr("cannot be written: %1").arg(failure));
    // On disk before it takes the name: a power cut must not leave a renamed empty file.
    QFile written(temporary);
    if (!written.open(QIODevice::ReadWrite) || ::fsync(written.handle()) != 0)
        return discard(tr("cannot be written: %1").arg(written.errorString()));
    written.close();
    if (::rename(QFile::encodeName(temporary).constData(),
                 QFile::encodeName(info.absoluteFilePath()).constData()) != 0)
        return discard(tr("cannot be written: %1").arg(QString::fromLocal8Bit(strerror(errno))));
    return {};
}

Status DocumentStore::create(const QString& path, const DocumentTree& tree, bool overwrite,
                             const std::optional<RegistryLink>& link) {
    return writeThroughTemporary(
        path, overwrite, [&tree, &link](const QString& temporary) -> QString {
            Result<QString> connection = Connection::open(temporary, false, false);
            if (!connection) return connection.error().message;
            QString failure;
            {
                QSqlDatabase db = QSqlDatabase::database(connection.value(), false);
                QSqlQuery query(db);
                auto run = [&](const QString& sql) {
                    if (failure.isEmpty() && !query.exec(sql))
                        failure = sqlError(query.lastError());
                };
                run(QStringLiteral("PRAGMA journal_mode = DELETE"));
                run(QStringLiteral("PRAGMA synchronous = FULL"));
                run(QStringLiteral("PRAGMA application_id = %1").arg(qint32(ApplicationId)));
                run(QStringLiteral("PRAGMA user_version = %1").arg(FormatVersion));
                if (failure.isEmpty() && !db.transaction()) failure = sqlError(db.lastError());
                for (const SchemaStep& step : schemaSteps())
                    for (const QString& statement : step.statements)
                        run(statement);
                if (failure.isEmpty()) {
                    query.prepare(QStringLiteral("INSERT INTO meta (key, value) VALUES (?, ?)"));
                    query.addBindValue(QStringLiteral("format"));
                    query.addBindValue(QStringLiteral("kasibi-standard"));
                    if (!query.exec()) failure = sqlError(query.lastError());
                }
                if (failure.isEmpty()) failure = ElementRows(db).writeTree(tree);
                if (failure.isEmpty() && link) failure = writeRegistryLink(db, *link);
                if (failure.isEmpty() && !db.commit()) failure = sqlError(db.lastError());
                if (!failure.isEmpty()) db.rollback();
            }
            Connection::close(connection.value());
            return failure;
        });
}

Status DocumentStore::saveCopy(const QString& path, bool overwrite) const {
    if (QFileInfo(path) == QFileInfo(m_path))
        return Status::failure(tr("a document cannot be copied over itself"), path);
    // VACUUM INTO copies every table (versions included) as one consistent snapshot, keeps the
    // application id and format version, and writes a rollback-journal file, like a clean close.
    return writeThroughTemporary(path, overwrite, [this](const QString& temporary) -> QString {
        QSqlQuery query(QSqlDatabase::database(m_connectionName, false));
        query.prepare(QStringLiteral("VACUUM INTO ?"));
        query.addBindValue(temporary);
        if (!query.exec()) return sqlError(query.lastError());
        return {};
    });
}

Result<bool> DocumentStore::checkpoint() {
    if (isReadOnly()) return true; // nothing of ours is in a log
    QSqlQuery query(QSqlDatabase::database(m_connectionName, false));
    // PASSIVE: measured no slower than TRUNCATE for the checkpoint, and the log file it leaves
    // is reused from its start by the next edit, without growing the file again (bench/).
    if (!query.exec(QStringLiteral("PRAGMA wal_checkpoint(PASSIVE)")) || !query.next())
        return Result<bool>::failure(tr("the changes could not be copied into the file: %1")
                                         .arg(sqlError(query.lastError())),
                                     m_path);
    // busy, frames in the log, frames copied into the file
    return query.value(0).toInt() == 0 && query.value(1).toInt() == query.value(2).toInt();
}

Status DocumentStore::fail(const QString& what) const {
    // SQLite only says it cannot write; the user needs to know where the file went.
    if (!QFileInfo::exists(m_path))
        return Status::failure(tr("the change could not be saved: the file has been removed or "
                                  "moved since it was opened"),
                               m_path);
    return Status::failure(tr("the change could not be saved: %1").arg(what), m_path);
}

Status DocumentStore::ensureWritable() const {
    if (isReadOnly())
        return Status::failure(tr("the document cannot be changed: %1").arg(readOnlyExplanation()),
                               m_path);
    return {};
}

Status DocumentStore::inTransaction(const std::function<Status()>& work) {
    if (Status writable = ensureWritable(); !writable) return writable;
    // In WAL mode SQLite goes on writing into a file another program took away, and the edits
    // would go with it: a stat per edit says so before anything is written.
    if (!QFileInfo::exists(m_path)) return fail(QString());
    QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
    if (!db.transaction()) return fail(sqlError(db.lastError()));
    Status done = work();
    if (done && !db.commit()) done = fail(sqlError(db.lastError()));
    if (!done) db.rollback();
    return done;
}

Status DocumentStore::setValue(const QString& nodeId, const QString& key, const QString& value) {
    return inTransaction([&]() -> Status {
        QSqlQuery query(QSqlDatabase::database(m_connectionName, false));
        query.prepare(
            QStringLiteral("INSERT INTO value (node, field, text) VALUES (?, ?, ?) "
                           "ON CONFLICT (node, field) DO UPDATE SET text = excluded.text"));
        query.addBindValue(nodeId);
        query.addBindValue(key);
        query.addBindValue(notNull(value));
        if (!query.exec()) return fail(sqlError(query.lastError()));
        return {};
    });
}

Result<QString> DocumentStore::meta(const QString& key) const {
    QSqlQuery query(QSqlDatabase::database(m_connectionName, false));
    query.prepare(QStringLiteral("SELECT value FROM meta WHERE key = ?"));
    query.addBindValue(key);
    if (!query.exec())
        return Result<QString>::failure(tr("cannot be read: %1").arg(sqlError(query.lastError())),
                                        m_path);
    return query.next() ? query.value(0).toString() : QString();
}

Status DocumentStore::setMeta(const QString& key, const QString& value) {
    return inTransaction([&]() -> Status {
        QSqlQuery query(QSqlDatabase::database(m_connectionName, false));
        if (value.isEmpty()) {
            query.prepare(QStringLiteral("DELETE FROM meta WHERE key = ?"));
            query.addBindValue(key);
        } else {
            query.prepare(QStringLiteral("INSERT INTO meta (key, value) VALUES (?, ?) "
                                         "ON CONFLICT (key) DO UPDATE SET value = excluded.value"));
            query.addBindValue(key);
            query.addBindValue(value);
        }
        if (!query.exec()) return fail(sqlError(query.lastError()));
        return {};
    });
}

Status DocumentStore::removeValue(const QString& nodeId, const QString& key) {
    return inTransaction([&]() -> Status {
        QSqlQuery query(QSqlDatabase::database(m_connectionName, false));
        query.prepare(QStringLiteral("DELETE FROM value WHERE node = ? AND field = ?"));
        query.addBindValue(nodeId);
        query.addBindValue(key);
        if (!query.exec()) return fail(sqlError(query.lastError()));
        return {};
    });
}

Status DocumentStore::insertSubtree(const QString& parentId, const QString& role, int index,
                                    const QVector<Node>& subtree) {
    return insertSubtrees(parentId, role, index, {subtree});
}

Status DocumentStore::insertSubtrees(const QString& parentId, const QString& role, int index,
                                     const QVector<QVector<Node>>& subtrees) {
    return inTransaction([&]() -> Status {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        for (const QVector<Node>& subtree : subtrees) {
            if (subtree.isEmpty()) continue;
            QSqlQuery shift(db);
            shift.prepare(QStringLiteral("UPDATE node SET position = position + 1 "
                                         "WHERE parent = ? AND role = ? AND position >= ?"));
            shift.addBindValue(parentId);
            shift.addBindValue(role);
            shift.addBindValue(index);
            if (!shift.exec()) return fail(sqlError(shift.lastError()));

            QHash<QString, int> positions;
            for (const Node& node : subtree)
                for (const QStringList& list : node.children)
                    for (int i = 0; i < list.size(); ++i)
                        positions.insert(list[i], i);
            ElementRows rows(db);
            for (int i = 0; i < subtree.size(); ++i) {
                const Node& node = subtree[i];
                const QString failure =
                    i == 0 ? rows.write(node, parentId, role, index)
                           : rows.write(node, node.parentId, node.role, positions.value(node.id));
                if (!failure.isEmpty()) return fail(failure);
            }
            ++index;
        }
        return {};
    });
}

Status DocumentStore::removeSubtree(const QVector<Node>& subtree) {
    if (subtree.isEmpty()) return {};
    return inTransaction([&]() -> Status {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        QSqlQuery query(db);
        query.prepare(QStringLiteral("SELECT parent, role, position FROM node WHERE id = ?"));
        query.addBindValue(subtree.first().id);
        if (!query.exec() || !query.next()) return fail(sqlError(query.lastError()));
        const QString parent = query.value(0).toString();
        const QString role = query.value(1).toString();
        const qint64 position = query.value(2).toLongLong();

        QSqlQuery removeValues(db);
        QSqlQuery removeNode(db);
        removeValues.prepare(QStringLiteral("DELETE FROM value WHERE node = ?"));
        removeNode.prepare(QStringLiteral("DELETE FROM node WHERE id = ?"));
        for (const Node& node : subtree) {
            removeValues.bindValue(0, node.id);
            removeNode.bindValue(0, node.id);
            if (!removeValues.exec()) return fail(sqlError(removeValues.lastError()));
            if (!removeNode.exec()) return fail(sqlError(removeNode.lastError()));
        }
        QSqlQuery shift(db);
        shift.prepare(QStringLiteral("UPDATE node SET position = position - 1 "
                                     "WHERE parent = ? AND role = ? AND position > ?"));
        shift.addBindValue(parent);
        shift.addBindValue(role);
        shift.addBindValue(position);
        if (!shift.exec()) return fail(sqlError(shift.lastError()));
        return {};
    });
}

Status DocumentStore::reorderChildren(const QString& parentId, const QString& role,
                                      const QStringList& order) {
    return inTransaction([&]() -> Status {
        QSqlQuery query(QSqlDatabase::database(m_connectionName, false));
        query.prepare(QStringLiteral(
            "UPDATE node SET position = ? WHERE id = ? AND parent = ? AND role = ?"));
        for (int i = 0; i < order.size(); ++i) {
            query.bindValue(0, i);
            query.bindValue(1, order[i]);
            query.bindValue(2, parentId);
            query.bindValue(3, role);
            if (!query.exec()) return fail(sqlError(query.lastError()));
        }
        return {};
    });
}

Status DocumentStore::setRegistryLink(const RegistryLink& link) {
    Status written = inTransaction([&]() -> Status {
        if (const QString failure =
                writeRegistryLink(QSqlDatabase::database(m_connectionName, false), link);
            !failure.isEmpty())
            return fail(failure);
        return {};
    });
    if (written) m_registryLink = link;
    return written;
}

Result<QVector<VersionInfo>> DocumentStore::versions() const {
    using R = Result<QVector<VersionInfo>>;
    QVector<VersionInfo> list;
    if (m_formatVersion < 2) return list; // a file of format 1 read-only has none
    QSqlQuery query(QSqlDatabase::database(m_connectionName, false));
    query.setForwardOnly(true);
    if (!query.exec(QStringLiteral("SELECT id, name, created FROM version ORDER BY created, id")))
        return R::failure(tr("the versions cannot be read: %1").arg(sqlError(query.lastError())),
                          m_path);
    while (query.next())
        list.append({query.value(0).toString(), query.value(1).toString(),
                     QDateTime::fromString(query.value(2).toString(), Qt::ISODate)});
    return list;
}

Result<QString> DocumentStore::saveVersion(const QString& name, const QDateTime& created) {
    const QString id = DocumentTree::newId();
    Status saved = inTransaction([&]() -> Status {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        QSqlQuery query(db);
        query.prepare(QStringLiteral("INSERT INTO version (id, name, created) VALUES (?, ?, ?)"));
        query.addBindValue(id);
        query.addBindValue(notNull(name));
        query.addBindValue(created.toString(Qt::ISODate));
        if (!query.exec()) return fail(sqlError(query.lastError()));
        for (const char* copy :
             {"INSERT INTO version_node SELECT ?, id, kind, parent, role, position FROM node",
              "INSERT INTO version_value SELECT ?, node, field, text FROM value"}) {
            query.prepare(QLatin1String(copy));
            query.addBindValue(id);
            if (!query.exec()) return fail(sqlError(query.lastError()));
        }
        return {};
    });
    if (!saved) return saved.error();
    return id;
}

Result<DocumentTree> DocumentStore::versionContent(const QString& versionId) const {
    if (m_formatVersion < 2) return Result<DocumentTree>::failure(tr("no such version"), m_path);
    Result<DocumentTree> tree = readTree(m_connectionName, m_path, versionId, m_formatVersion);
    if (tree && tree.value().nodes.isEmpty())
        return Result<DocumentTree>::failure(tr("no such version"), m_path);
    return tree;
}

Status DocumentStore::replaceContent(const DocumentTree& tree) {
    return inTransaction([&]() -> Status {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        QSqlQuery query(db);
        if (!query.exec(QStringLiteral("DELETE FROM value")) ||
            !query.exec(QStringLiteral("DELETE FROM node")))
            return fail(sqlError(query.lastError()));
        if (!tree.node(tree.rootId)) return fail(tr("the content has no root"));
        if (const QString failure = ElementRows(db).writeTree(tree); !failure.isEmpty())
            return fail(failure);
        return {};
    });
}

} // namespace kasibi
