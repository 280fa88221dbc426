#include "core/format/jsonstandardwriter.h"
#include "core/model/schema.h"
#include "core/model/standarddocument.h"
#include "testsupport.h"

#include <catch2/catch.hpp>

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
