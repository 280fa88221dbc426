#include "core/classifier/classifierstore.h"

#include "core/classifier/classifiercodes.h"
#include "core/classifier/classifiercsvreader.h"
#include "core/classifier/classifierreaders.h"
#include "core/store/sqlitehardening.h"

#include <QAtomicInt>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>

namespace kasibi {

namespace {

const QStringList kCreateStatements = {
    QStringLiteral("CREATE TABLE edition (id INTEGER PRIMARY KEY, classifier TEXT NOT NULL, "
                   "name TEXT NOT NULL, date TEXT NOT NULL, source TEXT NOT NULL, "
                   "checksum TEXT NOT NULL, loaded_at TEXT NOT NULL, builtin INTEGER NOT NULL, "
                   "UNIQUE (classifier, name))"),
    QStringLiteral("CREATE TABLE entry (id INTEGER PRIMARY KEY, edition INTEGER NOT NULL "
                   "REFERENCES edition (id), code TEXT NOT NULL, parent TEXT NOT NULL, "
                   "level INTEGER NOT NULL, name_kk TEXT NOT NULL, name_ru TEXT NOT NULL, "
                   "UNIQUE (edition, code))"),
    // Word search: one row per entry (rowid = entry.id), both names case-folded by foldWords().
    // The prefix indexes keep search-as-you-type fast from the first letter.
    QStringLiteral("CREATE VIRTUAL TABLE entry_words USING fts5(words, tokenize = 'unicode61 "
                   "remove_diacritics 0', prefix = '1 2 3')"),
};

// Format 2. Substring search (rowid = entry.id, the same folded words): occupation names are
// compounds, and «сварщик» must find «Электрогазосварщик». And the edition the user chose to
// use, rather than only the one loaded last.
const QStringList kFormat2Statements = {
    QStringLiteral("CREATE VIRTUAL TABLE entry_grams USING fts5(words, tokenize = 'trigram')"),
    QStringLiteral("ALTER TABLE edition ADD COLUMN in_use INTEGER NOT NULL DEFAULT 0"),
    QStringLiteral("INSERT INTO entry_grams (rowid, words) SELECT rowid, words FROM entry_words"),
};

// Everything of one edition (bound: its id), in an order the references allow.
const QStringList kRemoveEditionStatements = {
    QStringLiteral("DELETE FROM entry_words WHERE rowid IN (SELECT id FROM entry WHERE "
                   "edition = ?)"),
    QStringLiteral("DELETE FROM entry_grams WHERE rowid IN (SELECT id FROM entry WHERE "
                   "edition = ?)"),
    QStringLiteral("DELETE FROM entry WHERE edition = ?"),
    QStringLiteral("DELETE FROM edition WHERE id = ?")};

// The edition in use comes first: the one the user chose, else the one loaded last, else the
// built-in one.
const QString kInUseOrder = QStringLiteral("in_use DESC, builtin, id DESC");

// The trigram index matches a term of three letters or more anywhere in a name.
constexpr int TrigramLength = 3;

struct BuiltIn {
    const char* resource;
    const char* date;
    const char* source;
};

BuiltIn builtIn(Classifier classifier) {
    if (classifier == Classifier::Oked)
        return {":/classifiers/oked-builtin.csv", "2019",
                "Kasibi: sections and divisions of GK RK 03-2019 (OKED), the structure of "
                "NACE Rev. 2; see resources/classifiers/README.md"};
    return {":/classifiers/nkz-builtin.csv", "2017",
            "Kasibi: major and sub-major groups of NK RK 01-2017 (NKZ), the structure of "
            "ISCO-08; see resources/classifiers/README.md"};
}

QString nextConnectionName() {
    static QAtomicInt counter;
    return QStringLiteral("kasibi-classifiers-%1").arg(counter.fetchAndAddRelaxed(1));
}

QString sqlError(const QSqlError& error) {
    return (error.databaseText().isEmpty() ? error.text() : error.databaseText()).trimmed();
}

QString checksumOf(const QVector<ClassifierEntry>& entries) {
    QCryptographicHash hash(QCryptographicHash::Sha256);
    for (const ClassifierEntry& entry : entries)
        hash.addData(QStringList{entry.code, entry.nameKk, entry.nameRu}
                         .join(QChar(0x1F))
                         .append(QChar(0x1E))
                         .toUtf8());
    return QString::fromLatin1(hash.result().toHex());
}

bool looksLikeCode(Classifier classifier, const QString& query) {
    static const QRegularExpression digits(QStringLiteral("^[0-9][0-9.\\-]*$"));
    // A section letter typed in either case; only a Latin letter is one (toUpper() makes 'S' of
    // the long s).
    const bool sectionLetter = query.size() == 1 && query.at(0).unicode() < 0x80 &&
                               ClassifierCodes::hasForm(Classifier::Oked, 1, query.toUpper());
    return digits.match(query).hasMatch() || (classifier == Classifier::Oked && sectionLetter);
}

QStringList queryWords(const QString& query) {
    static const QRegularExpression separators(QStringLiteral("[^\\p{L}\\p{N}]+"));
    return ClassifierStore::foldWords(query).split(separators, Qt::SkipEmptyParts);
}

// How an FTS5 query takes each word of the query: the whole word, a word beginning with it, or
// (in entry_grams) the letters anywhere in a word.
enum class Match { WholeWord, Prefix, Substring };

QString wordQuery(const QString& query, Match match) {
    QStringList terms;
    for (const QString& word : queryWords(query)) {
        if (match == Match::Substring && word.size() < TrigramLength) continue;
        terms << QLatin1Char('"') + word + QLatin1Char('"') +
                     (match == Match::Prefix ? QStringLiteral("*") : QString());
    }
    return terms.join(QLatin1Char(' '));
}

// A null QString binds as SQL NULL; the columns hold "" for "none".
QVariant text(const QString& value) {
    return value.isNull() ? QVariant(QStringLiteral("")) : QVariant(value);
}

ClassifierEntry entryOf(const QSqlQuery& query) {
    // Columns: code, parent, level, name_kk, name_ru
    return ClassifierEntry{query.value(0).toString(), query.value(1).toString(),
                           query.value(2).toInt(), query.value(3).toString(),
                           query.value(4).toString()};
}

} // namespace

QString ClassifierStore::defaultPath() {
    return QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation) +
           QStringLiteral("/kasibi/classifiers.sqlite");
}

QString ClassifierStore::builtInEditionName(Classifier classifier) {
    return classifier == Classifier::Oked
               ? QStringLiteral("Kasibi built-in (sections and divisions)")
               : QStringLiteral("Kasibi built-in (major and sub-major groups)");
}

QString ClassifierStore::foldWords(const QString& text) {
    QString folded = text.toCaseFolded();
    folded.replace(QChar(0x0451), QChar(0x0435)); // ё is written е as often as not
    return folded;
}

Result<std::unique_ptr<ClassifierStore>> ClassifierStore::open(const QString& path) {
    using R = Result<std::unique_ptr<ClassifierStore>>;
    if (!QDir().mkpath(QFileInfo(path).absolutePath()))
        return R::failure(tr("cannot create the folder of the classifier store"), path);
    std::unique_ptr<ClassifierStore> store(new ClassifierStore);
    store->m_path = path;
    store->m_connectionName = nextConnectionName();
    {
        QSqlDatabase db =
            QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), store->m_connectionName);
        db.setDatabaseName(path);
        db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
        if (!db.open())
            return R::failure(tr("cannot be opened: %1").arg(sqlError(db.lastError())), path);
        if (Status hardened = SqliteHardening::apply(db); !hardened)
            return R::failure(hardened.error().message, path);
        QSqlQuery query(db);
        if (!query.exec(QStringLiteral("PRAGMA application_id")) || !query.next())
            return R::failure(tr("cannot be read: %1").arg(sqlError(query.lastError())), path);
        const quint32 applicationId = quint32(query.value(0).toLongLong());
        query.exec(QStringLiteral("PRAGMA user_version"));
        const int version = query.next() ? query.value(0).toInt() : 0;
        query.finish(); // WAL cannot be switched on while a statement is open
        if (applicationId == 0 && version == 0) {
            if (Status created = store->create(); !created) return created.error();
        } else if (applicationId != ApplicationId) {
            return R::failure(tr("this is not a Kasibi classifier store"), path);
        } else if (version > FormatVersion) {
            return R::failure(tr("the classifier store was written by a newer Kasibi (format "
                                 "%1; this version reads up to %2)")
                                  .arg(version)
                                  .arg(FormatVersion),
                              path);
        }
        if (version == 1)
            if (Status upgraded = store->upgradeFromFormat1(); !upgraded) return upgraded.error();
    }
    for (Classifier classifier : {Classifier::Oked, Classifier::Nkz})
        if (Status seeded = store->seedBuiltIn(classifier); !seeded) return seeded.error();
    return store;
}

ClassifierStore::~ClassifierStore() {
    if (m_connectionName.isEmpty()) return;
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        if (db.isValid()) db.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
}

Status ClassifierStore::fail(const QString& what) const {
    return Status::failure(what, m_path);
}

Status ClassifierStore::create() {
    QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
    QSqlQuery query(db);
    if (!query.exec(QStringLiteral("PRAGMA journal_mode = WAL")))
        return fail(tr("cannot be written: %1").arg(sqlError(query.lastError())));
    if (!db.transaction()) return fail(tr("cannot be written: %1").arg(sqlError(db.lastError())));
    QStringList statements = kCreateStatements + kFormat2Statements;
    statements << QStringLiteral("PRAGMA application_id = %1").arg(qint32(ApplicationId))
               << QStringLiteral("PRAGMA user_version = %1").arg(FormatVersion);
    for (const QString& statement : statements)
        if (!query.exec(statement)) {
            const QString reason = sqlError(query.lastError());
            db.rollback();
            if (statement.contains(QLatin1String("fts5")))
                return fail(tr("this SQLite has no full-text search (FTS5), which the "
                               "classifier look-up needs: %1")
                                .arg(reason));
            return fail(tr("cannot be written: %1").arg(reason));
        }
    if (!db.commit()) return fail(tr("cannot be written: %1").arg(sqlError(db.lastError())));
    return {};
}

Status ClassifierStore::upgradeFromFormat1() {
    QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
    if (!db.transaction()) return fail(tr("cannot be written: %1").arg(sqlError(db.lastError())));
    QSqlQuery query(db);
    QStringList statements = kFormat2Statements;
    statements << QStringLiteral("PRAGMA user_version = 2");
    for (const QString& statement : statements)
        if (!query.exec(statement)) {
            const QString reason = sqlError(query.lastError());
            db.rollback();
            return fail(tr("cannot be brought up to date: %1").arg(reason));
        }
    if (!db.commit()) return fail(tr("cannot be written: %1").arg(sqlError(db.lastError())));
    return {};
}

Status ClassifierStore::seedBuiltIn(Classifier classifier) {
    const BuiltIn shipped = builtIn(classifier);
    Result<QVector<ClassifierEntry>> entries =
        ClassifierCsvReader().read(QLatin1String(shipped.resource), classifier);
    if (!entries) return entries.error(); // a broken build, not a user's problem to fix
    const QString checksum = checksumOf(entries.value());
    QSqlQuery query(QSqlDatabase::database(m_connectionName, false));
    query.prepare(
        QStringLiteral("SELECT checksum FROM edition WHERE classifier = ? AND builtin = 1"));
    query.addBindValue(classifierName(classifier));
    if (!query.exec()) return fail(tr("cannot be read: %1").arg(sqlError(query.lastError())));
    if (query.next() && query.value(0).toString() == checksum) return {};
    query.finish();
    ClassifierEdition edition;
    edition.classifier = classifier;
    edition.name = builtInEditionName(classifier);
    edition.date = QLatin1String(shipped.date);
    edition.source = QLatin1String(shipped.source);
    edition.builtIn = true;
    Result<ClassifierEdition> loaded = load(edition, entries.value(), IfLoaded::Replace);
    if (!loaded) return loaded.error();
    return {};
}

Result<ClassifierEdition> ClassifierStore::load(const ClassifierEdition& edition,
                                                const QVector<ClassifierEntry>& entries,
                                                IfLoaded ifLoaded) {
    using R = Result<ClassifierEdition>;
    const QString classifier = classifierName(edition.classifier);
    const QString title = classifierTitle(edition.classifier);
    if (edition.name.trimmed().isEmpty()) return R::failure(tr("the edition needs a name"), m_path);
    if (entries.isEmpty()) return R::failure(tr("the edition holds no entries"), m_path);
    QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
    const QString checksum = checksumOf(entries);
    const auto sqlFailure = [&](const QSqlQuery& query) {
        const QString reason = sqlError(query.lastError());
        db.rollback();
        return R::failure(tr("cannot be written: %1").arg(reason), m_path);
    };

    if (!db.transaction())
        return R::failure(tr("cannot be written: %1").arg(sqlError(db.lastError())), m_path);
    QSqlQuery query(db);
    query.prepare(QStringLiteral("SELECT id, name, checksum FROM edition WHERE classifier = ? "
                                 "AND (name = ? OR checksum = ?)"));
    query.addBindValue(classifier);
    query.addBindValue(edition.name);
    query.addBindValue(checksum);
    if (!query.exec()) return sqlFailure(query);
    QVector<qint64> replaced;
    while (query.next()) {
        const QString name = query.value(1).toString();
        if (name != edition.name && !edition.builtIn) {
            db.rollback();
            return R::failure(tr("the same entries are already loaded as the %1 edition \"%2\"; "
                                 "nothing was loaded")
                                  .arg(title, name),
                              m_path);
        }
        if (name == edition.name && ifLoaded == IfLoaded::Refuse) {
            db.rollback();
            return R::failure(tr("the %1 edition \"%2\" is already loaded; nothing was loaded "
                                 "(use --replace to load it again in its place)")
                                  .arg(title, name),
                              m_path);
        }
        if (name == edition.name) replaced << query.value(0).toLongLong();
    }
    // The built-in edition is replaced whatever its name was in an older Kasibi.
    if (edition.builtIn) {
        query.prepare(
            QStringLiteral("SELECT id FROM edition WHERE classifier = ? AND builtin = 1"));
        query.addBindValue(classifier);
        if (!query.exec()) return sqlFailure(query);
        while (query.next())
            replaced << query.value(0).toLongLong();
    }
    for (qint64 id : replaced) {
        for (const QString& statement : kRemoveEditionStatements) {
            query.prepare(statement);
            query.addBindValue(id);
            if (!query.exec()) return sqlFailure(query);
        }
    }
    // The edition loaded last is the one in use (the built-in one only when it is alone).
    if (!edition.builtIn) {
        query.prepare(QStringLiteral("UPDATE edition SET in_use = 0 WHERE classifier = ?"));
        query.addBindValue(classifier);
        if (!query.exec()) return sqlFailure(query);
    }

    ClassifierEdition stored = edition;
    stored.loadedAt = QDateTime::currentDateTimeUtc();
    stored.entryCount = int(entries.size());
    stored.deepestLevel = 0;
    query.prepare(QStringLiteral("INSERT INTO edition (classifier, name, date, source, checksum, "
                                 "loaded_at, builtin, in_use) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"));
    for (const QVariant& value :
         {QVariant(classifier), text(stored.name), text(stored.date), text(stored.source),
          QVariant(checksum), QVariant(stored.loadedAt.toString(Qt::ISODateWithMs)),
          QVariant(int(stored.builtIn)), QVariant(int(!stored.builtIn))})
        query.addBindValue(value);
    if (!query.exec()) return sqlFailure(query);
    const qint64 editionId = query.lastInsertId().toLongLong();

    QSqlQuery insertEntry(db);
    insertEntry.prepare(QStringLiteral("INSERT INTO entry (edition, code, parent, level, name_kk, "
                                       "name_ru) VALUES (?, ?, ?, ?, ?, ?)"));
    QSqlQuery insertWords(db);
    insertWords.prepare(QStringLiteral("INSERT INTO entry_words (rowid, words) VALUES (?, ?)"));
    QSqlQuery insertGrams(db);
    insertGrams.prepare(QStringLiteral("INSERT INTO entry_grams (rowid, words) VALUES (?, ?)"));
    QSet<QString> codes;
    for (const ClassifierEntry& entry : entries) {
        // Entries may come from elsewhere than our reader: their level and parent are ours.
        const int level = ClassifierCodes::level(edition.classifier, entry.code);
        if (level == 0) {
            db.rollback();
            return R::failure(
                tr("\"%1\" is not a code of %2; nothing was loaded").arg(entry.code, title),
                m_path);
        }
        if (codes.contains(entry.code)) {
            db.rollback();
            return R::failure(tr("the code %1 appears twice; nothing was loaded").arg(entry.code),
                              m_path);
        }
        codes.insert(entry.code);
        stored.deepestLevel = qMax(stored.deepestLevel, level);
        insertEntry.bindValue(0, editionId);
        insertEntry.bindValue(1, entry.code);
        insertEntry.bindValue(2, text(ClassifierCodes::parent(edition.classifier, entry.code)));
        insertEntry.bindValue(3, level);
        insertEntry.bindValue(4, text(entry.nameKk));
        insertEntry.bindValue(5, text(entry.nameRu));
        if (!insertEntry.exec()) return sqlFailure(insertEntry);
        const QVariant id = insertEntry.lastInsertId();
        const QString words = foldWords(entry.nameKk + QLatin1Char(' ') + entry.nameRu);
        for (QSqlQuery* index : {&insertWords, &insertGrams}) {
            index->bindValue(0, id);
            index->bindValue(1, words);
            if (!index->exec()) return sqlFailure(*index);
        }
    }
    if (!db.commit()) {
        const QString reason = sqlError(db.lastError());
        db.rollback();
        return R::failure(tr("cannot be written: %1").arg(reason), m_path);
    }
    return stored;
}

Result<ClassifierEdition> ClassifierStore::loadFile(Classifier classifier, const QString& path,
                                                    const QString& editionName, IfLoaded ifLoaded,
                                                    const QString& date) {
    Result<QVector<ClassifierEntry>> entries = ClassifierReaders::read(path, classifier);
    if (!entries) return entries.error();
    ClassifierEdition edition;
    edition.classifier = classifier;
    edition.name = editionName.trimmed();
    edition.date = date;
    edition.source = QFileInfo(path).fileName();
    return load(edition, entries.value(), ifLoaded);
}

Result<QVector<ClassifierEdition>> ClassifierStore::editions() const {
    QSqlQuery query(QSqlDatabase::database(m_connectionName, false));
    query.setForwardOnly(true);
    if (!query.exec(
            QStringLiteral("SELECT e.classifier, e.name, e.date, e.source, e.loaded_at, e.builtin, "
                           "(SELECT COUNT(*) FROM entry WHERE edition = e.id), "
                           "(SELECT MAX(level) FROM entry WHERE edition = e.id) "
                           "FROM edition e ORDER BY e.classifier DESC, ") +
            kInUseOrder))
        return Result<QVector<ClassifierEdition>>::failure(
            tr("cannot be read: %1").arg(sqlError(query.lastError())), m_path);
    QVector<ClassifierEdition> editions;
    while (query.next()) {
        ClassifierEdition edition;
        edition.classifier =
            classifierFromName(query.value(0).toString()).value_or(Classifier::Oked);
        edition.name = query.value(1).toString();
        edition.date = query.value(2).toString();
        edition.source = query.value(3).toString();
        edition.loadedAt = QDateTime::fromString(query.value(4).toString(), Qt::ISODateWithMs);
        edition.builtIn = query.value(5).toBool();
        edition.entryCount = query.value(6).toInt();
        edition.deepestLevel = query.value(7).toInt();
        editions << edition;
    }
    return editions;
}

Result<qint64> ClassifierStore::editionInUseId(Classifier classifier) const {
    QSqlQuery query(QSqlDatabase::database(m_connectionName, false));
    query.prepare(QStringLiteral("SELECT id FROM edition WHERE classifier = ? ORDER BY ") +
                  kInUseOrder + QStringLiteral(" LIMIT 1"));
    query.addBindValue(classifierName(classifier));
    if (!query.exec())
        return Result<qint64>::failure(tr("cannot be read: %1").arg(sqlError(query.lastError())),
                                       m_path);
    if (!query.next())
        return Result<qint64>::failure(
            tr("no edition of %1 is loaded").arg(classifierTitle(classifier)), m_path);
    return query.value(0).toLongLong();
}

Result<ClassifierEdition> ClassifierStore::editionInUse(Classifier classifier) const {
    Result<QVector<ClassifierEdition>> all = editions();
    if (!all) return all.error();
    // editions() lists the one in use first within each classifier.
    for (const ClassifierEdition& edition : all.value())
        if (edition.classifier == classifier) return edition;
    return Result<ClassifierEdition>::failure(
        tr("no edition of %1 is loaded").arg(classifierTitle(classifier)), m_path);
}

Result<QVector<ClassifierEntry>> ClassifierStore::find(Classifier classifier, const QString& text,
                                                       int limit) const {
    const QString query = text.trimmed();
    if (query.isEmpty() || limit <= 0) return QVector<ClassifierEntry>();
    Result<qint64> edition = editionInUseId(classifier);
    if (!edition) return edition.error();
    QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
    QVector<ClassifierEntry> found;
    QSet<QString> seen;
    const auto collect = [&](QSqlQuery& sql) -> Status {
        sql.setForwardOnly(true);
        if (!sql.exec()) return fail(tr("cannot be read: %1").arg(sqlError(sql.lastError())));
        while (sql.next() && found.size() < limit) {
            ClassifierEntry entry = entryOf(sql);
            if (seen.contains(entry.code)) continue;
            seen.insert(entry.code);
            found << entry;
        }
        return {};
    };

    if (looksLikeCode(classifier, query)) {
        const QString code = classifier == Classifier::Oked ? query.toUpper() : query;
        QSqlQuery sql(db);
        sql.prepare(QStringLiteral("SELECT code, parent, level, name_kk, name_ru FROM entry "
                                   "WHERE edition = ? AND code = ?"));
        sql.addBindValue(edition.value());
        sql.addBindValue(code);
        if (Status status = collect(sql); !status) return status.error();
        // Codes are ASCII: every code beginning with the query sorts between these two.
        sql.prepare(QStringLiteral("SELECT code, parent, level, name_kk, name_ru FROM entry "
                                   "WHERE edition = ? AND code > ? AND code < ? ORDER BY code "
                                   "LIMIT ?"));
        sql.addBindValue(edition.value());
        sql.addBindValue(code);
        sql.addBindValue(QString(code + QChar(0xFFFF)));
        sql.addBindValue(limit + 1);
        if (Status status = collect(sql); !status) return status.error();
    }
    const bool hasLetters = query.contains(QRegularExpression(QStringLiteral("\\p{L}")));
    if (!hasLetters && !found.isEmpty()) return found;
    // Names holding the words as typed first, then words beginning so, then the letters inside
    // a word (compounds: «сварщик» in «Электрогазосварщик»).
    for (const Match match : {Match::WholeWord, Match::Prefix, Match::Substring}) {
        const QString words = wordQuery(query, match);
        if (found.size() >= limit || words.isEmpty()) continue;
        const QString index = match == Match::Substring ? QStringLiteral("entry_grams")
                                                        : QStringLiteral("entry_words");
        QSqlQuery sql(db);
        sql.prepare(QStringLiteral("SELECT e.code, e.parent, e.level, e.name_kk, e.name_ru "
                                   "FROM %1 w JOIN entry e ON e.id = w.rowid "
                                   "WHERE %1 MATCH ? AND e.edition = ? "
                                   "ORDER BY w.rank, e.code LIMIT ?")
                        .arg(index));
        sql.addBindValue(words);
        sql.addBindValue(edition.value());
        sql.addBindValue(limit + found.size());
        if (Status status = collect(sql); !status) return status.error();
    }
    return found;
}

Result<QStringList> ClassifierStore::names(Classifier classifier, const QString& language) const {
    Result<qint64> edition = editionInUseId(classifier);
    if (!edition) return edition.error();
    QSqlQuery query(QSqlDatabase::database(m_connectionName, false));
    query.setForwardOnly(true);
    query.prepare(language == QLatin1String("kk")
                      ? QStringLiteral("SELECT name_kk FROM entry WHERE edition = ?")
                      : QStringLiteral("SELECT name_ru FROM entry WHERE edition = ?"));
    query.addBindValue(edition.value());
    if (!query.exec())
        return Result<QStringList>::failure(
            tr("cannot be read: %1").arg(sqlError(query.lastError())), m_path);
    QStringList names;
    while (query.next())
        names << query.value(0).toString();
    return names;
}

Result<qint64> ClassifierStore::editionId(Classifier classifier, const QString& name) const {
    QSqlQuery query(QSqlDatabase::database(m_connectionName, false));
    query.prepare(QStringLiteral("SELECT id FROM edition WHERE classifier = ? AND name = ?"));
    query.addBindValue(classifierName(classifier));
    query.addBindValue(name);
    if (!query.exec())
        return Result<qint64>::failure(tr("cannot be read: %1").arg(sqlError(query.lastError())),
                                       m_path);
    if (!query.next())
        return Result<qint64>::failure(
            tr("there is no %1 edition \"%2\"").arg(classifierTitle(classifier), name), m_path);
    return query.value(0).toLongLong();
}

Status ClassifierStore::use(Classifier classifier, const QString& name) {
    Result<qint64> id = editionId(classifier, name);
    if (!id) return id.error();
    QSqlQuery query(QSqlDatabase::database(m_connectionName, false));
    query.prepare(QStringLiteral("UPDATE edition SET in_use = (id = ?) WHERE classifier = ?"));
    query.addBindValue(id.value());
    query.addBindValue(classifierName(classifier));
    if (!query.exec()) return fail(tr("cannot be written: %1").arg(sqlError(query.lastError())));
    return {};
}

Status ClassifierStore::remove(Classifier classifier, const QString& name) {
    Result<qint64> id = editionId(classifier, name);
    if (!id) return id.error();
    QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
    QSqlQuery query(db);
    query.prepare(QStringLiteral("SELECT builtin FROM edition WHERE id = ?"));
    query.addBindValue(id.value());
    if (query.exec() && query.next() && query.value(0).toBool())
        return fail(tr("the built-in edition comes with Kasibi and cannot be removed"));
    query.finish();
    if (!db.transaction()) return fail(tr("cannot be written: %1").arg(sqlError(db.lastError())));
    for (const QString& statement : kRemoveEditionStatements) {
        query.prepare(statement);
        query.addBindValue(id.value());
        if (!query.exec()) {
            const QString reason = sqlError(query.lastError());
            db.rollback();
            return fail(tr("cannot be written: %1").arg(reason));
        }
    }
    if (!db.commit()) return fail(tr("cannot be written: %1").arg(sqlError(db.lastError())));
    return {};
}

Result<std::optional<ClassifierEntry>> ClassifierStore::entry(Classifier classifier,
                                                              const QString& code) const {
    using R = Result<std::optional<ClassifierEntry>>;
    Result<qint64> edition = editionInUseId(classifier);
    if (!edition) return edition.error();
    QSqlQuery sql(QSqlDatabase::database(m_connectionName, false));
    sql.prepare(QStringLiteral("SELECT code, parent, level, name_kk, name_ru FROM entry "
                               "WHERE edition = ? AND code = ?"));
    sql.addBindValue(edition.value());
    sql.addBindValue(code.trimmed());
    if (!sql.exec())
        return R::failure(tr("cannot be read: %1").arg(sqlError(sql.lastError())), m_path);
    if (!sql.next()) return std::optional<ClassifierEntry>();
    return std::optional<ClassifierEntry>(entryOf(sql));
}

Result<QVector<ClassifierEntry>> ClassifierStore::chain(Classifier classifier,
                                                        const QString& code) const {
    QVector<ClassifierEntry> chain;
    Result<std::optional<ClassifierEntry>> first = entry(classifier, code);
    if (!first) return first.error();
    if (!first.value()) return chain;
    chain << *first.value();
    // The parent follows from the code even where the edition leaves a level out.
    for (QString parent = ClassifierCodes::parent(classifier, chain.first().code);
         !parent.isEmpty(); parent = ClassifierCodes::parent(classifier, parent)) {
        Result<std::optional<ClassifierEntry>> ancestor = entry(classifier, parent);
        if (!ancestor) return ancestor.error();
        if (ancestor.value()) chain << *ancestor.value();
    }
    return chain;
}

} // namespace kasibi
