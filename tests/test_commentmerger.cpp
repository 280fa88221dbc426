#include "core/format/jsonstandardwriter.h"
#include "core/model/schema.h"
#include "core/model/standarddocument.h"
#include "core/review/commentmerger.h"
#include "core/store/documentstore.h"
#include "testsupport.h"

#include <catch2/catch.hpp>

#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>

using namespace kasibi;

namespace {

QString addComment(StandardDocument& document, const QString& target, const QString& text) {
    const QString root = document.tree().rootId;
    const QString role = QStringLiteral("review/comments");
    auto comment = document.newElement(root, role);
    REQUIRE(comment.ok());
    const QString id = comment.value().first().id;
    REQUIRE(document.insertSubtree(root, role, document.tree().children(root, role).size(),
                                   comment.value()));
    REQUIRE(document.setValue(id, QStringLiteral("targetId"), {}, target));
    REQUIRE(document.setValue(id, QStringLiteral("author"), {}, QStringLiteral("Эксперт НО")));
    REQUIRE(document.setValue(id, QStringLiteral("created"), {},
                              QStringLiteral("2025-03-01T10:00:00")));
    REQUIRE(document.setValue(id, QStringLiteral("text"), {}, text));
    return id;
}

QByteArray content(const DocumentTree& tree) {
    return QJsonDocument(
               JsonStandardWriter().toJson(tree).value(QStringLiteral("standard")).toObject())
        .toJson();
}

} // namespace

TEST_CASE("Comments of a reviewed copy come back, with the threads resolved there, without "
          "touching the content or doubling",
          "[review]") {
    QTemporaryDir dir;
    const QString authorPath = dir.filePath(QStringLiteral("draft.kasibi"));
    auto author = StandardDocument::create(authorPath, test::sampleTree());
    REQUIRE(author.ok());
    const QString standard = author.value()->tree().standardId();
    const QString card =
        author.value()->tree().children(standard, QStringLiteral("professionCards")).first();
    const QString discussed =
        addComment(*author.value(), card, QStringLiteral("Already discussed"));
    const QString settled = addComment(*author.value(), standard, QStringLiteral("Settled here"));
    REQUIRE(
        author.value()->setValue(settled, QStringLiteral("resolved"), {}, QStringLiteral("true")));

    // The reviewer works on an e-mailed copy, in review mode.
    const QString copyPath = dir.filePath(QStringLiteral("reviewed.kasibi"));
    REQUIRE(DocumentStore::create(copyPath, author.value()->tree(), false).ok());
    {
        auto reviewer = StandardDocument::open(copyPath);
        REQUIRE(reviewer.ok());
        reviewer.value()->setReviewMode(true);
        CHECK_FALSE(reviewer.value()->setValue(card, QStringLiteral("mainPurpose"),
                                               QStringLiteral("ru"),
                                               QStringLiteral("changed by accident")));
        CHECK_FALSE(reviewer.value()->removeSubtree(card).ok());
        addComment(*reviewer.value(), card, QStringLiteral("Уточните основную цель"));
        addComment(*reviewer.value(), standard, QStringLiteral("Проверьте код ОКЭД"));
        // The reviewer settles the discussed point; the settled one is open again in the copy
        // (as a copy made before it was settled would have it).
        REQUIRE(reviewer.value()->setValue(discussed, QStringLiteral("resolved"), {},
                                           QStringLiteral("true")));
        REQUIRE(reviewer.value()->setValue(settled, QStringLiteral("resolved"), {}, {}));
        REQUIRE(reviewer.value()->setValue(reviewer.value()->tree().rootId,
                                           QStringLiteral("review/conclusion/kasibi/stateBody"),
                                           QStringLiteral("ru"), QStringLiteral("Министерство")));
    }
    // Meanwhile the author went on editing.
    REQUIRE(author.value()->setValue(standard, QStringLiteral("technicalData/version"), {},
                                     QStringLiteral("1.1")));
    const QByteArray before = content(author.value()->tree());

    auto reviewed = StandardDocument::open(copyPath, AccessMode::ReadOnly);
    REQUIRE(reviewed.ok());
    for (int round = 0; round < 2; ++round) {
        auto merge =
            CommentMerger::merge(author.value()->tree(), reviewed.value()->tree(), copyPath);
        REQUIRE(merge.ok());
        CHECK(merge.value().newComments.size() == (round == 0 ? 2 : 0));
        CHECK(merge.value().resolvedThreads ==
              (round == 0 ? QStringList{discussed} : QStringList{}));
        for (const QString& thread : merge.value().resolvedThreads)
            REQUIRE(author.value()->setValue(thread, QStringLiteral("resolved"), {},
                                             QStringLiteral("true")));
        const QString root = author.value()->tree().rootId;
        for (const QVector<Node>& comment : merge.value().newComments)
            REQUIRE(author.value()->insertSubtree(
                root, QStringLiteral("review/comments"),
                author.value()->tree().children(root, QStringLiteral("review/comments")).size(),
                comment));
    }
    CHECK(author.value()
              ->tree()
              .children(author.value()->tree().rootId, QStringLiteral("review/comments"))
              .size() == 4);
    CHECK(author.value()->tree().value(settled, QStringLiteral("resolved")) ==
          QStringLiteral("true"));
    CHECK((content(author.value()->tree()) == before));

    // A copy of another standard is refused.
    auto other = CommentMerger::merge(author.value()->tree(), DocumentTree::newStandard(),
                                      QStringLiteral("other.kasibi"));
    REQUIRE_FALSE(other.ok());
    CHECK(other.error().where == QStringLiteral("other.kasibi"));
}
