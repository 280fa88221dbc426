#include "core/format/jsonstandardreader.h"
#include "core/format/jsonstandardwriter.h"
#include "core/lifecycle/changesignificance.h"
#include "core/lifecycle/standarddiff.h"
#include "core/model/schema.h"
#include "core/model/standarddocument.h"
#include "testsupport.h"

#include <catch2/catch.hpp>

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTemporaryDir>

using namespace kasibi;

namespace {

struct Sample {
    DocumentTree tree = test::sampleTree();
    QString standard = tree.standardId();
    QString card(int i) const {
        return tree.children(standard, QStringLiteral("professionCards"))[i];
    }
    QString function(int c, int f) const {
        return tree.children(card(c), QStringLiteral("laborFunctions"))[f];
    }
    QString skill(int c, int f, int s) const {
        return tree.children(function(c, f), QStringLiteral("skills"))[s];
    }
};

const Change* find(const QVector<Change>& changes, ChangeKind kind, const QString& id) {
    for (const Change& change : changes)
        if (change.kind == kind && change.elementId == id) return &change;
    return nullptr;
}

} // namespace

TEST_CASE("The same standard has no changes", "[diff]") {
    const Sample a, b;
    CHECK(StandardDiff::compare(a.tree, a.tree).isEmpty());
    // Two reads of one JSON file: text items get new ids, and are matched by their text.
    CHECK(StandardDiff::compare(a.tree, b.tree).isEmpty());
    CHECK_FALSE(ChangeSignificance::judge({}).significant);
}

TEST_CASE("Every kind of change is found by id", "[diff]") {
    const Sample before;
    Sample after;
    after.tree = before.tree;
    // removed: a skill; added: a function; changed: a card's purpose; moved: a function to
    // another place in its card, and a skill into another function.
    const QString removedSkill = before.skill(0, 0, 1);
    after.tree.removeSubtree(removedSkill);
    Node function{QStringLiteral("new-function"), Kind::LaborFunction};
    function.values.insert(QStringLiteral("kind"), QStringLiteral("additional"));
    after.tree.insertSubtree(before.card(1), QStringLiteral("laborFunctions"), 0, {function});
    after.tree.setValue(before.card(2), QStringLiteral("mainPurpose@ru"),
                        QStringLiteral("Другая цель"));
    after.tree.moveChild(before.function(3, 2), 0);
    const QString travelling = before.skill(2, 0, 0);
    const QVector<Node> skill = after.tree.subtree(travelling);
    after.tree.removeSubtree(travelling);
    after.tree.insertSubtree(before.function(2, 1), QStringLiteral("skills"), 0, skill);

    const QVector<Change> changes = StandardDiff::compare(before.tree, after.tree);
    const Change* removed = find(changes, ChangeKind::Removed, removedSkill);
    REQUIRE(removed);
    CHECK(removed->path == QStringLiteral("/standard/professionCards/0/laborFunctions/0/skills/1"));
    const Change* added = find(changes, ChangeKind::Added, QStringLiteral("new-function"));
    REQUIRE(added);
    CHECK(added->path == QStringLiteral("/standard/professionCards/1/laborFunctions/0"));
    const Change* changed = find(changes, ChangeKind::Changed, before.card(2));
    REQUIRE(changed);
    CHECK(changed->field == QStringLiteral("mainPurpose"));
    CHECK(changed->language == QStringLiteral("ru"));
    CHECK(changed->after == QStringLiteral("Другая цель"));
    const Change* reordered = find(changes, ChangeKind::Moved, before.function(3, 2));
    REQUIRE(reordered);
    CHECK(reordered->withinParent);
    const Change* moved = find(changes, ChangeKind::Moved, travelling);
    REQUIRE(moved);
    CHECK_FALSE(moved->withinParent);
    // The added function's own skills and the removed skill's items are not listed again.
    CHECK(changes.size() == 5);
}

TEST_CASE("Significance follows rules 17 and 18", "[diff][significance]") {
    const Sample before;
    Sample after;
    after.tree = before.tree;

    SECTION("a typo fixed in the scope is not significant") {
        QString scope =
            before.tree.text(before.standard, QStringLiteral("generalProvisions/scope")).ru;
        const qsizetype at = scope.indexOf(QStringLiteral("стандарт"));
        REQUIRE(at >= 0);
        scope.replace(at, 8, QStringLiteral("стнадарт"));
        after.tree.setValue(before.standard, QStringLiteral("generalProvisions/scope@ru"), scope);
        const QVector<Change> changes = StandardDiff::compare(after.tree, before.tree);
        REQUIRE(changes.size() == 1);
        CHECK(changes.first().typoFix);
        const ChangeSignificance verdict = ChangeSignificance::judge(changes);
        CHECK_FALSE(verdict.significant);
        CHECK(verdict.reason.contains(QStringLiteral("rule 18")));
    }
    SECTION(
        "a typo fixed in a card is offered as a typo fix, and is significant if not confirmed") {
        const QString knowledge =
            before.tree.children(before.skill(0, 0, 0), QStringLiteral("knowledge")).first();
        QString text = before.tree.text(knowledge, Schema::TextItemField).ru;
        // One letter of the first long word is mistyped.
        const qsizetype word = text.indexOf(QRegularExpression(
            QStringLiteral("\\w{6,}"), QRegularExpression::UseUnicodePropertiesOption));
        REQUIRE(word >= 0);
        text[word + 2] = text[word + 2] == QChar(u'а') ? QChar(u'о') : QChar(u'а');
        after.tree.setValue(knowledge, QStringLiteral("text@ru"), text);
        const QVector<Change> changes = StandardDiff::compare(before.tree, after.tree);
        REQUIRE(changes.size() == 1);
        CHECK(changes.first().typoFix);
        CHECK(changes.first().path ==
              QStringLiteral("/standard/professionCards/0/laborFunctions/0/skills/0/knowledge/0"));
        CHECK_FALSE(ChangeSignificance::judge(changes, true).significant);
        CHECK(ChangeSignificance::judge(changes, true).typoFixes == 1);
        CHECK(ChangeSignificance::judge(changes, false).significant);
    }
    SECTION("a changed knowledge item is significant") {
        const QString knowledge =
            before.tree.children(before.skill(1, 1, 0), QStringLiteral("knowledge")).last();
        after.tree.setValue(knowledge, QStringLiteral("text@ru"),
                            QStringLiteral("Новые требования к цифровым системам диспетчеризации"));
        const ChangeSignificance verdict =
            ChangeSignificance::judge(StandardDiff::compare(before.tree, after.tree));
        CHECK(verdict.significant);
        CHECK(verdict.reason.contains(QStringLiteral("rule 17")));
    }
    SECTION("a reordered skill changes no content") {
        after.tree.moveChild(before.skill(0, 1, 1), 0);
        const QVector<Change> changes = StandardDiff::compare(before.tree, after.tree);
        REQUIRE(changes.size() == 1);
        CHECK(changes.first().kind == ChangeKind::Moved);
        CHECK_FALSE(ChangeSignificance::judge(changes).significant);
    }
    SECTION("an added card is significant") {
        Node card{QStringLiteral("new-card"), Kind::ProfessionCard};
        after.tree.insertSubtree(before.standard, QStringLiteral("professionCards"), 4, {card});
        const ChangeSignificance verdict =
            ChangeSignificance::judge(StandardDiff::compare(before.tree, after.tree));
        CHECK(verdict.significant);
    }
}

TEST_CASE("Typo fixes are told from rewordings", "[diff]") {
    CHECK(StandardDiff::looksLikeTypoFix(QStringLiteral("Знание техники безопастности"),
                                         QStringLiteral("Знание техники безопасности")));
    CHECK(StandardDiff::looksLikeTypoFix(QStringLiteral("Жабдықты  тексеру ."),
                                         QStringLiteral("Жабдықты тексеру.")));
    CHECK_FALSE(
        StandardDiff::looksLikeTypoFix(QStringLiteral("Знание техники безопасности"),
                                       QStringLiteral("Знание правил пожарной безопасности")));
    CHECK_FALSE(StandardDiff::looksLikeTypoFix(QStringLiteral("Уровень 4"),
                                               QStringLiteral("Уровень 5 и 6")));
    CHECK(StandardDiff::looksLikeTypoFix(QStringLiteral("кот"), QStringLiteral("кит")));
}

TEST_CASE("kasibi-cli diff reports changes and the verdict as JSON", "[diff][cli]") {
    QTemporaryDir dir;
    const Sample before;
    DocumentTree after = before.tree;
    after.setValue(before.card(0), QStringLiteral("orkLevel"), QStringLiteral("5"));
    const QString a = dir.filePath(QStringLiteral("a.json"));
    const QString b = dir.filePath(QStringLiteral("b.json"));
    REQUIRE(JsonStandardWriter().write(before.tree, a, {}).ok());
    REQUIRE(JsonStandardWriter().write(after, b, {}).ok());
    QString output;
    REQUIRE(test::runCli({QStringLiteral("diff"), a, b, QStringLiteral("--json")}, &output) == 0);
    const QJsonObject result = QJsonDocument::fromJson(output.toUtf8()).object();
    CHECK(result.value(QStringLiteral("significant")).toBool());
    const QJsonArray changes = result.value(QStringLiteral("changes")).toArray();
    REQUIRE(changes.size() == 1);
    const QJsonObject change = changes.first().toObject();
    CHECK(change.value(QStringLiteral("kind")).toString() == QStringLiteral("changed"));
    CHECK(change.value(QStringLiteral("path")).toString() ==
          QStringLiteral("/standard/professionCards/0/orkLevel"));
    CHECK(change.value(QStringLiteral("elementId")).toString() == before.card(0));
    CHECK(change.value(QStringLiteral("field")).toString() == QStringLiteral("orkLevel"));

    QString errors;
    const QString other = dir.filePath(QStringLiteral("other.json"));
    DocumentTree foreign = DocumentTree::newStandard();
    REQUIRE(JsonStandardWriter().write(foreign, other, {}).ok());
    CHECK(test::runCli({QStringLiteral("diff"), a, other}, nullptr, &errors) == 2);
    CHECK(errors.contains(QStringLiteral("not the same standard")));
}

TEST_CASE("kasibi-cli diff compares a file with one of its versions", "[diff][cli]") {
    QTemporaryDir dir;
    const QString document = dir.filePath(QStringLiteral("s.kasibi"));
    REQUIRE(test::runCli({QStringLiteral("import"), test::samplePath(), QStringLiteral("-o"),
                          document}) == 0);
    {
        auto opened = StandardDocument::open(document);
        REQUIRE(opened.ok());
        REQUIRE(opened.value()->saveVersion(QStringLiteral("sent")).ok());
        const QString standard = opened.value()->tree().standardId();
        REQUIRE(opened.value()->setValue(standard, QStringLiteral("technicalData/version"), {},
                                         QStringLiteral("1.1")));
    }
    QString output;
    REQUIRE(test::runCli({QStringLiteral("diff"), document + QStringLiteral("@sent"), document,
                          QStringLiteral("--json")},
                         &output) == 0);
    const QJsonObject result = QJsonDocument::fromJson(output.toUtf8()).object();
    REQUIRE(result.value(QStringLiteral("changes")).toArray().size() == 1);
    CHECK_FALSE(result.value(QStringLiteral("significant")).toBool());
    QString errors;
    CHECK(test::runCli({QStringLiteral("diff"), document + QStringLiteral("@nope"), document},
                       nullptr, &errors) == 2);
    CHECK(errors.contains(QStringLiteral("nope")));
}
