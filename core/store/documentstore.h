#pragma once

#include "core/model/accessmode.h"
#include "core/model/documenttree.h"
#include "core/model/result.h"
#include "core/store/registrylink.h"
#include "core/store/versioninfo.h"

#include <functional>
#include <memory>
#include <optional>
#include <QCoreApplication>
#include <QLockFile>
#include <QSqlDatabase>

namespace kasibi {

// One standard in one SQLite file (.kasibi). Every change is its own committed transaction
// (WAL, synchronous=FULL), so what was entered survives a crash or a power cut. A file from
// elsewhere is untrusted: it is checked read-only, with SQLite's defensive settings, before
// anything is written to it, and a file that fails a check is never written.
class DocumentStore {
    Q_DECLARE_TR_FUNCTIONS(DocumentStore)
public:
    static constexpr quint32 ApplicationId = 0x4B534249; // "KSBI"
    static constexpr int FormatVersion = 3;              // see DocumentSchema::steps()
    static inline const QString Extension = QStringLiteral("kasibi");

    ~DocumentStore();
    DocumentStore(const DocumentStore&) = delete;
    DocumentStore& operator=(const DocumentStore&) = delete;

    static Result<std::unique_ptr<DocumentStore>> open(const QString& path, AccessMode mode);
    // Writes a new document file with the whole tree (and the registry version it matches, when
    // pulled from a registry); the path is untouched on failure.
    static Status create(const QString& path, const DocumentTree& tree, bool overwrite,
                         const std::optional<RegistryLink>& link = {});
    // Writes the whole document (content, comments, timeline, every saved version and the
    // registry link) to a new file, one self-contained file like a cleanly closed one; the path
    // is untouched on failure.
    Status saveCopy(const QString& path, bool overwrite) const;
    static bool looksLikeDocumentFile(const QString& path);
    static QString lockFilePath(const QString& path);

    const QString& path() const { return m_path; }
    bool isReadOnly() const { return m_readOnlyReason != ReadOnlyReason::None; }
    ReadOnlyReason readOnlyReason() const { return m_readOnlyReason; }
    QString readOnlyExplanation() const;

    // The content as read and checked when the file was opened; handed over once.
    DocumentTree takeContent();

    Status setValue(const QString& nodeId, const QString& key, const QString& value);
    Status removeValue(const QString& nodeId, const QString& key);
    Status insertSubtree(const QString& parentId, const QString& role, int index,
                         const QVector<Node>& subtree);
    // Several, one after another from `index`, in one transaction: all or none.
    Status insertSubtrees(const QString& parentId, const QString& role, int index,
                          const QVector<QVector<Node>>& subtrees);
    Status removeSubtree(const QVector<Node>& subtree);
    Status reorderChildren(const QString& parentId, const QString& role, const QStringList& order);
    // Replaces the whole content at once (restoring a version), in one transaction.
    Status replaceContent(const DocumentTree& tree);

    // The registry version the content matched when last published or pulled.
    const std::optional<RegistryLink>& registryLink() const { return m_registryLink; }
    Status setRegistryLink(const RegistryLink& link);
    // A fact about the file that is not part of the standard (that it is under review), kept in
    // the meta table: an empty string when not set; an empty value removes it.
    Result<QString> meta(const QString& key) const;
    Status setMeta(const QString& key, const QString& value);

    // Copies the changes the write-ahead log holds into the document file itself, so that the
    // .kasibi alone, copied by any program, holds every change made so far. True when it does;
    // false when a reader elsewhere held part of the log back (try again later).
    Result<bool> checkpoint();

    Result<QVector<VersionInfo>> versions() const;
    Result<QString> saveVersion(const QString& name, const QDateTime& created);
    Result<DocumentTree> versionContent(const QString& versionId) const;

private:
    DocumentStore() = default;

    static Status writeThroughTemporary(const QString& path, bool overwrite,
                                        const std::function<QString(const QString&)>& write);
    Status ensureWritable() const;
    Status inTransaction(const std::function<Status()>& work);
    Status fail(const QString& what) const;

    QString m_path;
    QString m_connectionName;
    QString m_lockHolder;
    ReadOnlyReason m_readOnlyReason = ReadOnlyReason::None;
    int m_formatVersion = FormatVersion;
    std::unique_ptr<QLockFile> m_lock;
    DocumentTree m_loaded;
    std::optional<RegistryLink> m_registryLink;
};

} // namespace kasibi
