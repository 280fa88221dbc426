#include "core/format/jsonstandardwriter.h"
#include "core/model/schema.h"
#include "core/model/standarddocument.h"
#include "testsupport.h"

#include <catch2/catch.hpp>

#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QTemporaryDir>

using namespace kasibi;

namespace {

std::unique_ptr<StandardDocument> createSample(const QString& path) {
    auto document = StandardDocument::create(path, test::sampleTree());
    INFO((document ? QString() : document.error().toString()).toStdString());
    REQUIRE(document.ok());
    return std::move(document.value());
}

QByteArray json(const DocumentTree& tree) {
    return QJsonDocument(JsonStandardWriter().toJson(tree)).toJson();
}

} // namespace

TEST_CASE("Every kind of edit is in the file the moment it is made", "[document]") {
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("edits.kasibi"));
    auto document = createSample(path);
    const QString standard = document->tree().standardId();
    const QString cards = QStringLiteral("professionCards");
    const QStringList cardIds = document->tree().children(standard, cards);

    // A text in both languages, a cleared value, a new card with a function, a removed card, a
    // move.
    REQUIRE(document->setValue(standard, QStringLiteral("passport/name"), QStringLiteral("kk"),
                               QStringLiteral("Жаңа атау")));
    REQUIRE(
        document->setValue(standard, QStringLiteral("technicalData/version"), {}, std::nullopt));
    auto card = document->newElement(standard, cards);
    REQUIRE(card.ok());
    const QString cardId = card.value().first().id;
    REQUIRE(document->insertSubtree(standard, cards, 1, card.value()));
    auto function = document->newElement(cardId, QStringLiteral("laborFunctions"));
    REQUIRE(function.ok());
    CHECK(function.value().first().values.value(QStringLiteral("kind")) ==
          QStringLiteral("mandatory"));
    REQUIRE(document->insertSubtree(cardId, QStringLiteral("laborFunctions"), 0, function.value()));
    auto removed = document->removeSubtree(cardIds[2]);
    REQUIRE(removed.ok());
    CHECK(removed.value().size() > 20); // the card with its functions, skills, abilities, knowledge
    REQUIRE(document->moveChild(cardIds[3], 0));

    const QByteArray expected = json(document->tree());
    const QStringList order = document->tree().children(standard, cards);
    CHECK(order == QStringList{cardIds[3], cardIds[0], cardId, cardIds[1]});
    document.reset();

    auto reopened = StandardDocument::open(path);
    REQUIRE(reopened.ok());
    CHECK(reopened.value()->tree().children(standard, cards) == order);
    CHECK((json(reopened.value()->tree()) == expected));

    // Putting a removed card back restores it whole, at its place.
    REQUIRE(reopened.value()->insertSubtree(standard, cards, 2, removed.value()));
    CHECK(reopened.value()->tree().subtree(cardIds[2]).size() == removed.value().size());
}

TEST_CASE("Edits that do not fit the schema are refused and change nothing", "[document]") {
    QTemporaryDir dir;
    auto document = createSample(dir.filePath(QStringLiteral("refuse.kasibi")));
    const QString standard = document->tree().standardId();
    const QByteArray before = json(document->tree());
    QSignalSpy changes(document.get(), &StandardDocument::changed);

    CHECK_FALSE(
        document->setValue(standard, QStringLiteral("noSuchField"), {}, QStringLiteral("x")));
    CHECK_FALSE(
        document->setValue(standard, QStringLiteral("passport/name"), {}, QStringLiteral("x")));
    CHECK_FALSE(document->setValue(standard, QStringLiteral("passport/name"), QStringLiteral("en"),
                                   QStringLiteral("x")));
    CHECK_FALSE(document->setValue(QStringLiteral("no-such-id"), QStringLiteral("name"), {},
                                   QStringLiteral("x")));
    CHECK_FALSE(document->removeSubtree(standard).ok());
    auto term = document->newElement(standard, QStringLiteral("generalProvisions/terms"));
    REQUIRE(term.ok());
    CHECK_FALSE(
        document->insertSubtree(standard, QStringLiteral("professionCards"), 0, term.value()));
    CHECK((json(document->tree()) == before));
    CHECK(changes.count() == 0);
}

TEST_CASE("A change announces itself once", "[document]") {
    QTemporaryDir dir;
    auto document = createSample(dir.filePath(QStringLiteral("signals.kasibi")));
    const QString standard = document->tree().standardId();
    QSignalSpy values(document.get(), &StandardDocument::valueChanged);
    QSignalSpy structure(document.get(), &StandardDocument::childrenChanged);
    REQUIRE(document->setValue(standard, QStringLiteral("generalProvisions/scope"),
                               QStringLiteral("ru"), QStringLiteral("Новая область")));
    REQUIRE(document->setValue(standard, QStringLiteral("generalProvisions/scope"),
                               QStringLiteral("ru"), QStringLiteral("Новая область")));
    REQUIRE(values.count() == 1);
    CHECK(values.at(0).at(1).toString() == QStringLiteral("generalProvisions/scope"));
    CHECK(values.at(0).at(2).toString() == QStringLiteral("ru"));
    const QString card =
        document->tree().children(standard, QStringLiteral("professionCards")).first();
    REQUIRE(document->moveChild(card, 2));
    REQUIRE(structure.count() == 1);
    CHECK(structure.at(0).at(1).toString() == QStringLiteral("professionCards"));
}

TEST_CASE("A saved version is a frozen copy that can be read and restored",
          "[document][versions]") {
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("versions.kasibi"));
    auto document = createSample(path);
    const QString standard = document->tree().standardId();
    const QByteArray original = json(document->tree());
    Result<QString> sent = document->saveVersion(QStringLiteral("sent to the state body"));
    REQUIRE(sent.ok());

    const QString card =
        document->tree().children(standard, QStringLiteral("professionCards")).first();
    REQUIRE(document->removeSubtree(card).ok());
    REQUIRE(document->setValue(standard, QStringLiteral("passport/name"), QStringLiteral("ru"),
                               QStringLiteral("Другое имя")));
    const QByteArray edited = json(document->tree());

    auto versions = document->versions();
    REQUIRE(versions.ok());
    REQUIRE(versions.value().size() == 1);
    CHECK(versions.value().first().name == QStringLiteral("sent to the state body"));
    CHECK(versions.value().first().created.isValid());
    auto frozen = document->versionContent(sent.value());
    REQUIRE(frozen.ok());
    CHECK((json(frozen.value()) == original));
    // Text items keep their ids in a version, so versions compare element by element.
    CHECK(frozen.value().nodes.keys().size() == test::sampleTree().nodes.size());

    QSignalSpy reset(document.get(), &StandardDocument::contentReset);
    REQUIRE(document->replaceContent(frozen.value()));
    CHECK(reset.count() == 1);
    CHECK((json(document->tree()) == original));
    document.reset();
    auto reopened = StandardDocument::open(path);
    REQUIRE(reopened.ok());
    CHECK((json(reopened.value()->tree()) == original));
    CHECK(edited != original);
    CHECK_FALSE(reopened.value()->versionContent(QStringLiteral("no-such-version")).ok());
}

namespace {

// What a user does to send the open file: copies the .kasibi alone (no -wal beside it) elsewhere.
QString plainCopy(const QString& path, const QString& folder) {
    const QString copy = folder + QStringLiteral("/sent.kasibi");
    QFile::remove(copy);
    REQUIRE(QFile::copy(path, copy));
    REQUIRE_FALSE(QFileInfo::exists(copy + QStringLiteral("-wal")));
    return copy;
}

QString nameInCopy(const QString& copy, const QString& standard) {
    auto opened = StandardDocument::open(copy);
    INFO((opened ? QString() : opened.error().toString()).toStdString());
    REQUIRE(opened.ok());
    return opened.value()->tree().value(standard, QStringLiteral("passport/name@ru"));
}

} // namespace

TEST_CASE("After a checkpoint a plain copy of the open file holds every edit", "[document]") {
    QTemporaryDir dir;
    QTemporaryDir elsewhere;
    const QString path = dir.filePath(QStringLiteral("open.kasibi"));
    auto document = createSample(path);
    const QString standard = document->tree().standardId();
    REQUIRE(document->setValue(standard, QStringLiteral("passport/name"), QStringLiteral("ru"),
                               QStringLiteral("Название со словом")));
    // Committed, but in the write-ahead log only: this is what a copy used to miss.
    CHECK(nameInCopy(plainCopy(path, elsewhere.path()), standard) !=
          QStringLiteral("Название со словом"));

    Result<bool> done = document->checkpoint();
    REQUIRE(done.ok());
    CHECK(done.value());
    CHECK(nameInCopy(plainCopy(path, elsewhere.path()), standard) ==
          QStringLiteral("Название со словом"));

    // Edits go on after a checkpoint, and reach the file with the next one.
    REQUIRE(document->setValue(standard, QStringLiteral("passport/name"), QStringLiteral("ru"),
                               QStringLiteral("Второе название")));
    REQUIRE(document->checkpoint().ok());
    CHECK(nameInCopy(plainCopy(path, elsewhere.path()), standard) ==
          QStringLiteral("Второе название"));
}

TEST_CASE("Save As copies the whole document: versions, comments and the timeline",
          "[document][versions]") {
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("original.kasibi"));
    auto document = createSample(path);
    const DocumentTree& tree = document->tree();
    const QString standard = tree.standardId();

    auto comment = document->newElement(tree.rootId, QStringLiteral("review/comments"));
    REQUIRE(comment.ok());
    comment.value().first().values = {{QStringLiteral("targetId"), standard},
                                      {QStringLiteral("author"), QStringLiteral("Эксперт")},
                                      {QStringLiteral("created"), QStringLiteral("2026-11-30")},
                                      {QStringLiteral("text"), QStringLiteral("Уточните цель")}};
    REQUIRE(document->insertSubtree(tree.rootId, QStringLiteral("review/comments"), 0,
                                    comment.value()));
    auto step = document->newElement(tree.rootId, QStringLiteral("lifecycle/timeline"));
    REQUIRE(step.ok());
    step.value().first().values.insert(QStringLiteral("started"), QStringLiteral("2026-11-02"));
    REQUIRE(document->insertSubtree(tree.rootId, QStringLiteral("lifecycle/timeline"), 0,
                                    step.value()));
    Result<QString> first = document->saveVersion(QStringLiteral("sent to the state body"));
    REQUIRE(first.ok());
    REQUIRE(document->setValue(standard, QStringLiteral("passport/name"), QStringLiteral("ru"),
                               QStringLiteral("После замечаний")));
    REQUIRE(document->saveVersion(QStringLiteral("after the remarks")).ok());
    const QByteArray content = json(tree);
    const QByteArray original = test::readBytes(path);

    const QString target = dir.filePath(QStringLiteral("copy.kasibi"));
    auto copy = document->saveCopy(target);
    INFO((copy ? QString() : copy.error().toString()).toStdString());
    REQUIRE(copy.ok());
    copy.value().reset(); // closed: one file, as it would be e-mailed
    CHECK_FALSE(QFileInfo::exists(target + QStringLiteral("-wal")));

    auto reopened = StandardDocument::open(target);
    REQUIRE(reopened.ok());
    const DocumentTree& copied = reopened.value()->tree();
    CHECK((json(copied) == content));
    CHECK(copied.children(copied.rootId, QStringLiteral("review/comments")).size() == 1);
    CHECK(copied.children(copied.rootId, QStringLiteral("lifecycle/timeline")).size() == 1);
    auto versions = reopened.value()->versions();
    REQUIRE(versions.ok());
    REQUIRE(versions.value().size() == 2);
    QStringList names{versions.value()[0].name, versions.value()[1].name};
    names.sort();
    CHECK(names == QStringList{QStringLiteral("after the remarks"),
                               QStringLiteral("sent to the state body")});
    auto baseline = reopened.value()->versionContent(first.value());
    REQUIRE(baseline.ok());
    CHECK(baseline.value().value(standard, QStringLiteral("passport/name@ru")) ==
          test::sampleTree().value(standard, QStringLiteral("passport/name@ru")));

    // The original is left as it was, and a copy over a file needs leave to replace it.
    CHECK(test::readBytes(path) == original);
    CHECK_FALSE(document->saveCopy(target).ok());
    CHECK_FALSE(document->saveCopy(path, true).ok());
}

TEST_CASE("A document under review reopens under review until the review is ended", "[document]") {
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("reviewed.kasibi"));
    {
        auto document = StandardDocument::create(path, test::sampleTree());
        REQUIRE(document.ok());
        CHECK_FALSE(document.value()->isReviewMode());
        REQUIRE(document.value()->setReviewMode(true).ok());
    }
    {
        auto reopened = StandardDocument::open(path);
        REQUIRE(reopened.ok());
        CHECK(reopened.value()->isReviewMode());
        const QString standard = reopened.value()->tree().standardId();
        CHECK_FALSE(reopened.value()->isEditable(standard, QStringLiteral("passport/name")));
        REQUIRE(reopened.value()->setReviewMode(false).ok());
    }
    auto ended = StandardDocument::open(path);
    REQUIRE(ended.ok());
    CHECK_FALSE(ended.value()->isReviewMode());
    // Opened read-only (in use elsewhere), a document under review shows it too.
    REQUIRE(ended.value()->setReviewMode(true).ok());
    ended.value().reset();
    auto readOnly = StandardDocument::open(path, AccessMode::ReadOnly);
    REQUIRE(readOnly.ok());
    CHECK(readOnly.value()->isReviewMode());
}
