#include "core/registry/registry.h"

#include "core/model/displaytime.h"

#include "core/format/jsonstandardreader.h"
#include "core/format/jsonstandardwriter.h"
#include "core/lifecycle/standardstatus.h"
#include "core/model/schema.h"
#include "core/registry/registrycheck.h"
#include "core/registry/registrymigrations.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

namespace kasibi {

namespace {

const QString kNotAllowed = QStringLiteral("42501");      // insufficient_privilege (grants, RLS)
const QString kUniqueViolation = QStringLiteral("23505"); // someone made the same row first
const QString kNotNextVersion = QStringLiteral("KS001");  // raised by kasibi.index_version()

bool isUuid(const QString& text) {
    return !QUuid::fromString(text).isNull();
}

} // namespace

Result<int> Registry::migrate(const QString& address, bool creating) {
    // A migration of a large registry may rightly take longer than a read is given.
    auto connection = RegistryConnection::open(address, 0);
    if (!connection) return connection.error();
    const QString where = connection.value()->where();
    const QSqlDatabase db = connection.value()->database();
    Result<int> current = RegistryMigrations::schemaVersion(db);
    if (!current) return Result<int>::failure(current.error().message, where);
    if (creating && current.value() > 0)
        return Result<int>::failure(
            tr("this database already holds a registry (schema %1); to bring it up to date, "
               "use registry upgrade")
                .arg(current.value()),
            where);
    if (!creating && current.value() == 0)
        return Result<int>::failure(
            tr("this database holds no registry; make one with registry init"), where);
    Result<int> reached = RegistryMigrations::apply(db);
    if (!reached) return Result<int>::failure(reached.error().message, where);
    return reached;
}

Result<int> Registry::initialize(const QString& address) {
    return migrate(address, true);
}

Result<int> Registry::upgrade(const QString& address) {
    return migrate(address, false);
}

Result<std::unique_ptr<Registry>> Registry::open(const QString& address,
                                                 int statementTimeoutSeconds) {
    using R = Result<std::unique_ptr<Registry>>;
    auto connection = RegistryConnection::open(address, statementTimeoutSeconds);
    if (!connection) return connection.error();
    std::unique_ptr<Registry> registry(new Registry(std::move(connection.value())));
    const QString where = registry->where();
    Result<int> version = RegistryMigrations::schemaVersion(registry->database());
    if (!version) return R::failure(version.error().message, where);
    if (version.value() == 0)
        return R::failure(tr("this database holds no registry; make one with registry init"),
                          where);
    if (version.value() > RegistryMigrations::latestVersion())
        return R::failure(RegistryMigrations::newerMessage(version.value()), where);
    if (version.value() < RegistryMigrations::latestVersion())
        return R::failure(tr("the registry has an older schema (%1; this version of Kasibi uses "
                             "%2); its administrator brings it up to date with registry upgrade")
                              .arg(version.value())
                              .arg(RegistryMigrations::latestVersion()),
                          where);
    QSqlQuery query(registry->database());
    if (!query.exec(QStringLiteral("SELECT id FROM kasibi.registry")) || !query.next())
        return R::failure(tr("the registry cannot be read: %1")
                              .arg(RegistryConnection::reason(query.lastError())),
                          where);
    registry->m_id = query.value(0).toString();
    if (!query.exec(QStringLiteral("SELECT session_user")) || !query.next())
        return R::failure(RegistryConnection::reason(query.lastError()), where);
    registry->m_account = query.value(0).toString();
    return registry;
}

Error Registry::failure(const QSqlError& error, const QString& action) const {
    if (RegistryConnection::state(error) == kNotAllowed)
        return Error{tr("your account (%1) may not %2").arg(m_account, action), where()};
    return Error{
        tr("the registry refused to %1: %2").arg(action, RegistryConnection::reason(error)),
        where()};
}

QString Registry::staleMessage(const PublishedVersion& newer, int base) {
    const QString when = DisplayTime::dateTime(newer.publishedAt.toLocalTime());
    const QString from = base > 0 ? tr("version %1").arg(base) : tr("no registered version");
    return tr("publishing is refused: version %1 of this standard was published by %2 on %3, "
              "after the version this document comes from (%4); pull version %1 and compare it "
              "with yours first")
        .arg(newer.version)
        .arg(newer.publishedBy, when, from);
}

Result<PublishedVersion> Registry::version(const QString& standardId, int number) const {
    using R = Result<PublishedVersion>;
    QSqlQuery query(database());
    query.prepare(QStringLiteral("SELECT published_by, published_at FROM kasibi.standard_version "
                                 "WHERE standard = ?::uuid AND version = ?"));
    query.addBindValue(standardId);
    query.addBindValue(number);
    if (!query.exec()) return failure(query.lastError(), tr("read the standard's versions"));
    if (!query.next())
        return R::failure(
            tr("the registry has no version %1 of standard %2").arg(number).arg(standardId),
            where());
    return PublishedVersion{standardId, number, query.value(0).toString(),
                            query.value(1).toDateTime()};
}

Result<std::optional<PublishedVersion>>
Registry::newerThan(const DocumentTree& tree, const std::optional<RegistryLink>& base) {
    using R = Result<std::optional<PublishedVersion>>;
    const QString standardId = tree.standardId();
    const int baseVersion =
        base && base->registryId == m_id && base->standardId == standardId ? base->version : 0;
    QSqlQuery query(database());
    query.prepare(QStringLiteral("SELECT latest_version FROM kasibi.standard WHERE id = ?::uuid"));
    query.addBindValue(standardId);
    if (!query.exec()) return failure(query.lastError(), tr("read the registry"));
    if (!query.next()) return std::optional<PublishedVersion>();
    const int latest = query.value(0).toInt();
    if (latest == baseVersion) return std::optional<PublishedVersion>();
    if (latest < baseVersion)
        return R::failure(tr("the document says it matches version %1 of its standard, which this "
                             "registry does not have (its latest is %2)")
                              .arg(baseVersion)
                              .arg(latest),
                          where());
    Result<PublishedVersion> newer = version(standardId, latest);
    if (!newer) return newer.error();
    return std::optional<PublishedVersion>(newer.value());
}

Result<QString> Registry::organisationFor(const DocumentTree& tree) {
    using R = Result<QString>;
    QSqlQuery query(database());
    if (!query.exec(QStringLiteral("SELECT kasibi.my_organisation()")) || !query.next())
        return failure(query.lastError(), tr("read the registry's accounts"));
    if (!query.value(0).isNull()) return query.value(0).toString();
    // An account with no organisation: the registry's administrator, publishing for the
    // developer the standard names (the database refuses anyone else).
    const QStringList developers = tree.children(tree.standardId(), Role::Developers);
    QString name;
    if (!developers.isEmpty()) {
        const LocalizedText developer = tree.text(developers.first(), Field::Name);
        name = developer.in(QStringLiteral("ru")).trimmed();
        if (name.isEmpty()) name = developer.in(QStringLiteral("kk")).trimmed();
    }
    if (name.isEmpty())
        return R::failure(tr("the standard names no developer organisation, and your account "
                             "(%1) belongs to none")
                              .arg(m_account),
                          where());
    query.prepare(QStringLiteral("INSERT INTO kasibi.organisation (id, name) VALUES (?, ?) "
                                 "ON CONFLICT (id) DO NOTHING"));
    query.addBindValue(name);
    query.addBindValue(name);
    if (!query.exec())
        return RegistryConnection::state(query.lastError()) == kNotAllowed
                   ? R::failure(tr("your account (%1) may not publish standards: it is not an "
                                   "author of any organisation in this registry")
                                    .arg(m_account),
                                where())
                   : R(failure(query.lastError(), tr("register the organisation")));
    return name;
}

Result<PublishedVersion> Registry::publish(const DocumentTree& tree,
                                           const std::optional<RegistryLink>& base) {
    using R = Result<PublishedVersion>;
    const QString standardId = tree.standardId();
    if (!isUuid(standardId))
        return R::failure(tr("the standard's id %1 is not a UUID; export and import it to give "
                             "it one")
                              .arg(standardId),
                          where());
    const QByteArray content =
        QJsonDocument(JsonStandardWriter().toJson(tree)).toJson(QJsonDocument::Compact);
    const QString status = StandardStatus::of(tree).key;
    QSqlDatabase db = database();
    if (!db.transaction()) return failure(db.lastError(), tr("publish"));
    // Whatever goes wrong below, nothing of this version stays: the transaction is undone.
    auto refuse = [&](Error error) {
        db.rollback();
        return R(std::move(error));
    };
    const int baseVersion =
        base && base->registryId == m_id && base->standardId == standardId ? base->version : 0;
    QSqlQuery query(db);
    query.prepare(QStringLiteral("SELECT s.latest_version, o.name FROM kasibi.standard s JOIN "
                                 "kasibi.organisation o ON o.id = s.organisation "
                                 "WHERE s.id = ?::uuid"));
    query.addBindValue(standardId);
    if (!query.exec()) return refuse(failure(query.lastError(), tr("read the registry")));
    int latest = 0;
    QString organisationName;
    if (query.next()) {
        latest = query.value(0).toInt();
        organisationName = query.value(1).toString();
    } else {
        Result<QString> organisation = organisationFor(tree);
        if (!organisation) return refuse(organisation.error());
        query.prepare(
            QStringLiteral("INSERT INTO kasibi.standard (id, organisation) VALUES (?::uuid, ?)"));
        query.addBindValue(standardId);
        query.addBindValue(organisation.value());
        if (!query.exec()) {
            const QSqlError error = query.lastError();
            db.rollback();
            if (RegistryConnection::state(error) == kUniqueViolation)
                return publish(tree, base); // published by someone else just now: look again
            if (RegistryConnection::state(error) == kNotAllowed)
                return R::failure(tr("your account (%1) may not publish standards of "
                                     "organisation %2")
                                      .arg(m_account, organisation.value()),
                                  where());
            return failure(error, tr("publish"));
        }
        QSqlQuery name(db);
        name.prepare(QStringLiteral("SELECT name FROM kasibi.organisation WHERE id = ?"));
        name.addBindValue(organisation.value());
        organisationName =
            name.exec() && name.next() ? name.value(0).toString() : organisation.value();
    }
    if (latest != baseVersion) {
        db.rollback();
        Result<std::optional<PublishedVersion>> newer = newerThan(tree, base);
        if (!newer) return newer.error();
        if (!newer.value()) return publish(tree, base);
        return R::failure(staleMessage(*newer.value(), baseVersion), where());
    }
    // The same content and status again make no new version: the document just matches the
    // latest. A step of the timeline taken since is a new version, of the same content. Told in
    // the insert itself, so that the JSON (some 450 kB for a typical standard) travels and is
    // parsed once.
    query.prepare(QStringLiteral(
        "WITH given AS (SELECT CAST(? AS jsonb) AS content) "
        "INSERT INTO kasibi.standard_version (standard, version, code, content, status) "
        "SELECT ?::uuid, ?, ?, g.content, ? FROM given g WHERE NOT EXISTS (SELECT 1 FROM "
        "kasibi.standard_version v WHERE v.standard = ?::uuid AND v.version = ? AND "
        "v.content = g.content AND v.status = ?) "
        "RETURNING published_by, published_at"));
    query.addBindValue(QString::fromUtf8(content));
    query.addBindValue(standardId);
    query.addBindValue(latest + 1);
    query.addBindValue(tree.standardCode());
    query.addBindValue(status);
    query.addBindValue(standardId);
    query.addBindValue(latest);
    query.addBindValue(status);
    const bool executed = query.exec();
    if (executed && !query.next()) {
        query.prepare(QStringLiteral("SELECT published_by, published_at FROM "
                                     "kasibi.standard_version WHERE standard = ?::uuid AND "
                                     "version = ?"));
        query.addBindValue(standardId);
        query.addBindValue(latest);
        if (!query.exec() || !query.next())
            return refuse(failure(query.lastError(), tr("read the registry")));
        PublishedVersion same{standardId, latest, query.value(0).toString(),
                              query.value(1).toDateTime(), false};
        db.rollback();
        return same;
    }
    if (!executed) {
        const QSqlError error = query.lastError();
        db.rollback();
        const QString state = RegistryConnection::state(error);
        if (state == kNotAllowed)
            return R::failure(tr("your account (%1) may not publish standards of organisation %2")
                                  .arg(m_account, organisationName),
                              where());
        if (state == kNotNextVersion || state == kUniqueViolation) {
            // Someone published between our look and our insert.
            Result<std::optional<PublishedVersion>> newer = newerThan(tree, base);
            if (newer && newer.value())
                return R::failure(staleMessage(*newer.value(), baseVersion), where());
        }
        return failure(error, tr("publish"));
    }
    PublishedVersion published{standardId, latest + 1, query.value(0).toString(),
                               query.value(1).toDateTime()};
    if (!db.commit()) return refuse(failure(db.lastError(), tr("publish")));
    return published;
}

Result<PulledStandard> Registry::pull(const QString& standardId, int number) {
    using R = Result<PulledStandard>;
    if (!isUuid(standardId))
        return R::failure(
            tr("%1 is not a standard's id (a UUID, as registry list shows)").arg(standardId),
            where());
    QSqlQuery query(database());
    query.prepare(QStringLiteral(
        "SELECT v.version, v.content::text, v.published_by, v.published_at "
        "FROM kasibi.standard_version v JOIN kasibi.standard s ON s.id = v.standard "
        "WHERE v.standard = ?::uuid AND v.version = CASE WHEN ? > 0 THEN ? ELSE s.latest_version "
        "END"));
    query.addBindValue(standardId);
    query.addBindValue(number);
    query.addBindValue(number);
    if (!query.exec()) return failure(query.lastError(), tr("read the standard"));
    if (!query.next())
        return R::failure(
            number > 0
                ? tr("the registry has no version %1 of standard %2").arg(number).arg(standardId)
                : tr("the registry has no standard %1").arg(standardId),
            where());
    PulledStandard pulled;
    pulled.published = {standardId, query.value(0).toInt(), query.value(2).toString(),
                        query.value(3).toDateTime()};
    // Checked like any other interchange file: the registry's content is not trusted blindly.
    Result<DocumentTree> tree = JsonStandardReader().parse(query.value(1).toString().toUtf8(),
                                                           QStringLiteral("%1 (%2, version %3)")
                                                               .arg(where(), standardId)
                                                               .arg(pulled.published.version));
    if (!tree) return tree.error();
    pulled.tree = std::move(tree.value());
    pulled.link = {m_id, standardId, pulled.published.version};
    return pulled;
}

Result<QVector<RegisteredStandard>> Registry::list() {
    QSqlQuery query(database());
    query.setForwardOnly(true);
    if (!query.exec(QStringLiteral(
            "SELECT s.id, s.code, s.name_ru, s.name_kk, o.name, s.latest_version, v.published_by, "
            "v.published_at, s.release_year, s.planned_update, s.status FROM kasibi.standard s "
            "JOIN kasibi.organisation o ON o.id = s.organisation "
            "JOIN kasibi.standard_version v ON v.standard = s.id AND v.version = s.latest_version "
            "ORDER BY s.code, s.id")))
        return failure(query.lastError(), tr("read the registry"));
    QVector<RegisteredStandard> standards;
    while (query.next()) {
        RegisteredStandard standard;
        standard.id = query.value(0).toString();
        standard.code = query.value(1).toString();
        standard.nameRu = query.value(2).toString();
        standard.nameKk = query.value(3).toString();
        standard.organisation = query.value(4).toString();
        standard.latest = {standard.id, query.value(5).toInt(), query.value(6).toString(),
                           query.value(7).toDateTime()};
        standard.releaseYear = query.value(8).toInt();
        standard.plannedUpdate = query.value(9).toDate();
        standard.status = query.value(10).toString();
        standards << standard;
    }
    return standards;
}

Result<QVector<DocumentTree>> Registry::dueIn(int year) {
    QSqlQuery query(database());
    query.setForwardOnly(true);
    query.prepare(QStringLiteral(
        "SELECT s.id, v.content::text FROM kasibi.standard s JOIN kasibi.standard_version v "
        "ON v.standard = s.id AND v.version = s.latest_version "
        "WHERE extract(year FROM s.planned_update) = :year "
        "OR (s.planned_update IS NULL AND s.release_year + :years = :year) ORDER BY s.code, s.id"));
    query.bindValue(QStringLiteral(":year"), year);
    query.bindValue(QStringLiteral(":years"), RegistryCheck::UpdateYears);
    if (!query.exec()) return failure(query.lastError(), tr("read the registry"));
    QVector<DocumentTree> standards;
    while (query.next()) {
        Result<DocumentTree> tree = JsonStandardReader().parse(
            query.value(1).toString().toUtf8(),
            QStringLiteral("%1 (%2)").arg(where(), query.value(0).toString()));
        if (!tree) return tree.error();
        standards << std::move(tree.value());
    }
    return standards;
}

Status Registry::addComment(const QString& standardId, int number, const QString& elementId,
                            const QString& text) {
    QSqlQuery query(database());
    query.prepare(QStringLiteral("INSERT INTO kasibi.review_comment (standard, version, element, "
                                 "body) VALUES (?::uuid, ?, ?, ?)"));
    query.addBindValue(standardId);
    query.addBindValue(number);
    query.addBindValue(elementId);
    query.addBindValue(text);
    if (!query.exec()) return failure(query.lastError(), tr("comment on published standards"));
    return {};
}

Status Registry::addConclusion(const QString& standardId, int number,
                               const QJsonObject& conclusion) {
    QSqlQuery query(database());
    query.prepare(QStringLiteral("INSERT INTO kasibi.review_conclusion (standard, version, "
                                 "conclusion) VALUES (?::uuid, ?, ?::jsonb)"));
    query.addBindValue(standardId);
    query.addBindValue(number);
    query.addBindValue(QString::fromUtf8(QJsonDocument(conclusion).toJson(QJsonDocument::Compact)));
    if (!query.exec())
        return failure(query.lastError(), tr("give the conclusion on published standards"));
    return {};
}

Result<SentReview> Registry::sendReview(const DocumentTree& tree, int number) {
    using R = Result<SentReview>;
    const QString standardId = tree.standardId();
    const QJsonObject review =
        JsonStandardWriter().toJson(tree).value(QStringLiteral("review")).toObject();
    const QJsonArray comments = review.value(QStringLiteral("comments")).toArray();
    const QJsonObject conclusion = review.value(QStringLiteral("conclusion")).toObject();
    if (comments.isEmpty() && conclusion.isEmpty())
        return R::failure(tr("the document has no comments and no conclusion to send"), where());
    if (Result<PublishedVersion> exists = version(standardId, number); !exists)
        return exists.error();
    QSqlDatabase db = database();
    if (!db.transaction()) return failure(db.lastError(), tr("comment on published standards"));
    auto refuse = [&](const QSqlError& error, const QString& action) {
        db.rollback();
        return R(failure(error, action));
    };
    SentReview sent;
    QSqlQuery query(db);
    for (const QJsonValue& value : comments) {
        const QJsonObject comment = value.toObject();
        const QString text = comment.value(Field::Text).toString().trimmed();
        if (text.isEmpty()) continue;
        // The same remark on the same element by the same account is there once.
        query.prepare(QStringLiteral(
            "INSERT INTO kasibi.review_comment (standard, version, element, body) "
            "SELECT CAST(:standard AS uuid), :version, CAST(:element AS text), CAST(:body AS text) "
            "WHERE NOT EXISTS (SELECT FROM kasibi.review_comment WHERE standard = "
            "CAST(:standard AS uuid) AND version = :version AND element = CAST(:element AS text) "
            "AND body = CAST(:body AS text) AND author = current_user)"));
        query.bindValue(QStringLiteral(":standard"), standardId);
        query.bindValue(QStringLiteral(":version"), number);
        query.bindValue(QStringLiteral(":element"), comment.value(Field::TargetId).toString());
        query.bindValue(QStringLiteral(":body"), text);
        if (!query.exec()) return refuse(query.lastError(), tr("comment on published standards"));
        ++(query.numRowsAffected() > 0 ? sent.comments : sent.commentsAlreadyThere);
    }
    if (!conclusion.isEmpty()) {
        query.prepare(QStringLiteral("INSERT INTO kasibi.review_conclusion (standard, version, "
                                     "conclusion) VALUES (?::uuid, ?, ?::jsonb) "
                                     "ON CONFLICT (standard, version, author) DO NOTHING"));
        query.addBindValue(standardId);
        query.addBindValue(number);
        query.addBindValue(
            QString::fromUtf8(QJsonDocument(conclusion).toJson(QJsonDocument::Compact)));
        if (!query.exec())
            return refuse(query.lastError(), tr("give the conclusion on published standards"));
        sent.conclusion = query.numRowsAffected() > 0;
        sent.conclusionAlreadyThere = !sent.conclusion;
    }
    if (!db.commit()) return refuse(db.lastError(), tr("comment on published standards"));
    return sent;
}

} // namespace kasibi
