#pragma once

#include "core/model/accessmode.h"
#include "core/model/documenttree.h"
#include "core/model/result.h"
#include "core/store/documentstore.h"

#include <memory>
#include <optional>
#include <QObject>

namespace kasibi {

// An open standard: its content in memory and its file. Every change goes through here: it is
// checked against the schema, committed to the file, applied to the tree, and announced.
// A change the file refuses is not applied at all.
class StandardDocument : public QObject {
    Q_OBJECT
public:
    ~StandardDocument() override;

    static Result<std::unique_ptr<StandardDocument>> open(const QString& path,
                                                          AccessMode mode = AccessMode::ReadWrite);
    // Writes the tree as a new document file and opens it for editing.
    static Result<std::unique_ptr<StandardDocument>>
    create(const QString& path, const DocumentTree& tree, bool overwrite = false);

    const DocumentTree& tree() const { return m_tree; }
    QString path() const { return m_store->path(); }
    bool isReadOnly() const { return m_store->isReadOnly(); }
    QString readOnlyExplanation() const { return m_store->readOnlyExplanation(); }

    // Review mode: the content is frozen, while comments and the conclusion stay editable,
    // so that a reviewer cannot change the draft by accident. Kept in the file, so that the
    // document reopens under review until someone ends the review (in memory only when the
    // file is read-only).
    Status setReviewMode(bool on);
    bool isReviewMode() const { return m_reviewMode; }
    // Whether an edit of this element (or of one of its child lists) is allowed now.
    bool isEditable(const QString& nodeId, const QString& fieldOrRole = {}) const;

    // An empty optional removes the value (a cleared field).
    Status setValue(const QString& nodeId, const QString& field, const QString& language,
                    const std::optional<QString>& value);
    // Builds an empty element of the kind the role takes, with the values a new one needs.
    Result<QVector<Node>> newElement(const QString& parentId, const QString& role) const;
    Status insertSubtree(const QString& parentId, const QString& role, int index,
                         const QVector<Node>& subtree);
    // Several at once, one after another from `index`, in one transaction (all or none).
    Status insertSubtrees(const QString& parentId, const QString& role, int index,
                          const QVector<QVector<Node>>& subtrees);
    Result<QVector<Node>> removeSubtree(const QString& nodeId);
    Status moveChild(const QString& nodeId, int newIndex);
    // Replaces everything at once: restoring a version, or undoing that.
    Status replaceContent(const DocumentTree& tree);

    // The registry version the content matched when last published or pulled.
    const std::optional<RegistryLink>& registryLink() const { return m_store->registryLink(); }
    Status setRegistryLink(const RegistryLink& link) { return m_store->setRegistryLink(link); }
    // The file alone (without its -wal side file) holds every change made so far: true when it
    // does now. Called a second after typing stops, on Save, when the user leaves the
    // application, and before an export, a version or Save As.
    Result<bool> checkpoint() { return m_store->checkpoint(); }
    // Save As: the whole document, versions included, in a new file, opened for editing.
    Result<std::unique_ptr<StandardDocument>> saveCopy(const QString& path,
                                                       bool overwrite = false) const;

    Result<QVector<VersionInfo>> versions() const { return m_store->versions(); }
    Result<QString> saveVersion(const QString& name);
    Result<DocumentTree> versionContent(const QString& versionId) const {
        return m_store->versionContent(versionId);
    }

signals:
    void valueChanged(const QString& nodeId, const QString& field, const QString& language);
    void childrenChanged(const QString& parentId, const QString& role);
    void contentReset();
    void versionsChanged();
    void reviewModeChanged(bool on);
    void changed();

private:
    StandardDocument(std::unique_ptr<DocumentStore> store, DocumentTree tree);
    Status ensureEditable(const QString& nodeId, const QString& fieldOrRole) const;
    // The places (Field::CommentPlace) the comments on an element and inside it keep, where
    // they differ from the ones the tree gives now.
    struct PlaceUpdate {
        QString comment;
        QString language;
        QString place;
    };
    QVector<PlaceUpdate> commentPlaceUpdates(const QString& elementId) const;
    Status keepCommentPlaces(const QVector<PlaceUpdate>& updates);

    std::unique_ptr<DocumentStore> m_store;
    DocumentTree m_tree;
    bool m_reviewMode = false;
};

} // namespace kasibi
