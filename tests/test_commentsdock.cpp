#include "core/model/displaytime.h"
#include "core/model/schema.h"
#include "core/review/commentthreads.h"
#include "ui/commands/editsession.h"
#include "ui/fields/fieldeditor.h"
#include "ui/fields/nodeform.h"
#include "ui/review/commentplace.h"
#include "ui/review/commentrowdelegate.h"
#include "ui/review/commentscontroller.h"
#include "ui/review/commentsdock.h"
#include "ui/review/reviewcontroller.h"
#include "windowfixture.h"

#include <catch2/catch.hpp>

#include <QApplication>
#include <QComboBox>
#include <QDateTime>
#include <QHeaderView>
#include <QRegularExpression>
#include <QTest>
#include <QTreeWidget>

using namespace kasibi;

namespace {

// A reviewer's comment as it comes from a file: written at `created`, on a place.
QString addComment(EditSession* session, const QString& target, const QString& field,
                   const QString& text, const QString& created) {
    QHash<QString, QString> values{{Field::TargetId, target},
                                   {Field::Author, QStringLiteral("Ахметова А. С.")},
                                   {Field::Created, created},
                                   {Field::Text, text}};
    if (!field.isEmpty()) values.insert(Field::CommentedField, field);
    return test::addComment(session, values);
}

// The row of a comment (selecting it, as a click would).
QTreeWidgetItem* rowOf(CommentsDock* dock, const QString& id) {
    dock->selectComment(id);
    return dock->currentComment() == id ? dock->view()->currentItem() : nullptr;
}

struct Places {
    QString function, skill, knowledge;
    QString onSkillName, onKnowledge, onCardLevel, onWhole, onStandardName;
};

// Five comments written in an order unlike the standard's: dated so that no two orders agree.
Places comment(test::WindowFixture& fixture) {
    EditSession* session = fixture.window.session();
    const DocumentTree& tree = session->tree();
    Places p;
    p.function = tree.children(fixture.card, Role::LaborFunctions).value(0);
    p.skill = tree.children(p.function, Role::Skills).value(0);
    p.knowledge = session->addElement(p.skill, Role::Knowledge);
    REQUIRE(!p.knowledge.isEmpty());
    REQUIRE(session->setValue(p.knowledge, Schema::TextItemField, QStringLiteral("ru"),
                              QStringLiteral("Требования промышленной безопасности")));
    p.onKnowledge = addComment(session, p.knowledge, {}, QStringLiteral("Уточнить"),
                               QStringLiteral("2026-03-02T10:00:00+05:00"));
    p.onSkillName = addComment(session, p.skill, Field::Name, QStringLiteral("Через действие"),
                               QStringLiteral("2026-01-15T09:30:00+05:00"));
    p.onCardLevel = addComment(session, fixture.card, Field::OrkLevel,
                               QStringLiteral("Уровень не согласуется с опытом"),
                               QStringLiteral("2026-04-20T16:45:00+05:00"));
    p.onWhole = addComment(session, fixture.standard, {}, QStringLiteral("В целом готов"),
                           QStringLiteral("2026-02-01T11:00:00+05:00"));
    p.onStandardName =
        addComment(session, fixture.standard, Field::StandardName, QStringLiteral("Сверить с ОКЭД"),
                   QStringLiteral("2025-12-30T08:00:00+05:00"));
    return p;
}

CommentsDock* dockOf(MainWindow& window) {
    auto* review = window.findChild<ReviewController*>();
    REQUIRE(review);
    CommentsDock* dock = review->comments()->dock();
    dock->show();
    dock->raise();
    dock->setShow(CommentsDock::Show::All);
    return dock;
}

} // namespace

TEST_CASE("CommentsDock: each comment shows its place and its date with a four-digit year") {
    test::WindowFixture fixture;
    const Places p = comment(fixture);
    CommentsDock* dock = dockOf(fixture.window);
    EditSession* session = fixture.window.session();
    const DocumentTree& tree = session->tree();

    REQUIRE(dock->view()->topLevelItemCount() == 5);
    const QRegularExpression fourDigitYear(QStringLiteral("(^|\\D)20\\d\\d(\\D|$)"));
    for (const QString& id : {p.onKnowledge, p.onSkillName, p.onCardLevel, p.onWhole}) {
        QTreeWidgetItem* row = rowOf(dock, id);
        REQUIRE(row);
        const QString place =
            row->data(CommentsDock::TextColumn, CommentRowDelegate::PlaceRole).toString();
        CHECK(place == CommentPlace::describe(*session, tree.value(id, Field::TargetId),
                                              tree.value(id, Field::CommentedField)));
        // In local time, as the interface writes dates.
        const QDateTime created =
            QDateTime::fromString(tree.value(id, Field::Created), Qt::ISODate);
        const QString date =
            row->data(CommentsDock::TextColumn, CommentRowDelegate::DateRole).toString();
        CHECK(date == DisplayTime::dateTime(created.toLocalTime()));
        CHECK(date.contains(fourDigitYear));
    }
    const auto placeOf = [&](const QString& id) {
        return rowOf(dock, id)
            ->data(CommentsDock::TextColumn, CommentRowDelegate::PlaceRole)
            .toString();
    };
    // The wording the comment dialog uses: the list item, the skill, the card, the field.
    CHECK(placeOf(p.onKnowledge).contains(QStringLiteral("Skill 1")));
    CHECK(placeOf(p.onKnowledge).endsWith(QStringLiteral("1")));
    CHECK(placeOf(p.onCardLevel).startsWith(QStringLiteral("Card")));
    CHECK(placeOf(p.onWhole) == QStringLiteral("The whole standard"));
    // The place and the date stand on a line of their own above the text.
    const QModelIndex index = dock->view()->indexFromItem(rowOf(dock, p.onSkillName));
    CHECK(dock->view()->sizeHintForIndex(index).height() >
          QFontMetrics(dock->view()->font()).height() * 2 - 2);

    // A reply shows its own date; its place is its thread's.
    Node reply{DocumentTree::newId(), Kind::Comment, tree.rootId, CommentThreads::Role};
    reply.values.insert(Field::ReplyTo, p.onSkillName);
    reply.values.insert(Field::Author, QStringLiteral("Сериков Б. К."));
    reply.values.insert(Field::Created, QStringLiteral("2026-01-16T12:00:00+05:00"));
    reply.values.insert(Field::Text, QStringLiteral("Исправлено"));
    REQUIRE(!session->insertSubtree(tree.rootId, CommentThreads::Role, -1, {reply}, {}).isEmpty());
    REQUIRE(QTest::qWaitFor([&] { return rowOf(dock, p.onSkillName)->childCount() == 1; }));
    QTreeWidgetItem* answer = rowOf(dock, p.onSkillName)->child(0);
    CHECK(
        answer->data(CommentsDock::TextColumn, CommentRowDelegate::DateRole).toString() ==
        DisplayTime::dateTime(
            QDateTime::fromString(reply.values.value(Field::Created), Qt::ISODate).toLocalTime()));
    CHECK(answer->data(CommentsDock::TextColumn, CommentRowDelegate::PlaceRole).isNull());
}

TEST_CASE("CommentsDock: the list is in the order of the places in the standard, or of the dates") {
    test::WindowFixture fixture;
    const Places p = comment(fixture);
    CommentsDock* dock = dockOf(fixture.window);

    // By place: the standard as a whole, the passport's name, the card's level, the skill's
    // name, then the skill's knowledge item.
    dock->setOrder(CommentsDock::Order::Place);
    CHECK(dock->visibleComments() ==
          (QStringList{p.onWhole, p.onStandardName, p.onCardLevel, p.onSkillName, p.onKnowledge}));
    // By date: oldest first.
    auto* order = dock->findChild<QComboBox*>(QStringLiteral("commentOrder"));
    REQUIRE(order);
    order->setCurrentIndex(order->findData(int(CommentsDock::Order::Date)));
    CHECK(dock->visibleComments() ==
          (QStringList{p.onStandardName, p.onSkillName, p.onWhole, p.onKnowledge, p.onCardLevel}));

    // A second card put before the first takes its comments ahead of the first card's.
    dock->setOrder(CommentsDock::Order::Place);
    EditSession* session = fixture.window.session();
    const QString second = session->addElement(fixture.standard, Role::ProfessionCards, 0);
    REQUIRE(!second.isEmpty());
    const QString onSecond = addComment(session, second, Field::Name, QStringLiteral("Имя"),
                                        QStringLiteral("2026-05-01T10:00:00+05:00"));
    REQUIRE(QTest::qWaitFor([&] { return dock->visibleComments().contains(onSecond); }));
    CHECK(dock->visibleComments() == (QStringList{p.onWhole, p.onStandardName, onSecond,
                                                  p.onCardLevel, p.onSkillName, p.onKnowledge}));
}

TEST_CASE("CommentsDock: one click on a comment goes to its place") {
    test::WindowFixture fixture;
    MainWindow& window = fixture.window;
    const Places p = comment(fixture);
    CommentsDock* dock = dockOf(window);
    REQUIRE(window.showPage(PageRef::ofChapter(PageRef::Passport)));

    QTreeWidgetItem* row = rowOf(dock, p.onSkillName);
    REQUIRE(row);
    dock->view()->scrollToItem(row);
    QTest::mouseClick(dock->view()->viewport(), Qt::LeftButton, {},
                      dock->view()->visualItemRect(row).center());
    REQUIRE(window.currentForm());
    CHECK(window.currentForm()->page() == PageRef::ofNode(p.skill));
    FieldEditor* editor = window.currentForm()->fieldEditor(p.skill, Field::Name);
    REQUIRE(editor);
    REQUIRE(QTest::qWaitFor([&] {
        return QApplication::focusWidget() && editor->isAncestorOf(QApplication::focusWidget());
    }));

    // The card's level, on the card's page.
    row = rowOf(dock, p.onCardLevel);
    REQUIRE(row);
    QTest::mouseClick(dock->view()->viewport(), Qt::LeftButton, {},
                      dock->view()->visualItemRect(row).center());
    CHECK(window.currentForm()->page() == PageRef::ofNode(fixture.card));
}
