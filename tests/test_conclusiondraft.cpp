#include "core/format/jsonstandardwriter.h"
#include "core/model/schema.h"
#include "core/model/standarddocument.h"
#include "core/validation/conclusiondraft.h"
#include "core/validation/criterion.h"
#include "core/validation/validator.h"
#include "testsupport.h"

#include <catch2/catch.hpp>

#include <QJsonArray>
#include <QTemporaryDir>

using namespace kasibi;

namespace {

const QDate kToday(2026, 11, 25);

// The drafted assessments of a tree, criterion number → node.
QHash<QString, Node> byCriterion(const QVector<QVector<Node>>& drafted) {
    QHash<QString, Node> result;
    for (const QVector<Node>& subtree : drafted) {
        REQUIRE(subtree.size() == 1);
        result.insert(subtree.first().values.value(QStringLiteral("criterion")), subtree.first());
    }
    return result;
}

// A sample with the standard's name gone (1.1), one skill's knowledge gone (2.10) and no other
// names in the first card (2.7, a warning).
DocumentTree brokenSample() {
    DocumentTree tree = test::sampleTree();
    const QString standard = tree.standardId();
    tree.removeValue(standard, QStringLiteral("passport/name@kk"));
    tree.removeValue(standard, QStringLiteral("passport/name@ru"));
    const QString card = tree.children(standard, QStringLiteral("professionCards"))[2];
    const QString function = tree.children(card, QStringLiteral("laborFunctions"))[0];
    const QString skill = tree.children(function, QStringLiteral("skills"))[1];
    for (const QString& item : tree.children(skill, QStringLiteral("knowledge")))
        tree.removeSubtree(item);
    const QString first = tree.children(standard, QStringLiteral("professionCards"))[0];
    for (const QString& item : tree.children(first, QStringLiteral("otherNames")))
        tree.removeSubtree(item);
    return tree;
}

} // namespace

TEST_CASE("ConclusionDraft: a clean standard meets every criterion, in the order of the form",
          "[conclusion]") {
    const DocumentTree tree = test::sampleTree();
    const QVector<QVector<Node>> drafted = ConclusionDraft::assessments(
        tree, Validator().validate(tree, kToday), QStringLiteral("ru"));
    REQUIRE(drafted.size() == Criterion::all().size());
    for (int i = 0; i < drafted.size(); ++i) {
        REQUIRE(drafted[i].size() == 1);
        const Node& node = drafted[i].first();
        CHECK(node.kind == Kind::Assessment);
        CHECK(node.parentId == tree.rootId);
        CHECK(node.role == ConclusionDraft::AssessmentsRole);
        CHECK_FALSE(node.id.isEmpty());
        CHECK(node.values.value(QStringLiteral("criterion")) == Criterion::all()[i].number);
        CHECK(node.values.value(QStringLiteral("verdict")) == QStringLiteral("meets"));
        CHECK_FALSE(node.values.contains(QStringLiteral("remark")));
        // Every value is a field the schema gives an assessment.
        for (auto it = node.values.cbegin(); it != node.values.cend(); ++it)
            CHECK(Schema::kind(Kind::Assessment)->field(it.key()));
    }
}

TEST_CASE("ConclusionDraft: criteria with errors do not meet, with the findings as the remark",
          "[conclusion]") {
    const DocumentTree tree = brokenSample();
    const Findings findings = Validator().validate(tree, kToday);
    for (const char* language : {"ru", "kk", "en"}) {
        DYNAMIC_SECTION("remarks in " << language) {
            const QString lang = QLatin1String(language);
            const QHash<QString, Node> drafted =
                byCriterion(ConclusionDraft::assessments(tree, findings, lang));
            CHECK(drafted.size() == Criterion::all().size());
            for (const QString& failing : {QStringLiteral("1.1"), QStringLiteral("2.10")}) {
                const Node& node = drafted.value(failing);
                CHECK(node.values.value(QStringLiteral("verdict")) ==
                      QStringLiteral("does-not-meet"));
                const QString remark = node.values.value(QStringLiteral("remark"));
                for (const Finding& f : findings)
                    if (f.criterion == failing) CHECK(remark.contains(f.message(lang)));
            }
            // A warning leaves the criterion met, and a met criterion carries no instruction to
            // the author: its remark is left to the expert.
            const Node& otherNames = drafted.value(QStringLiteral("2.7"));
            CHECK(otherNames.values.value(QStringLiteral("verdict")) == QStringLiteral("meets"));
            CHECK(otherNames.values.value(QStringLiteral("remark")).isEmpty());
            CHECK(drafted.value(QStringLiteral("1.4")).values.value(QStringLiteral("verdict")) ==
                  QStringLiteral("meets"));
        }
    }
    const QString kk =
        byCriterion(ConclusionDraft::assessments(tree, findings, QStringLiteral("kk")))
            .value(QStringLiteral("1.1"))
            .values.value(QStringLiteral("remark"));
    CHECK(kk.contains(QStringLiteral("кәсіптік стандарттың атауын")));
}

TEST_CASE("ConclusionDraft::applied replaces the assessments a conclusion had", "[conclusion]") {
    const DocumentTree broken = brokenSample();
    const Findings findings = Validator().validate(broken, kToday);
    const DocumentTree once = ConclusionDraft::applied(broken, findings, QStringLiteral("ru"));
    const DocumentTree twice = ConclusionDraft::applied(once, findings, QStringLiteral("ru"));
    const QStringList ids = twice.children(twice.rootId, ConclusionDraft::AssessmentsRole);
    REQUIRE(ids.size() == Criterion::all().size());
    // The old assessments are gone, not merely unlisted.
    for (const QString& old : once.children(once.rootId, ConclusionDraft::AssessmentsRole))
        CHECK_FALSE(twice.node(old));
    CHECK(twice.nodes.size() == broken.nodes.size() + Criterion::all().size());
    // The input is left as it was.
    CHECK(broken.children(broken.rootId, ConclusionDraft::AssessmentsRole).isEmpty());

    // The interchange format carries the drafted conclusion.
    const QJsonArray assessments = JsonStandardWriter()
                                       .toJson(twice)
                                       .value(QStringLiteral("review"))
                                       .toObject()
                                       .value(QStringLiteral("conclusion"))
                                       .toObject()
                                       .value(QStringLiteral("assessments"))
                                       .toArray();
    REQUIRE(assessments.size() == Criterion::all().size());
    CHECK(assessments[0].toObject().value(QStringLiteral("criterion")).toString() ==
          QStringLiteral("1.1"));
    CHECK(assessments[0].toObject().value(QStringLiteral("verdict")).toString() ==
          QStringLiteral("does-not-meet"));
    CHECK(assessments[2].toObject().value(QStringLiteral("criterion")).toString() ==
          QStringLiteral("1.2a"));
    CHECK(assessments[2].toObject().value(QStringLiteral("verdict")).toString() ==
          QStringLiteral("meets"));
}

TEST_CASE("ConclusionDraft: the editor inserts the draft through StandardDocument",
          "[conclusion]") {
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("draft.kasibi"));
    const DocumentTree broken = brokenSample();
    {
        auto document = StandardDocument::create(path, broken);
        REQUIRE(document.ok());
        StandardDocument& doc = *document.value();
        const QVector<QVector<Node>> drafted = ConclusionDraft::assessments(
            doc.tree(), Validator().validate(doc.tree(), kToday), QStringLiteral("kk"));
        for (int i = 0; i < drafted.size(); ++i) {
            const Status inserted = doc.insertSubtree(
                doc.tree().rootId, ConclusionDraft::AssessmentsRole, i, drafted[i]);
            INFO((inserted ? QString() : inserted.error().toString()).toStdString());
            REQUIRE(inserted.ok());
        }
    }
    auto reopened = StandardDocument::open(path);
    REQUIRE(reopened.ok());
    const DocumentTree& tree = reopened.value()->tree();
    const QStringList ids = tree.children(tree.rootId, ConclusionDraft::AssessmentsRole);
    REQUIRE(ids.size() == Criterion::all().size());
    CHECK(tree.value(ids[0], QStringLiteral("criterion")) == QStringLiteral("1.1"));
    CHECK(tree.value(ids[0], QStringLiteral("verdict")) == QStringLiteral("does-not-meet"));
    CHECK(tree.value(ids[0], QStringLiteral("remark")).contains(QStringLiteral("көрсетіңіз")));
}
