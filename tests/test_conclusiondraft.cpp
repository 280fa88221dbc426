#include "core/classifier/classifiercheck.h"
#include "core/classifier/classifierstore.h"
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
    const QVector<QVector<Node>> drafted =
        ConclusionDraft::assessments(tree, Validator().validate(tree, kToday));
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
        for (const char* key : {"kasibi/remark@kk", "kasibi/remark@ru"})
            CHECK_FALSE(node.values.contains(QLatin1String(key)));
        // Every value is a field the schema gives an assessment.
        for (auto it = node.values.cbegin(); it != node.values.cend(); ++it)
            CHECK(Schema::kind(Kind::Assessment)->field(it.key()));
    }
}

TEST_CASE("ConclusionDraft: criteria with errors do not meet, with the findings as the remark "
          "in both languages",
          "[conclusion]") {
    const DocumentTree tree = brokenSample();
    const Findings findings = Validator().validate(tree, kToday);
    const QHash<QString, Node> drafted = byCriterion(ConclusionDraft::assessments(tree, findings));
    CHECK(drafted.size() == Criterion::all().size());
    for (const QString& failing : {QStringLiteral("1.1"), QStringLiteral("2.10")}) {
        const Node& node = drafted.value(failing);
        CHECK(node.values.value(QStringLiteral("verdict")) == QStringLiteral("does-not-meet"));
        for (const QString& language : {QStringLiteral("kk"), QStringLiteral("ru")}) {
            const QString remark = node.values.value(QStringLiteral("kasibi/remark@") + language);
            for (const Finding& f : findings)
                if (f.criterion == failing) CHECK(remark.contains(f.message.in(language)));
        }
    }
    // Each language holds its own wording, not the other's.
    const Node& name = drafted.value(QStringLiteral("1.1"));
    CHECK(name.values.value(QStringLiteral("kasibi/remark@kk"))
              .contains(QStringLiteral("кәсіптік стандарттың атауын")));
    CHECK(name.values.value(QStringLiteral("kasibi/remark@ru"))
              .contains(QStringLiteral("наименование профессионального стандарта")));
    CHECK_FALSE(
        name.values.value(QStringLiteral("kasibi/remark@ru")).contains(QStringLiteral("атауын")));
    // A warning leaves the criterion met, and a met criterion carries no instruction to the
    // author: its remark is left to the expert.
    const Node& otherNames = drafted.value(QStringLiteral("2.7"));
    CHECK(otherNames.values.value(QStringLiteral("verdict")) == QStringLiteral("meets"));
    CHECK_FALSE(otherNames.values.contains(QStringLiteral("kasibi/remark@kk")));
    CHECK_FALSE(otherNames.values.contains(QStringLiteral("kasibi/remark@ru")));
    CHECK(drafted.value(QStringLiteral("1.4")).values.value(QStringLiteral("verdict")) ==
          QStringLiteral("meets"));
}

TEST_CASE("ConclusionDraft: remarks speak of the standard, never of the program or its "
          "classifier editions",
          "[conclusion]") {
    QTemporaryDir dir;
    auto opened = ClassifierStore::open(dir.filePath(QStringLiteral("c.sqlite")));
    REQUIRE(opened.ok());
    ClassifierStore& store = *opened.value();
    DocumentTree tree = test::sampleTree();
    const QString standard = tree.standardId();
    // 1.3 fails (the section's names are gone) while the built-in OKED edition does not reach the
    // group level: the check tells the user what to load, which is no remark on the standard.
    tree.removeValue(standard, QStringLiteral("passport/oked/section/name@kk"));
    tree.removeValue(standard, QStringLiteral("passport/oked/section/name@ru"));
    const auto remarksOf = [&](const QString& criterion) -> QString {
        const Findings findings = ClassifierCheck::withValidation(tree, &store);
        const Node node =
            byCriterion(ConclusionDraft::assessments(tree, findings)).value(criterion);
        CHECK(node.values.value(QStringLiteral("verdict")) == QStringLiteral("does-not-meet"));
        return node.values.value(QStringLiteral("kasibi/remark@kk")) + QLatin1Char('\n') +
               node.values.value(QStringLiteral("kasibi/remark@ru"));
    };
    const auto requireAboutTheStandard = [](const QString& remarks, const QString& edition) {
        INFO(remarks.toStdString());
        for (const QString& word : {QStringLiteral("Kasibi"), QStringLiteral("загрузите"),
                                    QStringLiteral("жүктеңіз"), QStringLiteral("редакци"), edition})
            CHECK_FALSE(remarks.contains(word));
    };
    {
        const Findings findings = ClassifierCheck::withValidation(tree, &store);
        bool toldTheUser = false;
        for (const Finding& f : findings)
            toldTheUser |= f.criterion == QStringLiteral("1.3") && f.aboutTheCheck &&
                           f.message.kk.contains(QStringLiteral("жүктеңіз"));
        REQUIRE(toldTheUser); // the validation still says it
        const QString remarks = remarksOf(QStringLiteral("1.3"));
        CHECK(remarks.contains(QStringLiteral("секциясының атауын")));
        requireAboutTheStandard(remarks, QStringLiteral("кірістірілген"));
    }
    // With a loaded edition, an unknown subclass is named with the classifier, not the edition.
    REQUIRE(store
                .loadFile(Classifier::Oked,
                          test::sourcePath(QStringLiteral("tests/data/oked-sample-utf8.csv")),
                          QStringLiteral("ОКЭД-проба"), ClassifierStore::IfLoaded::Refuse)
                .ok());
    tree.setValue(standard, QStringLiteral("passport/oked/subclass/code"),
                  QStringLiteral("07.10.9"));
    const QString remarks = remarksOf(QStringLiteral("1.3"));
    CHECK(remarks.contains(QStringLiteral("«07.10.9» коды (сыныпша) ЭҚЖЖ бойынша табылмады")));
    CHECK(remarks.contains(QStringLiteral("Код «07.10.9» (подкласс) не найден в ОКЭД")));
    requireAboutTheStandard(remarks, QStringLiteral("ОКЭД-проба"));
}

TEST_CASE("ConclusionDraft::applied replaces the assessments a conclusion had", "[conclusion]") {
    const DocumentTree broken = brokenSample();
    const Findings findings = Validator().validate(broken, kToday);
    const DocumentTree once = ConclusionDraft::applied(broken, findings);
    const DocumentTree twice = ConclusionDraft::applied(once, findings);
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
        const QVector<QVector<Node>> drafted =
            ConclusionDraft::assessments(doc.tree(), Validator().validate(doc.tree(), kToday));
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
    CHECK(tree.value(ids[0], QStringLiteral("kasibi/remark"), QStringLiteral("kk"))
              .contains(QStringLiteral("көрсетіңіз")));
    CHECK(tree.value(ids[0], QStringLiteral("kasibi/remark"), QStringLiteral("ru"))
              .contains(QStringLiteral("Укажите")));
}
