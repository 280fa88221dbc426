#pragma once

#include "core/model/documenttree.h"
#include "core/model/result.h"
#include "core/registry/registryconnection.h"
#include "core/registry/registryrecords.h"

#include <memory>
#include <optional>
#include <QCoreApplication>
#include <QJsonObject>

namespace kasibi {

// A registry of standards on PostgreSQL: every published version stored whole, one transaction
// per publish, no silent overwrite of someone else's newer version. What an account may do is
// decided by the database (roles and row-level security); a refusal comes back as a sentence.
class Registry {
    Q_DECLARE_TR_FUNCTIONS(Registry)
public:
    // Opens a registry of this program's schema: an empty database, an older schema (run
    // upgrade) and a newer one are refused.
    static Result<std::unique_ptr<Registry>>
    open(const QString& address,
         int statementTimeoutSeconds = RegistryConnection::StatementTimeoutSeconds);
    // Makes a registry in an empty database; returns the schema version reached.
    static Result<int> initialize(const QString& address);
    // Brings a registry to this program's schema; returns the version reached.
    static Result<int> upgrade(const QString& address);

    const QString& id() const { return m_id; }
    const QString& account() const { return m_account; }
    const QString& where() const { return m_connection->where(); }
    QSqlDatabase database() const { return m_connection->database(); }
    const RegistryConnection& connection() const { return *m_connection; }

    // The version published since the one the document came from, if any: publishing then
    // would overwrite someone else's work.
    Result<std::optional<PublishedVersion>> newerThan(const DocumentTree& tree,
                                                      const std::optional<RegistryLink>& base);
    // Stores the content as the next version of its standard; refused when newerThan() has one.
    Result<PublishedVersion> publish(const DocumentTree& tree,
                                     const std::optional<RegistryLink>& base);
    // A version (the latest when 0) of a standard.
    Result<PulledStandard> pull(const QString& standardId, int version = 0);
    Result<QVector<RegisteredStandard>> list();
    // The latest versions of the standards due for update in a year (their planned update, or
    // rule 16's three years from their release when none is planned): the yearly plan's rows.
    Result<QVector<DocumentTree>> dueIn(int year);

    // A reviewer's remark on an element of a published version, and the Appendix 3 conclusion.
    Status addComment(const QString& standardId, int version, const QString& elementId,
                      const QString& text);
    Status addConclusion(const QString& standardId, int version, const QJsonObject& conclusion);

    // The review in a document (its comments and its Appendix 3 conclusion, as the interchange
    // JSON has them), added to the published version the document matches, all or nothing.
    Result<SentReview> sendReview(const DocumentTree& tree, int version);

    // "version 3 of B07102012, published by aigerim on 30.11.2026 04:12" as a stale publish says.
    static QString staleMessage(const PublishedVersion& newer, int base);

private:
    explicit Registry(std::unique_ptr<RegistryConnection> connection)
        : m_connection(std::move(connection)) {}
    static Result<int> migrate(const QString& address, bool creating);
    Error failure(const QSqlError& error, const QString& action) const;
    Result<PublishedVersion> version(const QString& standardId, int version) const;
    Result<QString> organisationFor(const DocumentTree& tree);

    std::unique_ptr<RegistryConnection> m_connection;
    QString m_id;
    QString m_account; // the login, as refusals name it
};

} // namespace kasibi
