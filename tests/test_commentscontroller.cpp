#include "core/model/schema.h"
#include "core/review/commentthreads.h"
#include "ui/commands/editsession.h"
#include "ui/review/commentscontroller.h"
#include "ui/review/commentsdock.h"
#include "ui/review/reviewcontroller.h"
#include "windowfixture.h"

#include <catch2/catch.hpp>

#include <QLabel>
#include <QSignalSpy>
#include <QTest>
#include <QToolButton>
#include <QTreeWidget>
#include <QUndoStack>

using namespace kasibi;

namespace {

// A reviewer's tracked change as the import makes it: the whole text before and after.
QString suggest(EditSession* session, const QString& target, const QString& field,
                const QString& language, const QString& before, const QString& after) {
    QHash<QString, QString> values{
        {Field::TargetId, target},
        {Field::Author, QStringLiteral("Ахметова А. С.")},
        {Field::Created, QStringLiteral("2026-05-03T10:00:00+05:00")},
        {Field::Text, QStringLiteral("«металлоконструкций» → «стальных конструкций»")},
        {Field::SuggestionLanguage, language},
        {Field::SuggestionBefore, before},
        {Field::SuggestionAfter, after}};
    if (!field.isEmpty()) values.insert(Field::CommentedField, field);
    return test::addComment(session, values);
}

CommentsController* commentsOf(MainWindow& window) {
    auto* review = window.findChild<ReviewController*>();
    REQUIRE(review);
    return review->comments();
}

// Every value of the standard's content, as the tree holds them (comments left out).
QMap<QString, QString> contentValues(const DocumentTree& tree) {
    QMap<QString, QString> values;
    for (const Node& node : tree.nodes)
        if (node.kind != Kind::Comment)
            for (auto it = node.values.cbegin(); it != node.values.cend(); ++it)
                values.insert(node.id + QLatin1Char('|') + it.key(), it.value());
    return values;
}

const QString kBefore = QStringLiteral("Сварка металлоконструкций на монтаже.");
const QString kAfter = QStringLiteral("Сварка стальных конструкций на монтаже и в цеху.");

} // namespace

TEST_CASE("CommentsController: Apply makes exactly the suggested change and resolves it, as one "
          "undo step") {
    test::WindowFixture fixture;
    MainWindow& window = fixture.window;
    EditSession* session = window.session();
    const DocumentTree& tree = session->tree();
    REQUIRE(session->setValue(fixture.card, Field::MainPurpose, QStringLiteral("ru"), kBefore));
    REQUIRE(session->setValue(fixture.card, Field::MainPurpose, QStringLiteral("kk"),
                              QStringLiteral("Металл құрылымдарын дәнекерлеу.")));
    const QString id =
        suggest(session, fixture.card, Field::MainPurpose, QStringLiteral("ru"), kBefore, kAfter);
    const QMap<QString, QString> before = contentValues(tree);
    const int steps = session->undoStack()->count();

    // In the dock: the change word by word, and Apply.
    CommentsDock* dock = commentsOf(window)->dock();
    dock->show();
    dock->raise();
    dock->selectComment(id);
    auto* detail = dock->findChild<QLabel*>(QStringLiteral("commentDetail"));
    REQUIRE(detail);
    CHECK(detail->text().contains(QStringLiteral("line-through")));
    CHECK(detail->text().contains(QStringLiteral("стальных")));
    auto* apply = dock->findChild<QToolButton*>(QStringLiteral("applySuggestionButton"));
    REQUIRE(apply);
    REQUIRE(apply->isVisible());
    REQUIRE(apply->isEnabled());
    apply->click();

    QMap<QString, QString> expected = before;
    expected.insert(fixture.card + QStringLiteral("|mainPurpose@ru"), kAfter);
    CHECK(contentValues(tree) == expected);
    CHECK(CommentThreads(tree).isResolved(id));
    CHECK(session->undoStack()->count() == steps + 1);
    CHECK_FALSE(apply->isEnabled()); // applied once

    session->undoStack()->undo();
    CHECK(contentValues(tree) == before);
    CHECK_FALSE(CommentThreads(tree).isResolved(id));
    session->undoStack()->redo();
    CHECK(contentValues(tree) == expected);
}

TEST_CASE("CommentsController: a suggestion on one list item changes that item only") {
    test::WindowFixture fixture;
    EditSession* session = fixture.window.session();
    const DocumentTree& tree = session->tree();
    const QString function = tree.children(fixture.card, Role::LaborFunctions).value(0);
    const QString skill = tree.children(function, Role::Skills).value(0);
    const QString first = session->addElement(skill, Role::Knowledge);
    const QString second = session->addElement(skill, Role::Knowledge);
    REQUIRE(session->setValue(first, Schema::TextItemField, QStringLiteral("ru"), kBefore));
    REQUIRE(session->setValue(second, Schema::TextItemField, QStringLiteral("ru"), kBefore));
    const QString id = suggest(session, second, {}, QStringLiteral("ru"), kBefore, kAfter);
    const QMap<QString, QString> before = contentValues(tree);

    REQUIRE(commentsOf(fixture.window)->applySuggestion(id));
    QMap<QString, QString> expected = before;
    expected.insert(second + QStringLiteral("|text@ru"), kAfter);
    CHECK(contentValues(tree) == expected);
    session->undoStack()->undo();
    CHECK(contentValues(tree) == before);
}

TEST_CASE("CommentsController: a suggestion whose text has changed since is refused, and says "
          "so") {
    test::WindowFixture fixture;
    MainWindow& window = fixture.window;
    EditSession* session = window.session();
    const DocumentTree& tree = session->tree();
    REQUIRE(session->setValue(fixture.card, Field::MainPurpose, QStringLiteral("ru"), kBefore));
    const QString id =
        suggest(session, fixture.card, Field::MainPurpose, QStringLiteral("ru"), kBefore, kAfter);
    // The author edited the text after the copy went to the reviewer.
    const QString edited = QStringLiteral("Сварка металлоконструкций.");
    REQUIRE(session->setValue(fixture.card, Field::MainPurpose, QStringLiteral("ru"), edited));
    const QMap<QString, QString> before = contentValues(tree);
    const int steps = session->undoStack()->count();

    CommentsDock* dock = commentsOf(window)->dock();
    dock->show();
    dock->raise();
    dock->selectComment(id);
    REQUIRE(QTest::qWaitFor([&] {
        return dock->findChild<QLabel*>(QStringLiteral("commentDetail"))
            ->text()
            .contains(QStringLiteral("can no longer be applied"));
    }));

    QSignalSpy failures(&window, &MainWindow::failureShown);
    CHECK_FALSE(commentsOf(window)->applySuggestion(id));
    REQUIRE(failures.size() == 1);
    CHECK(failures.first().at(1).toString().contains(QStringLiteral("has changed since")));
    CHECK(failures.first().at(1).toString().contains(QStringLiteral("Nothing was changed")));
    CHECK(contentValues(tree) == before);
    CHECK_FALSE(CommentThreads(tree).isResolved(id));
    CHECK(session->undoStack()->count() == steps);

    // In review mode the content is frozen: Apply is offered but not enabled, and refused.
    REQUIRE(session->setValue(fixture.card, Field::MainPurpose, QStringLiteral("ru"), kBefore));
    window.findChild<ReviewController*>()->setReviewMode(true);
    dock->selectComment(id);
    auto* apply = dock->findChild<QToolButton*>(QStringLiteral("applySuggestionButton"));
    CHECK_FALSE(apply->isEnabled());
    CHECK_FALSE(commentsOf(window)->applySuggestion(id));
    CHECK(tree.value(fixture.card, Field::MainPurpose, QStringLiteral("ru")) == kBefore);
}
