#include "core/format/jsonstandardwriter.h"
#include "core/model/schema.h"
#include "core/model/standarddocument.h"
#include "core/store/documentstore.h"
#include "failingvfs.h"
#include "smalldisk.h"
#include "testsupport.h"
#include "unwritable.h"

#include <catch2/catch.hpp>

#include <csignal>
#include <limits>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QProcess>
#include <QRandomGenerator>
#include <QSet>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtEndian>
#include <sqlite3.h>

using namespace kasibi;

namespace {

QString makeDocument(const QTemporaryDir& dir,
                     const QString& name = QStringLiteral("sample.kasibi")) {
    const QString path = dir.filePath(name);
    const Status created = DocumentStore::create(path, test::sampleTree(), false);
    INFO((created ? QString() : created.error().toString()).toStdString());
    REQUIRE(created.ok());
    return path;
}

// The sample in a document file of its own, open for editing.
struct EditedSample {
    QTemporaryDir dir;
    QString path = makeDocument(dir);
    std::unique_ptr<StandardDocument> document;
    QString standard;

    EditedSample() {
        auto opened = StandardDocument::open(path);
        REQUIRE(opened.ok());
        document = std::move(opened.value());
        standard = document->tree().standardId();
    }
};

// Changes a file behind Kasibi's back, with plain SQLite and none of its defences.
void tamper(const QString& path, const char* sql) {
    sqlite3* db = nullptr;
    REQUIRE(sqlite3_open(QFile::encodeName(path).constData(), &db) == SQLITE_OK);
    char* message = nullptr;
    const int rc = sqlite3_exec(db, sql, nullptr, nullptr, &message);
    INFO((message ? message : ""));
    sqlite3_free(message);
    sqlite3_close(db);
    REQUIRE(rc == SQLITE_OK);
}

void requireRefused(const QString& path, const QString& expectedWords) {
    const QByteArray before = test::readBytes(path);
    const QStringList filesBefore = QFileInfo(path).dir().entryList(QDir::Files | QDir::Hidden);
    Result<std::unique_ptr<DocumentStore>> opened =
        DocumentStore::open(path, AccessMode::ReadWrite);
    REQUIRE_FALSE(opened.ok());
    INFO(opened.error().toString().toStdString());
    CHECK(opened.error().where == path);
    CHECK(opened.error().message.contains(expectedWords));
    CHECK((test::readBytes(path) == before));
    CHECK(QFileInfo(path).dir().entryList(QDir::Files | QDir::Hidden) == filesBefore);
}

QByteArray exported(const DocumentTree& tree) {
    return QJsonDocument(JsonStandardWriter().toJson(tree)).toJson();
}

} // namespace

TEST_CASE("A new document file is marked as ours and reads back whole", "[store]") {
    QTemporaryDir dir;
    const QString path = makeDocument(dir);
    const QByteArray header = test::readBytes(path).left(100);
    // The values files in users' hands carry: literals, so that a change of the constants in
    // the product cannot pass unnoticed.
    CHECK(qFromBigEndian<quint32>(header.constData() + 68) == 0x4B534249u); // "KSBI"
    CHECK(qFromBigEndian<quint32>(header.constData() + 60) == 3u);

    auto store = DocumentStore::open(path, AccessMode::ReadWrite);
    REQUIRE(store.ok());
    CHECK_FALSE(store.value()->isReadOnly());
    CHECK((exported(store.value()->takeContent()) == exported(test::sampleTree())));
    CHECK(QFileInfo::exists(DocumentStore::lockFilePath(path)));
    store.value().reset();
    // Closed cleanly: one self-contained file, no journal, no lock left behind.
    CHECK_FALSE(QFileInfo::exists(path + QStringLiteral("-wal")));
    CHECK_FALSE(QFileInfo::exists(DocumentStore::lockFilePath(path)));
}

TEST_CASE("Creating over an existing file needs overwrite and keeps the old file on refusal",
          "[store]") {
    QTemporaryDir dir;
    const QString path = makeDocument(dir);
    const QByteArray before = test::readBytes(path);
    const Status again = DocumentStore::create(path, DocumentTree::newStandard(), false);
    REQUIRE_FALSE(again.ok());
    CHECK(again.error().message.contains(QStringLiteral("already exists")));
    CHECK((test::readBytes(path) == before));
    REQUIRE(DocumentStore::create(path, DocumentTree::newStandard(), true).ok());
    CHECK((test::readBytes(path) != before));
    CHECK(dir.path().size() > 0);
    CHECK(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden) ==
          QStringList{QStringLiteral("sample.kasibi")});
}

TEST_CASE("Damaged, foreign and tampered files are refused and left unchanged",
          "[store][untrusted]") {
    QTemporaryDir dir;

    SECTION("a truncated file") {
        const QString path = makeDocument(dir);
        QFile file(path);
        REQUIRE(file.resize(file.size() / 2 + 100));
        requireRefused(path, QStringLiteral("damaged"));
    }
    SECTION("a file of random bytes") {
        const QString path = dir.filePath(QStringLiteral("random.kasibi"));
        // Random unless --rng-seed N is given; the seed is printed with any failure.
        const quint32 seed =
            Catch::rngSeed() ? Catch::rngSeed() : QRandomGenerator::global()->generate();
        INFO("random bytes from seed " << seed << " (run with --rng-seed " << seed
                                       << " to repeat)");
        QRandomGenerator random(seed);
        QByteArray noise(64 * 1024, Qt::Uninitialized);
        for (char& byte : noise)
            byte = char(random.bounded(256));
        test::writeBytes(path, noise);
        requireRefused(path, QStringLiteral("not a Kasibi document"));
    }
    SECTION("an empty file") {
        const QString path = dir.filePath(QStringLiteral("empty.kasibi"));
        test::writeBytes(path, QByteArray());
        requireRefused(path, QStringLiteral("not a Kasibi document"));
    }
    SECTION("an SQLite database of another program") {
        const QString path = dir.filePath(QStringLiteral("other.kasibi"));
        tamper(path, "CREATE TABLE contacts (name TEXT); INSERT INTO contacts VALUES ('x');");
        requireRefused(path, QStringLiteral("another program"));
    }
    SECTION("a document with a trigger planted in it") {
        const QString path = makeDocument(dir);
        tamper(path, "CREATE TRIGGER wipe AFTER UPDATE ON value BEGIN DELETE FROM node; END;");
        requireRefused(path, QStringLiteral("tampered"));
    }
    SECTION("a document with a view planted in it") {
        const QString path = makeDocument(dir);
        tamper(path, "CREATE VIEW everything AS SELECT * FROM value;");
        requireRefused(path, QStringLiteral("tampered"));
    }
    SECTION("a document with an element out of place") {
        const QString path = makeDocument(dir);
        tamper(path, "UPDATE node SET role = 'laborFunctions' WHERE kind = 'Term';");
        const QByteArray before = test::readBytes(path);
        auto document = StandardDocument::open(path);
        REQUIRE_FALSE(document.ok());
        CHECK(document.error().message.contains(QStringLiteral("damaged")));
        CHECK((test::readBytes(path) == before));
    }
    SECTION("a document from a newer version of Kasibi") {
        const QString path = makeDocument(dir);
        tamper(path, "PRAGMA user_version = 99;");
        requireRefused(path, QStringLiteral("newer version"));
    }
}

TEST_CASE("A second program gets the document read-only, told that it is in use", "[store]") {
    QTemporaryDir dir;
    const QString path = makeDocument(dir);
    auto first = StandardDocument::open(path);
    REQUIRE(first.ok());
    // QLockFile sees a lock of its own process as held, as another process would.
    auto second = StandardDocument::open(path);
    REQUIRE(second.ok());
    CHECK_FALSE(first.value()->isReadOnly());
    CHECK(second.value()->isReadOnly());
    CHECK(second.value()->readOnlyExplanation().contains(QStringLiteral("in use")));
    const QString standard = second.value()->tree().standardId();
    const Status refused = second.value()->setValue(standard, QStringLiteral("passport/name"),
                                                    QStringLiteral("ru"), QStringLiteral("x"));
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().message.contains(QStringLiteral("cannot be changed")));
    // The first keeps editing, and the second reopened later sees it.
    REQUIRE(first.value()->setValue(standard, QStringLiteral("passport/name"), QStringLiteral("ru"),
                                    QStringLiteral("Новое имя")));
    second.value().reset();
    first.value().reset();
    auto reopened = StandardDocument::open(path);
    REQUIRE(reopened.ok());
    CHECK(reopened.value()->tree().text(standard, QStringLiteral("passport/name")).ru ==
          QStringLiteral("Новое имя"));
}

TEST_CASE("A read-only file opens read-only and stays unchanged", "[store]") {
    QTemporaryDir dir;
    const QString path = makeDocument(dir);
    const test::Unwritable locked(path);
    const QByteArray before = test::readBytes(path);
    {
        auto document = StandardDocument::open(path);
        REQUIRE(document.ok());
        CHECK(document.value()->isReadOnly());
        CHECK(document.value()->readOnlyExplanation().contains(QStringLiteral("read-only")));
        const QString standard = document.value()->tree().standardId();
        CHECK_FALSE(document.value()->setValue(standard, QStringLiteral("passport/name"),
                                               QStringLiteral("ru"), QStringLiteral("x")));
    }
    CHECK((test::readBytes(path) == before));
}

TEST_CASE("A process killed in the middle of a stream of edits loses no committed edit",
          "[store][crash]") {
    QTemporaryDir dir;
    const QString path = makeDocument(dir);
    QProcess streamer;
    streamer.start(QStringLiteral(KASIBI_EDIT_STREAMER_PATH), {path});
    REQUIRE(streamer.waitForStarted());
    int lastCommitted = -1;
    QByteArray pending;
    while (lastCommitted < 300 && streamer.waitForReadyRead(20000)) {
        pending += streamer.readAllStandardOutput();
        const qsizetype end = pending.lastIndexOf('\n');
        if (end < 0) continue;
        const QList<QByteArray> lines = pending.left(end).split('\n');
        lastCommitted = lines.last().toInt();
        pending = pending.mid(end + 1);
    }
    ::kill(pid_t(streamer.processId()), SIGKILL);
    streamer.waitForFinished();
    REQUIRE(lastCommitted >= 300);

    auto document = StandardDocument::open(path);
    INFO((document ? QString() : document.error().toString()).toStdString());
    REQUIRE(document.ok());
    CHECK_FALSE(document.value()->isReadOnly()); // the dead process's lock is stale
    const DocumentTree& tree = document.value()->tree();
    QSet<QString> terms;
    for (const QString& id :
         tree.children(tree.standardId(), QStringLiteral("generalProvisions/terms")))
        terms.insert(tree.text(id, QStringLiteral("term")).ru);
    for (int i = 0; i <= lastCommitted; ++i)
        REQUIRE(terms.contains(QStringLiteral("term %1").arg(i)));
    document.value().reset();

    sqlite3* db = nullptr;
    REQUIRE(sqlite3_open_v2(QFile::encodeName(path).constData(), &db, SQLITE_OPEN_READONLY,
                            nullptr) == SQLITE_OK);
    sqlite3_stmt* statement = nullptr;
    REQUIRE(sqlite3_prepare_v2(db, "PRAGMA integrity_check", -1, &statement, nullptr) == SQLITE_OK);
    REQUIRE(sqlite3_step(statement) == SQLITE_ROW);
    CHECK(QString::fromUtf8(reinterpret_cast<const char*>(sqlite3_column_text(statement, 0))) ==
          QStringLiteral("ok"));
    sqlite3_finalize(statement);
    sqlite3_close(db);
}

TEST_CASE("Creating a document on a full disk fails cleanly", "[store][disk]") {
    QTemporaryDir dir;
    const test::SmallDisk disk(dir.filePath(QStringLiteral("small")), 64);
    if (!disk.isMounted())
        return test::markSkipped(QStringLiteral("mounting a small disk takes root"));
    const QString path = disk.path() + QStringLiteral("/full.kasibi");
    const Status created = DocumentStore::create(path, test::sampleTree(), false);
    REQUIRE_FALSE(created.ok());
    INFO(created.error().toString().toStdString());
    CHECK(created.error().where == path);
    CHECK(created.error().message.contains(QStringLiteral("cannot be written")));
    CHECK(created.error().message.contains(QStringLiteral("full")));
    CHECK(QDir(disk.path()).entryList(QDir::Files | QDir::Hidden).isEmpty());
}

namespace {

// What SQLite reports of the connection a store writes through.
QString pragma(const QString& path, const QString& name) {
    for (const QString& connection : QSqlDatabase::connectionNames()) {
        QSqlDatabase db = QSqlDatabase::database(connection, false);
        if (QFileInfo(db.databaseName()) != QFileInfo(path)) continue;
        QSqlQuery query(db);
        REQUIRE(query.exec(QStringLiteral("PRAGMA ") + name));
        REQUIRE(query.next());
        return query.value(0).toString();
    }
    FAIL("no connection to " << path.toStdString());
    return {};
}

// Bytes 18 and 19 of an SQLite file: 1 in rollback-journal mode, 2 in WAL mode.
QPair<int, int> journalModeBytes(const QString& path) {
    const QByteArray header = test::readBytes(path).left(20);
    REQUIRE(header.size() == 20);
    return {int(header[18]), int(header[19])};
}

// The file as it was, to the byte, but for the two counters of its header that SQLite bumps
// whenever a writer has had it open (switching to WAL and back): the file change counter (offset
// 24) and the version-valid-for number (offset 92).
bool sameButCounters(QByteArray now, QByteArray before) {
    if (now.size() != before.size() || now.size() < 100) return false;
    for (QByteArray* bytes : {&now, &before})
        for (int offset : {24, 92})
            bytes->replace(offset, 4, QByteArray(4, '\0'));
    return now == before;
}

QStringList filesIn(const QTemporaryDir& dir) {
    return QDir(dir.path()).entryList(QDir::Files | QDir::Hidden);
}

} // namespace

TEST_CASE("A document open for writing commits durably, and is one file again when closed",
          "[store][durability]") {
    QTemporaryDir dir;
    const QString path = makeDocument(dir);
    CHECK(journalModeBytes(path) == qMakePair(1, 1));
    {
        auto store = DocumentStore::open(path, AccessMode::ReadWrite);
        REQUIRE(store.ok());
        // The crash test shows no committed edit is lost when the process dies; a power cut is
        // another matter, which only these settings answer for.
        CHECK(pragma(path, QStringLiteral("journal_mode")) == QStringLiteral("wal"));
        CHECK(pragma(path, QStringLiteral("synchronous")) == QStringLiteral("2")); // FULL
        CHECK(journalModeBytes(path) == qMakePair(2, 2));
        REQUIRE(store.value()->setValue(store.value()->takeContent().standardId(),
                                        QStringLiteral("passport/name@ru"),
                                        QStringLiteral("Закрыто и проверено")));
    }
    // Closed: back in rollback mode, the edit inside the one file, nothing beside it.
    CHECK(journalModeBytes(path) == qMakePair(1, 1));
    CHECK(filesIn(dir) == QStringList{QStringLiteral("sample.kasibi")});
    auto reopened = StandardDocument::open(path, AccessMode::ReadOnly);
    REQUIRE(reopened.ok());
    CHECK(reopened.value()
              ->tree()
              .text(reopened.value()->tree().standardId(), QStringLiteral("passport/name"))
              .ru == QStringLiteral("Закрыто и проверено"));
}

TEST_CASE("An edit the disk does not take is refused by file and reason, and nothing changes",
          "[store][failure]") {
    const auto [failure, reason] = GENERATE(
        std::make_pair(test::FailingVfs::Failure::DiskFull, QStringLiteral("disk is full")),
        std::make_pair(test::FailingVfs::Failure::IoError, QStringLiteral("I/O error")));
    INFO("expecting: " << reason.toStdString());
    QTemporaryDir dir;
    const QString path = makeDocument(dir);
    const QByteArray before = test::readBytes(path);
    test::FailingVfs disk;
    const QString field = QStringLiteral("passport/name");
    QString standard;
    QByteArray content;
    {
        auto document = StandardDocument::open(path);
        REQUIRE(document.ok());
        StandardDocument& doc = *document.value();
        standard = doc.tree().standardId();
        content = exported(doc.tree());
        disk.failAfter(0, failure, path);
        const Status refused =
            doc.setValue(standard, field, QStringLiteral("ru"), QStringLiteral("Потеряно"));
        REQUIRE_FALSE(refused.ok());
        CHECK(disk.failedWrites() > 0);
        INFO(refused.error().toString().toStdString());
        CHECK(refused.error().where == path);
        CHECK(refused.error().message.contains(reason));
        CHECK((exported(doc.tree()) == content));
        disk.disarm();
    }
    // Closed after nothing was committed: the file is as it was, to the byte (bar the counters).
    CHECK(sameButCounters(test::readBytes(path), before));
    CHECK(filesIn(dir) == QStringList{QStringLiteral("sample.kasibi")});

    // The disk fails in the middle of a session; once it works again, so does the editing.
    {
        auto document = StandardDocument::open(path);
        REQUIRE(document.ok());
        StandardDocument& doc = *document.value();
        disk.failAfter(0, failure, path);
        REQUIRE_FALSE(
            doc.setValue(standard, field, QStringLiteral("ru"), QStringLiteral("Потеряно")));
        disk.disarm();
        REQUIRE(doc.setValue(standard, field, QStringLiteral("kk"), QStringLiteral("Сақталды")));
    }
    auto reopened = StandardDocument::open(path, AccessMode::ReadOnly);
    REQUIRE(reopened.ok());
    const LocalizedText name = reopened.value()->tree().text(standard, field);
    CHECK(name.kk == QStringLiteral("Сақталды"));
    CHECK(name.ru != QStringLiteral("Потеряно"));
}

TEST_CASE("An edit to a document whose file was removed meanwhile is refused, saying so",
          "[store][failure]") {
    EditedSample sample;
    const QString& path = sample.path;
    StandardDocument& doc = *sample.document;
    const QString& standard = sample.standard;
    // Another program (a file manager, a sync client) takes the file away.
    REQUIRE(QFile::remove(path));
    const Status refused = doc.setValue(standard, QStringLiteral("passport/name"),
                                        QStringLiteral("ru"), QStringLiteral("В никуда"));
    REQUIRE_FALSE(refused.ok());
    INFO(refused.error().toString().toStdString());
    CHECK(refused.error().where == path);
    CHECK(refused.error().message.contains(QStringLiteral("removed or moved")));
    CHECK(doc.tree().text(standard, QStringLiteral("passport/name")).ru !=
          QStringLiteral("В никуда"));
}

TEST_CASE("An edit while another program holds the file locked is refused, saying so",
          "[store][failure]") {
    EditedSample sample;
    const QString& path = sample.path;
    StandardDocument& doc = *sample.document;
    const QString& standard = sample.standard;
    const QByteArray content = exported(doc.tree());
    // A database browser, say, in the middle of a write transaction of its own.
    sqlite3* other = nullptr;
    REQUIRE(sqlite3_open(QFile::encodeName(path).constData(), &other) == SQLITE_OK);
    struct Closer {
        sqlite3* db;
        ~Closer() { sqlite3_close(db); }
    } closer{other};
    REQUIRE(sqlite3_exec(other, "BEGIN EXCLUSIVE", nullptr, nullptr, nullptr) == SQLITE_OK);
    const Status refused = doc.setValue(standard, QStringLiteral("passport/name"),
                                        QStringLiteral("ru"), QStringLiteral("Заблокировано"));
    REQUIRE_FALSE(refused.ok());
    INFO(refused.error().toString().toStdString());
    CHECK(refused.error().where == path);
    CHECK(refused.error().message.contains(QStringLiteral("another program")));
    CHECK((exported(doc.tree()) == content));
    // Once the other program lets go, editing goes on.
    REQUIRE(sqlite3_exec(other, "ROLLBACK", nullptr, nullptr, nullptr) == SQLITE_OK);
    REQUIRE(doc.setValue(standard, QStringLiteral("passport/name"), QStringLiteral("ru"),
                         QStringLiteral("Разблокировано")));
}

namespace {

// A document as Kasibi of format 1 wrote it (kasibi-cli import of that version's sample,
// commit 1d76e54): made by that program, not by today's code dropping tables.
QString formatOneCopy(const QTemporaryDir& dir, const QString& name) {
    const QString path = dir.filePath(name);
    REQUIRE(
        QFile::copy(test::sourcePath(QStringLiteral("tests/data/format1-sample.kasibi")), path));
    REQUIRE(QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner));
    const QByteArray header = test::readBytes(path).left(100);
    REQUIRE(qFromBigEndian<quint32>(header.constData() + 60) == 1u);
    return path;
}

} // namespace

TEST_CASE("A document written by Kasibi of format 1 opens, and is migrated whole for writing",
          "[store][migration]") {
    QTemporaryDir dir;
    const QString path = formatOneCopy(dir, QStringLiteral("old.kasibi"));
    const QByteArray before = test::readBytes(path);
    QByteArray content;
    {
        auto readOnly = StandardDocument::open(path, AccessMode::ReadOnly);
        INFO((readOnly ? QString() : readOnly.error().toString()).toStdString());
        REQUIRE(readOnly.ok());
        const DocumentTree& tree = readOnly.value()->tree();
        CHECK(tree.text(tree.standardId(), QStringLiteral("passport/name"))
                  .ru.startsWith(QStringLiteral("Добыча")));
        CHECK(tree.children(tree.standardId(), QStringLiteral("professionCards")).size() > 0);
        REQUIRE(readOnly.value()->versions().ok());
        CHECK(readOnly.value()->versions().value().isEmpty());
        content = exported(tree);
    }
    CHECK((test::readBytes(path) == before));
    {
        auto document = StandardDocument::open(path);
        INFO((document ? QString() : document.error().toString()).toStdString());
        REQUIRE(document.ok());
        CHECK((exported(document.value()->tree()) == content));
        REQUIRE(document.value()->saveVersion(QStringLiteral("after migration")).ok());
    }
    const QByteArray header = test::readBytes(path).left(100);
    CHECK(qFromBigEndian<quint32>(header.constData() + 60) == 3u);
    auto reopened = StandardDocument::open(path);
    REQUIRE(reopened.ok());
    CHECK((exported(reopened.value()->tree()) == content));
    REQUIRE(reopened.value()->versions().value().size() == 1);
}

namespace {

// The conclusion of format2-conclusion.kasibi as format 3 reads it: each one-string text in the
// language its letters tell.
void requireConclusionInItsLanguages(const DocumentTree& tree) {
    const QString root = tree.rootId;
    const LocalizedText stateBody =
        tree.text(root, QStringLiteral("review/conclusion/kasibi/stateBody"));
    CHECK(stateBody.kk ==
          QStringLiteral("Қазақстан Республикасы Өнеркәсіп және құрылыс министрлігі"));
    CHECK(stateBody.ru.isEmpty());
    QHash<QString, LocalizedText> remarks;
    for (const QString& id : tree.children(root, QStringLiteral("review/conclusion/assessments")))
        remarks.insert(tree.value(id, QStringLiteral("criterion")),
                       tree.text(id, QStringLiteral("kasibi/remark")));
    REQUIRE(remarks.size() == 3);
    CHECK(remarks.value(QStringLiteral("1.1")).isEmpty());
    CHECK(remarks.value(QStringLiteral("2.6")).ru ==
          QStringLiteral("Связь с неформальным образованием не раскрыта"));
    CHECK(remarks.value(QStringLiteral("2.6")).kk.isEmpty());
    CHECK(remarks.value(QStringLiteral("2.7")).kk ==
          QStringLiteral("Кәсіптің басқа атаулары көрсетілмеген"));
    CHECK(remarks.value(QStringLiteral("2.7")).ru.isEmpty());
}

} // namespace

TEST_CASE("A conclusion of format 2 keeps its one-language texts, each in its language",
          "[store][migration]") {
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("conclusion.kasibi"));
    REQUIRE(QFile::copy(test::sourcePath(QStringLiteral("tests/data/format2-conclusion.kasibi")),
                        path));
    REQUIRE(QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner));
    REQUIRE(qFromBigEndian<quint32>(test::readBytes(path).left(100).constData() + 60) == 2u);
    // A version saved by Kasibi of format 2 holds the old keys too (its saveVersion's SQL).
    {
        sqlite3* db = nullptr;
        REQUIRE(sqlite3_open(QFile::encodeName(path).constData(), &db) == SQLITE_OK);
        REQUIRE(sqlite3_exec(db,
                             "INSERT INTO version VALUES ('v1', 'sent', '2025-03-01T10:00:00');"
                             "INSERT INTO version_node SELECT 'v1', id, kind, parent, role, "
                             "position FROM node;"
                             "INSERT INTO version_value SELECT 'v1', node, field, text FROM value;",
                             nullptr, nullptr, nullptr) == SQLITE_OK);
        sqlite3_close(db);
    }
    const QByteArray before = test::readBytes(path);
    {
        auto readOnly = StandardDocument::open(path, AccessMode::ReadOnly);
        INFO((readOnly ? QString() : readOnly.error().toString()).toStdString());
        REQUIRE(readOnly.ok());
        requireConclusionInItsLanguages(readOnly.value()->tree());
        auto version = readOnly.value()->versionContent(QStringLiteral("v1"));
        REQUIRE(version.ok());
        requireConclusionInItsLanguages(version.value());
    }
    CHECK((test::readBytes(path) == before));
    {
        auto document = StandardDocument::open(path);
        INFO((document ? QString() : document.error().toString()).toStdString());
        REQUIRE(document.ok());
        requireConclusionInItsLanguages(document.value()->tree());
        // The other language is added beside the kept one.
        StandardDocument& doc = *document.value();
        REQUIRE(doc.setValue(doc.tree().rootId,
                             QStringLiteral("review/conclusion/kasibi/stateBody"),
                             QStringLiteral("ru"),
                             QStringLiteral("Министерство промышленности и строительства РК")));
    }
    CHECK(qFromBigEndian<quint32>(test::readBytes(path).left(100).constData() + 60) ==
          quint32(DocumentStore::FormatVersion));
    auto reopened = StandardDocument::open(path);
    REQUIRE(reopened.ok());
    const DocumentTree& tree = reopened.value()->tree();
    const LocalizedText stateBody =
        tree.text(tree.rootId, QStringLiteral("review/conclusion/kasibi/stateBody"));
    CHECK(stateBody.kk ==
          QStringLiteral("Қазақстан Республикасы Өнеркәсіп және құрылыс министрлігі"));
    CHECK(stateBody.ru == QStringLiteral("Министерство промышленности и строительства РК"));
    auto version = reopened.value()->versionContent(QStringLiteral("v1"));
    REQUIRE(version.ok());
    requireConclusionInItsLanguages(version.value());
    // The interchange format gets the Russian string and both languages under "kasibi".
    const QJsonObject conclusion = JsonStandardWriter()
                                       .toJson(tree)
                                       .value(QStringLiteral("review"))
                                       .toObject()
                                       .value(QStringLiteral("conclusion"))
                                       .toObject();
    CHECK(conclusion.value(QStringLiteral("stateBody")).toString() == stateBody.ru);
    CHECK(conclusion.value(QStringLiteral("kasibi"))
              .toObject()
              .value(QStringLiteral("stateBody"))
              .toObject()
              .value(QStringLiteral("kk"))
              .toString() == stateBody.kk);
}

TEST_CASE("A migration whose commit fails half-way leaves the format-1 file as it was",
          "[store][migration][failure]") {
    QTemporaryDir dir;
    test::FailingVfs disk;
    // How many writes the migration's commit makes, measured on a copy.
    const QString measured = formatOneCopy(dir, QStringLiteral("measured.kasibi"));
    disk.failAfter(std::numeric_limits<int>::max(), test::FailingVfs::Failure::IoError,
                   measured + QStringLiteral("-wal"));
    REQUIRE(StandardDocument::open(measured).ok());
    const int writes = disk.writes();
    REQUIRE(writes >= 2);

    const QString path = formatOneCopy(dir, QStringLiteral("old.kasibi"));
    const QByteArray before = test::readBytes(path);
    disk.failAfter(writes / 2, test::FailingVfs::Failure::IoError, path + QStringLiteral("-wal"));
    auto failed = StandardDocument::open(path);
    REQUIRE_FALSE(failed.ok());
    CHECK(disk.failedWrites() > 0);
    disk.disarm();
    INFO(failed.error().toString().toStdString());
    CHECK(failed.error().where == path);
    CHECK(failed.error().message.contains(QStringLiteral("current format")));
    CHECK(failed.error().message.contains(QStringLiteral("I/O error")));
    CHECK(sameButCounters(test::readBytes(path), before));
    CHECK(filesIn(dir) ==
          QStringList({QStringLiteral("measured.kasibi"), QStringLiteral("old.kasibi")}));
    // Tried again on a working disk, it migrates.
    auto document = StandardDocument::open(path);
    INFO((document ? QString() : document.error().toString()).toStdString());
    REQUIRE(document.ok());
    REQUIRE(document.value()->saveVersion(QStringLiteral("after migration")).ok());
}

TEST_CASE("A document on a disk too full for its lock file opens read-only, saying why",
          "[store][disk]") {
    QTemporaryDir dir;
    test::SmallDisk disk(dir.filePath(QStringLiteral("small")), 1024);
    if (!disk.isMounted())
        return test::markSkipped(QStringLiteral("mounting a small disk takes root"));
    const QString path = disk.path() + QStringLiteral("/full.kasibi");
    REQUIRE(QFile::copy(makeDocument(dir), path));
    disk.fill();
    const QByteArray before = test::readBytes(path);
    {
        auto document = StandardDocument::open(path);
        INFO((document ? QString() : document.error().toString()).toStdString());
        REQUIRE(document.ok());
        CHECK(document.value()->isReadOnly());
        INFO(document.value()->readOnlyExplanation().toStdString());
        // Not "in use by another program", which it is not.
        CHECK(document.value()->readOnlyExplanation().contains(QStringLiteral("disk full")));
    }
    CHECK((test::readBytes(path) == before));
}
