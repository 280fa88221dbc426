// A list item's id (ListItem in ../shared/format/standard-v1.schema.json) through everything that
// reads, keeps, compares or merges a standard: a comment on one knowledge item stays on it.
#include "core/format/jsonstandardreader.h"
#include "core/format/jsonstandardwriter.h"
#include "core/lifecycle/standarddiff.h"
#include "core/model/schema.h"
#include "core/model/standarddocument.h"
#include "core/review/commentmerger.h"
#include "testsupport.h"

#include <catch2/catch.hpp>

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>

using namespace kasibi;

namespace {

DocumentTree readJson(const QByteArray& bytes) {
    Result<DocumentTree> tree = JsonStandardReader().parse(bytes, QStringLiteral("copy.json"));
    REQUIRE(tree.ok());
    return tree.value();
}

QByteArray writeJson(const DocumentTree& tree) {
    return QJsonDocument(JsonStandardWriter().toJson(tree)).toJson();
}

// The knowledge of the first skill of the first card.
QStringList knowledgeOf(const DocumentTree& tree) {
    const QString card =
        tree.children(tree.standardId(), QStringLiteral("professionCards")).value(0);
    const QString function = tree.children(card, QStringLiteral("laborFunctions")).value(0);
    const QString skill = tree.children(function, QStringLiteral("skills")).value(0);
    return tree.children(skill, QStringLiteral("knowledge"));
}

const Change* find(const QVector<Change>& changes, ChangeKind kind, const QString& id) {
    for (const Change& change : changes)
        if (change.kind == kind && change.elementId == id) return &change;
    return nullptr;
}

} // namespace

TEST_CASE("A list item keeps its id through JSON, and one read without an id gets one",
          "[listitem]") {
    const DocumentTree tree = test::sampleTree();
    const QStringList items = knowledgeOf(tree);
    REQUIRE(items.size() >= 2);

    const QByteArray json = writeJson(tree);
    const QJsonObject written = QJsonDocument::fromJson(json).object();
    const QJsonObject skill =
        written[QStringLiteral("standard")][QStringLiteral("professionCards")][0]
               [QStringLiteral("laborFunctions")][0][QStringLiteral("skills")][0]
                   .toObject();
    const QJsonArray knowledge = skill[QStringLiteral("knowledge")].toArray();
    REQUIRE(knowledge.size() == items.size());
    for (int i = 0; i < items.size(); ++i) {
        CHECK(knowledge[i][QStringLiteral("id")].toString() == items[i]);
        CHECK(knowledge[i][QStringLiteral("ru")].toString() ==
              tree.value(items[i], Schema::TextItemField, QStringLiteral("ru")));
    }
    CHECK(knowledgeOf(readJson(json)) == items);

    // An item without an id (a file from before ids) gets one of its own.
    QByteArray withoutId = json;
    const QByteArray idKey = QByteArray("\"id\": \"") + items[0].toUtf8() + QByteArray("\",");
    withoutId.replace(idKey, QByteArray());
    REQUIRE(withoutId != json);
    const QStringList given = knowledgeOf(readJson(withoutId));
    REQUIRE(given.size() == items.size());
    CHECK_FALSE(given[0].isEmpty());
    CHECK_FALSE(items.contains(given[0]));
    CHECK(given.mid(1) == items.mid(1));

    // Two items with one id are refused, with where.
    QByteArray twice = json;
    twice.replace(items[1].toUtf8(), items[0].toUtf8());
    Result<DocumentTree> refused = JsonStandardReader().parse(twice, QStringLiteral("copy.json"));
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().message.contains(items[0]));
    CHECK(refused.error().message.contains(QStringLiteral("/knowledge/0")));
}

TEST_CASE("A list item keeps its id in the document file", "[listitem]") {
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("standard.kasibi"));
    const DocumentTree tree = test::sampleTree();
    const QStringList items = knowledgeOf(tree);
    {
        auto created = StandardDocument::create(path, tree);
        REQUIRE(created.ok());
    }
    auto reopened = StandardDocument::open(path);
    REQUIRE(reopened.ok());
    CHECK(knowledgeOf(reopened.value()->tree()) == items);
}

TEST_CASE("A comparison tells an edited item from a removed one by id", "[listitem][diff]") {
    // Two reads of one JSON file written with ids: the same items.
    const QByteArray json = writeJson(test::sampleTree());
    const DocumentTree before = readJson(json);
    DocumentTree after = readJson(json);
    const QStringList items = knowledgeOf(before);
    REQUIRE(items.size() >= 3);
    // The first item goes, the second is rewritten: by place, the second would pass for the
    // first edited and the second removed.
    after.removeSubtree(items[0]);
    after.setValue(items[1], QStringLiteral("text@ru"), QStringLiteral("Совсем другое знание"));
    after.moveChild(items[2], 0);

    const QVector<Change> changes = StandardDiff::compare(before, after);
    CHECK(find(changes, ChangeKind::Removed, items[0]));
    const Change* edited = find(changes, ChangeKind::Changed, items[1]);
    REQUIRE(edited);
    CHECK(edited->after == QStringLiteral("Совсем другое знание"));
    const Change* moved = find(changes, ChangeKind::Moved, items[2]);
    REQUIRE(moved);
    CHECK(moved->withinParent);
    CHECK_FALSE(find(changes, ChangeKind::Changed, items[0]));
    CHECK_FALSE(find(changes, ChangeKind::Removed, items[1]));
}

TEST_CASE("A comment on one list item of a reviewed JSON copy comes back on that item",
          "[listitem][merge]") {
    const DocumentTree mine = test::sampleTree();
    DocumentTree reviewed = readJson(writeJson(mine));
    // The reviewer comments on the item as it is in the copy.
    const QString item = knowledgeOf(reviewed).value(1);
    Node comment{DocumentTree::newId(), Kind::Comment, reviewed.rootId,
                 QStringLiteral("review/comments")};
    comment.values.insert(QStringLiteral("targetId"), item);
    comment.values.insert(QStringLiteral("author"), QStringLiteral("Эксперт"));
    comment.values.insert(QStringLiteral("created"), QStringLiteral("2025-06-01T10:00:00Z"));
    comment.values.insert(QStringLiteral("text"), QStringLiteral("Уточнить"));
    reviewed.insertSubtree(reviewed.rootId, QStringLiteral("review/comments"), 0, {comment});
    // Through the file a reviewer sends back.
    reviewed = readJson(writeJson(reviewed));

    Result<CommentMerge> merge = CommentMerger::merge(mine, reviewed, QStringLiteral("copy.json"));
    REQUIRE(merge.ok());
    REQUIRE(merge.value().newComments.size() == 1);
    const Node& merged = merge.value().newComments.first().first();
    CHECK(merged.values.value(QStringLiteral("targetId")) == item);
    CHECK(mine.node(item));
}
