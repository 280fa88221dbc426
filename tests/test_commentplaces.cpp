#include "core/format/jsonstandardwriter.h"
#include "core/model/schema.h"
#include "core/model/standarddocument.h"
#include "core/review/commentplaces.h"
#include "testsupport.h"

#include <catch2/catch.hpp>

#include <QJsonArray>
#include <QTemporaryDir>

using namespace kasibi;

TEST_CASE("A comment keeps where it is, and says it after its element is deleted",
          "[review][comments]") {
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("places.kasibi"));
    auto created = StandardDocument::create(path, test::sampleTree());
    REQUIRE(created.ok());
    StandardDocument& doc = *created.value();
    const DocumentTree& tree = doc.tree();
    const QString card = tree.children(tree.standardId(), Role::ProfessionCards).first();
    const QString function = tree.children(card, Role::LaborFunctions).first();
    const QString skill = tree.children(function, Role::Skills).first();
    const QString item = tree.children(skill, Role::Knowledge).first();
    const QString cardName = tree.value(card, Field::Name, QStringLiteral("ru"));
    const QString itemWords = tree.value(item, Field::Text, QStringLiteral("kk")).left(20);

    Node comment{DocumentTree::newId(), Kind::Comment, tree.rootId, Role::Comments};
    comment.values.insert(Field::TargetId, item);
    comment.values.insert(Field::Author, QStringLiteral("Эксперт"));
    comment.values.insert(Field::Created, QStringLiteral("2026-11-30T08:00:00+05:00"));
    comment.values.insert(Field::Text, QStringLiteral("Уточнить"));
    REQUIRE(doc.insertSubtree(tree.rootId, Role::Comments, 0, {comment}));
    // Written when it is made: card, function, skill and the item itself, in both languages.
    LocalizedText place = tree.text(comment.id, Field::CommentPlace);
    INFO(place.ru.toStdString() << "\n" << place.kk.toStdString());
    CHECK(place.ru.startsWith(QStringLiteral("Карточка профессии «") + cardName));
    CHECK(place.ru.contains(QStringLiteral("Трудовая функция «")));
    CHECK(place.ru.contains(QStringLiteral("Навык «")));
    CHECK(place.ru.contains(QStringLiteral("Знание «")));
    CHECK(place.kk.contains(QStringLiteral("Дағды «")));
    CHECK(place.kk.contains(itemWords));

    // Refreshed when an element around it is renamed.
    REQUIRE(doc.setValue(skill, Field::Name, QStringLiteral("ru"),
                         QStringLiteral("Проверка забоя перед взрывом")));
    CHECK(tree.value(comment.id, Field::CommentPlace, QStringLiteral("ru"))
              .contains(QStringLiteral("Навык «Проверка забоя перед взрывом»")));

    // Deleted with its function: the comment stays and still says where it was.
    place = tree.text(comment.id, Field::CommentPlace);
    REQUIRE(doc.removeSubtree(function).ok());
    REQUIRE_FALSE(tree.node(item));
    CHECK(CommentPlaces::ofComment(tree, comment.id) == place);
    CHECK(place.ru.contains(QStringLiteral("Навык «Проверка забоя перед взрывом»")));

    // In the file, and in the interchange format under the extension.
    created.value().reset();
    auto reopened = StandardDocument::open(path);
    REQUIRE(reopened.ok());
    const DocumentTree& kept = reopened.value()->tree();
    CHECK(kept.text(comment.id, Field::CommentPlace) == place);
    const QJsonObject json = JsonStandardWriter()
                                 .toJson(kept)[QStringLiteral("review")][QStringLiteral("comments")]
                                 .toArray()
                                 .first()
                                 .toObject();
    CHECK(
        json[QStringLiteral("kasibi")][QStringLiteral("place")][QStringLiteral("ru")].toString() ==
        place.ru);
}

TEST_CASE("A comment that came without its place gets it when its element is deleted",
          "[review][comments]") {
    // As from a JSON file of another program: the comment has no kept place.
    DocumentTree sample = test::sampleTree();
    const QString card = sample.children(sample.standardId(), Role::ProfessionCards).last();
    const QString function = sample.children(card, Role::LaborFunctions).first();
    Node comment{DocumentTree::newId(), Kind::Comment, sample.rootId, Role::Comments};
    comment.values.insert(Field::TargetId, function);
    comment.values.insert(Field::CommentedField, Field::Name);
    comment.values.insert(Field::Author, QStringLiteral("Эксперт"));
    comment.values.insert(Field::Created, QStringLiteral("2026-11-30T08:00:00+05:00"));
    comment.values.insert(Field::Text, QStringLiteral("Переименовать"));
    sample.insertSubtree(sample.rootId, Role::Comments, 0, {comment});
    REQUIRE(sample.text(comment.id, Field::CommentPlace).isEmpty());

    QTemporaryDir dir;
    auto created = StandardDocument::create(dir.filePath(QStringLiteral("p.kasibi")), sample);
    REQUIRE(created.ok());
    StandardDocument& doc = *created.value();
    const QString functionName = doc.tree().value(function, Field::Name, QStringLiteral("kk"));
    REQUIRE(doc.removeSubtree(function).ok());
    const LocalizedText place = CommentPlaces::ofComment(doc.tree(), comment.id);
    INFO(place.kk.toStdString());
    CHECK(place.kk.contains(functionName));
    CHECK(place.ru.startsWith(QStringLiteral("Карточка профессии «")));
    CHECK(place.ru.endsWith(QStringLiteral("наименование")));
}
