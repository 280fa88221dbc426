#include "core/format/jsonstandardwriter.h"
#include "core/model/schema.h"
#include "core/model/standarddocument.h"
#include "core/store/documentstore.h"
#include "testsupport.h"

#include <catch2/catch.hpp>

#include <csignal>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QProcess>
#include <QRandomGenerator>
#include <QSet>
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
    CHECK(qFromBigEndian<quint32>(header.constData() + 68) == DocumentStore::ApplicationId);
    CHECK(qFromBigEndian<quint32>(header.constData() + 60) ==
          quint32(DocumentStore::FormatVersion));

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
        QByteArray noise(64 * 1024, Qt::Uninitialized);
        for (char& byte : noise)
            byte = char(QRandomGenerator::global()->bounded(256));
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
    // Root ignores permission bits, so the file is made immutable instead.
    if (QProcess::execute(QStringLiteral("chattr"), {QStringLiteral("+i"), path}) != 0) {
        WARN("chattr +i is not available here; the read-only case is not tested");
        return;
    }
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
    QProcess::execute(QStringLiteral("chattr"), {QStringLiteral("-i"), path});
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
    const QString mountPoint = dir.filePath(QStringLiteral("small"));
    QDir().mkpath(mountPoint);
    if (QProcess::execute(QStringLiteral("mount"),
                          {QStringLiteral("-t"), QStringLiteral("tmpfs"), QStringLiteral("-o"),
                           QStringLiteral("size=64k"), QStringLiteral("tmpfs"), mountPoint}) != 0) {
        WARN("cannot mount a small tmpfs here; the full-disk case is not tested");
        return;
    }
    const QString path = mountPoint + QStringLiteral("/full.kasibi");
    const Status created = DocumentStore::create(path, test::sampleTree(), false);
    CHECK_FALSE(created.ok());
    if (!created.ok()) {
        CHECK(created.error().where == path);
        CHECK(created.error().message.contains(QStringLiteral("cannot be written")));
    }
    CHECK(QDir(mountPoint).entryList(QDir::Files | QDir::Hidden).isEmpty());
    QProcess::execute(QStringLiteral("umount"), {mountPoint});
}

TEST_CASE("A document of format 1 is brought up to date when opened for writing",
          "[store][migration]") {
    QTemporaryDir dir;
    const QString path = makeDocument(dir);
    // What Kasibi of format 1 wrote: no version tables.
    tamper(path, "DROP TABLE version; DROP TABLE version_node; DROP TABLE version_value; "
                 "PRAGMA user_version = 1;");
    const QByteArray before = test::readBytes(path);
    {
        auto readOnly = StandardDocument::open(path, AccessMode::ReadOnly);
        REQUIRE(readOnly.ok());
        CHECK(readOnly.value()->versions().ok());
        CHECK(readOnly.value()->versions().value().isEmpty());
        CHECK((exported(readOnly.value()->tree()) == exported(test::sampleTree())));
    }
    CHECK((test::readBytes(path) == before));
    {
        auto document = StandardDocument::open(path);
        INFO((document ? QString() : document.error().toString()).toStdString());
        REQUIRE(document.ok());
        REQUIRE(document.value()->saveVersion(QStringLiteral("after migration")).ok());
    }
    const QByteArray header = test::readBytes(path).left(100);
    CHECK(qFromBigEndian<quint32>(header.constData() + 60) ==
          quint32(DocumentStore::FormatVersion));
    auto reopened = StandardDocument::open(path);
    REQUIRE(reopened.ok());
    REQUIRE(reopened.value()->versions().value().size() == 1);
}
