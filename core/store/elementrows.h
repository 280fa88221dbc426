#pragma once

#include "core/model/documenttree.h"
#include "core/model/result.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QSqlQuery>

namespace kasibi {

// Writes elements and their values: the one place the rows of node and value are made; and reads
// them back into a tree, checking each row, since a file from elsewhere may hold anything.
class ElementRows {
    Q_DECLARE_TR_FUNCTIONS(DocumentStore)
public:
    explicit ElementRows(const QSqlDatabase& db);

    // The element with its place; an empty parent makes it the root. Returns SQLite's complaint.
    QString write(const Node& node, const QString& parentId, const QString& role, int position);
    // A whole tree, each element at its place in it.
    QString writeTree(const DocumentTree& tree);

    // The content (an empty versionId) or a saved version, as stored in a file of formatVersion.
    static Result<DocumentTree> read(const QString& connectionName, const QString& path,
                                     const QString& versionId, int formatVersion);

private:
    QSqlQuery m_node;
    QSqlQuery m_value;
};

} // namespace kasibi
