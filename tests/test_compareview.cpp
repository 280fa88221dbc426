#include "core/model/schema.h"
#include "testsupport.h"
#include "ui/versions/compareview.h"

#include <catch2/catch.hpp>

#include <QLabel>
#include <QRegularExpression>
#include <QTreeWidget>

using namespace kasibi;

namespace {

struct Pair {
    DocumentTree before = test::sampleTree();
    DocumentTree after = before;
    QString standard = before.standardId();
    QString card = before.children(standard, QStringLiteral("professionCards"))[0];
    QString function = before.children(card, QStringLiteral("laborFunctions"))[0];
    QString skill = before.children(function, QStringLiteral("skills"))[0];
    QString knowledge = before.children(skill, QStringLiteral("knowledge")).first();
};

} // namespace

TEST_CASE("CompareView: an added skill and a changed knowledge text with the changed word marked") {
    Pair pair;
    Node added{QStringLiteral("added-skill"), Kind::Skill};
    added.values.insert(QStringLiteral("name@ru"), QStringLiteral("Ведение журнала смены"));
    pair.after.insertSubtree(pair.function, QStringLiteral("skills"), 1, {added});
    const QString text = pair.before.text(pair.knowledge, Schema::TextItemField).ru;
    pair.after.setValue(pair.knowledge, QStringLiteral("text@ru"),
                        text + QStringLiteral(" диспетчеризации"));

    CompareView view;
    view.compare(pair.before, pair.after, QStringLiteral("ru"));
    QTreeWidgetItem* skill = view.itemOf(QStringLiteral("added-skill"));
    REQUIRE(skill);
    CHECK(skill->text(0).contains(QStringLiteral("Навык «Ведение журнала смены»")));
    CHECK(view.sideHtml(skill, 1).isEmpty());
    CHECK(view.sideHtml(skill, 2).contains(QStringLiteral("Ведение журнала смены")));

    QTreeWidgetItem* knowledge = view.itemOf(pair.knowledge, Schema::TextItemField);
    REQUIRE(knowledge);
    CHECK(knowledge->background(0).color() != skill->background(0).color());
    // Only the new word is marked on the right; the left has nothing marked.
    const QString right = view.sideHtml(knowledge, 2);
    CHECK(right.contains(QRegularExpression(
        QStringLiteral("<span style=\"background-color:#[0-9a-f]+\">диспетчеризации</span>"))));
    CHECK(right.count(QStringLiteral("<span")) == 1);
    CHECK_FALSE(view.sideHtml(knowledge, 1).contains(QStringLiteral("<span")));
    CHECK(view.verdict().significant);
}

TEST_CASE("CompareView: confirming a typo fix makes the change not significant") {
    Pair pair;
    QString text = pair.before.text(pair.knowledge, Schema::TextItemField).ru;
    const qsizetype word = text.indexOf(QRegularExpression(
        QStringLiteral("\\w{6,}"), QRegularExpression::UseUnicodePropertiesOption));
    REQUIRE(word >= 0);
    text[word + 2] = text[word + 2] == QChar(u'а') ? QChar(u'о') : QChar(u'а');
    pair.after.setValue(pair.knowledge, QStringLiteral("text@ru"), text);

    CompareView view;
    view.compare(pair.before, pair.after, QStringLiteral("ru"));
    QTreeWidgetItem* item = view.itemOf(pair.knowledge);
    REQUIRE(item);
    REQUIRE(item->flags().testFlag(Qt::ItemIsUserCheckable));
    CHECK(item->checkState(0) == Qt::Unchecked);
    CHECK(view.verdict().significant); // offered, not assumed
    auto* verdict = view.findChild<QLabel*>(QStringLiteral("verdict"));
    REQUIRE(verdict);
    const QString before = verdict->text();

    item->setCheckState(0, Qt::Checked);
    CHECK_FALSE(view.verdict().significant);
    CHECK(view.verdict().typoFixes == 1);
    CHECK(verdict->text() != before);
    item->setCheckState(0, Qt::Unchecked);
    CHECK(view.verdict().significant);
}
