#include "core/store/documentstore.h"

#include "core/model/schema.h"
#include "core/store/documentconnection.h"
#include "core/store/documentschema.h"
#include "core/store/elementrows.h"

#include <cstdio>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryFile>
#include <unistd.h>

namespace kasibi {

namespace {

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
        if (!query.exec()) return DocumentConnection::sqlError(query.lastError());
    }
    return {};
}

// A file from elsewhere may carry anything in meta: a link is taken only whole and well-formed.
Result<std::optional<RegistryLink>> readRegistryLink(const QSqlDatabase& db, const QString& path) {
    using R = Result<std::optional<RegistryLink>>;
    QSqlQuery query(db);
    query.setForwardOnly(true);
    if (!query.exec(QStringLiteral("SELECT key, value FROM meta WHERE key LIKE 'registry.%'")))
        return R::failure(DocumentStore::tr("the file is damaged: %1")
                              .arg(DocumentConnection::sqlError(query.lastError())),
                          path);
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
    DocumentConnection::close(m_connectionName);
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
    Result<DocumentSchema::Header> header = DocumentSchema::readHeader(path);
    if (!header) return header.error();
    const int formatVersion = int(header.value().userVersion);

    std::unique_ptr<DocumentStore> store(new DocumentStore);
    store->m_path = info.absoluteFilePath();

    // Everything is checked over a read-only connection first: a file that fails is never written.
    Result<QString> checking = DocumentConnection::open(store->m_path, true, false);
    if (!checking) checking = DocumentConnection::open(store->m_path, true, true);
    if (!checking) return checking.error();
    {
        QSqlDatabase db = QSqlDatabase::database(checking.value(), false);
        Status checked = DocumentSchema::checkSchemaObjects(db, path, formatVersion);
        if (checked) checked = DocumentSchema::checkIntegrity(db, path);
        if (!checked) {
            db = QSqlDatabase();
            DocumentConnection::close(checking.value());
            return checked.error();
        }
    }
    Result<DocumentTree> tree = ElementRows::read(checking.value(), path, {}, formatVersion);
    if (!tree) {
        DocumentConnection::close(checking.value());
        return tree.error();
    }
    store->m_loaded = std::move(tree.value());
    {
        Result<std::optional<RegistryLink>> link =
            readRegistryLink(QSqlDatabase::database(checking.value(), false), path);
        if (!link) {
            DocumentConnection::close(checking.value());
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

    DocumentConnection::close(checking.value());
    Result<QString> writing = DocumentConnection::open(store->m_path, false, false);
    if (!writing) return writing.error();
    store->m_connectionName = writing.value();
    QSqlDatabase db = QSqlDatabase::database(store->m_connectionName, false);
    QSqlQuery query(db);
    if (!query.exec(QStringLiteral("PRAGMA journal_mode = WAL")) ||
        !query.exec(QStringLiteral("PRAGMA synchronous = FULL")))
        return R::failure(tr("cannot be opened for writing: %1")
                              .arg(DocumentConnection::sqlError(query.lastError())),
                          path);
    if (formatVersion < FormatVersion) {
        Status migrated = store->inTransaction([&]() -> Status {
            for (int step = formatVersion; step < FormatVersion; ++step)
                for (const QString& statement : DocumentSchema::steps()[step].statements)
                    if (!query.exec(statement))
                        return store->fail(DocumentConnection::sqlError(query.lastError()));
            if (formatVersion < DocumentSchema::OneStringFormat)
                if (QString failed = DocumentSchema::oneStringKeysRenamed(db); !failed.isEmpty())
                    return store->fail(failed);
            if (!query.exec(QStringLiteral("PRAGMA user_version = %1").arg(FormatVersion)))
                return store->fail(DocumentConnection::sqlError(query.lastError()));
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
            Result<QString> connection = DocumentConnection::open(temporary, false, false);
            if (!connection) return connection.error().message;
            QString failure;
            {
                QSqlDatabase db = QSqlDatabase::database(connection.value(), false);
                QSqlQuery query(db);
                auto run = [&](const QString& sql) {
                    if (failure.isEmpty() && !query.exec(sql))
                        failure = DocumentConnection::sqlError(query.lastError());
                };
                run(QStringLiteral("PRAGMA journal_mode = DELETE"));
                run(QStringLiteral("PRAGMA synchronous = FULL"));
                run(QStringLiteral("PRAGMA application_id = %1").arg(qint32(ApplicationId)));
                run(QStringLiteral("PRAGMA user_version = %1").arg(FormatVersion));
                if (failure.isEmpty() && !db.transaction())
                    failure = DocumentConnection::sqlError(db.lastError());
                for (const DocumentSchema::Step& step : DocumentSchema::steps())
                    for (const QString& statement : step.statements)
                        run(statement);
                if (failure.isEmpty()) {
                    query.prepare(QStringLiteral("INSERT INTO meta (key, value) VALUES (?, ?)"));
                    query.addBindValue(QStringLiteral("format"));
                    query.addBindValue(QStringLiteral("kasibi-standard"));
                    if (!query.exec()) failure = DocumentConnection::sqlError(query.lastError());
                }
                if (failure.isEmpty()) failure = ElementRows(db).writeTree(tree);
                if (failure.isEmpty() && link) failure = writeRegistryLink(db, *link);
                if (failure.isEmpty() && !db.commit())
                    failure = DocumentConnection::sqlError(db.lastError());
                if (!failure.isEmpty()) db.rollback();
            }
            DocumentConnection::close(connection.value());
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
        if (!query.exec()) return DocumentConnection::sqlError(query.lastError());
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
                                         .arg(DocumentConnection::sqlError(query.lastError())),
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
    if (!db.transaction()) return fail(DocumentConnection::sqlError(db.lastError()));
    Status done = work();
    if (done && !db.commit()) done = fail(DocumentConnection::sqlError(db.lastError()));
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
        query.addBindValue(DocumentConnection::notNull(value));
        if (!query.exec()) return fail(DocumentConnection::sqlError(query.lastError()));
        return {};
    });
}

Result<QString> DocumentStore::meta(const QString& key) const {
    QSqlQuery query(QSqlDatabase::database(m_connectionName, false));
    query.prepare(QStringLiteral("SELECT value FROM meta WHERE key = ?"));
    query.addBindValue(key);
    if (!query.exec())
        return Result<QString>::failure(
            tr("cannot be read: %1").arg(DocumentConnection::sqlError(query.lastError())), m_path);
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
        if (!query.exec()) return fail(DocumentConnection::sqlError(query.lastError()));
        return {};
    });
}

Status DocumentStore::removeValue(const QString& nodeId, const QString& key) {
    return inTransaction([&]() -> Status {
        QSqlQuery query(QSqlDatabase::database(m_connectionName, false));
        query.prepare(QStringLiteral("DELETE FROM value WHERE node = ? AND field = ?"));
        query.addBindValue(nodeId);
        query.addBindValue(key);
        if (!query.exec()) return fail(DocumentConnection::sqlError(query.lastError()));
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
            if (!shift.exec()) return fail(DocumentConnection::sqlError(shift.lastError()));

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
        if (!query.exec() || !query.next())
            return fail(DocumentConnection::sqlError(query.lastError()));
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
            if (!removeValues.exec())
                return fail(DocumentConnection::sqlError(removeValues.lastError()));
            if (!removeNode.exec())
                return fail(DocumentConnection::sqlError(removeNode.lastError()));
        }
        QSqlQuery shift(db);
        shift.prepare(QStringLiteral("UPDATE node SET position = position - 1 "
                                     "WHERE parent = ? AND role = ? AND position > ?"));
        shift.addBindValue(parent);
        shift.addBindValue(role);
        shift.addBindValue(position);
        if (!shift.exec()) return fail(DocumentConnection::sqlError(shift.lastError()));
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
            if (!query.exec()) return fail(DocumentConnection::sqlError(query.lastError()));
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
        return R::failure(tr("the versions cannot be read: %1")
                              .arg(DocumentConnection::sqlError(query.lastError())),
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
        query.addBindValue(DocumentConnection::notNull(name));
        query.addBindValue(created.toString(Qt::ISODate));
        if (!query.exec()) return fail(DocumentConnection::sqlError(query.lastError()));
        for (const char* copy :
             {"INSERT INTO version_node SELECT ?, id, kind, parent, role, position FROM node",
              "INSERT INTO version_value SELECT ?, node, field, text FROM value"}) {
            query.prepare(QLatin1String(copy));
            query.addBindValue(id);
            if (!query.exec()) return fail(DocumentConnection::sqlError(query.lastError()));
        }
        return {};
    });
    if (!saved) return saved.error();
    return id;
}

Result<DocumentTree> DocumentStore::versionContent(const QString& versionId) const {
    if (m_formatVersion < 2) return Result<DocumentTree>::failure(tr("no such version"), m_path);
    Result<DocumentTree> tree =
        ElementRows::read(m_connectionName, m_path, versionId, m_formatVersion);
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
            return fail(DocumentConnection::sqlError(query.lastError()));
        if (!tree.node(tree.rootId)) return fail(tr("the content has no root"));
        if (const QString failure = ElementRows(db).writeTree(tree); !failure.isEmpty())
            return fail(failure);
        return {};
    });
}

} // namespace kasibi
