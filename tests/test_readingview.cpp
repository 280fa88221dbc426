#include "core/model/pageref.h"
#include "core/model/schema.h"
#include "ui/commands/editsession.h"
#include "ui/reading/readingcontroller.h"
#include "ui/reading/readingview.h"
#include "ui/shell/documentcontroller.h"
#include "ui/shell/mainwindow.h"
#include "ui/shell/preferences.h"

#include "windowfixture.h"

#include <catch2/catch.hpp>

#include <QAction>
#include <QApplication>
#include <QMenu>
#include <QMenuBar>
#include <QTest>
#include <QTextBrowser>
#include <QTimer>
#include <QTreeView>

using namespace kasibi;
using kasibi::test::answerCommentDialog;

namespace {

// Double-clicks the view's text at a document position, as a reader would.
void doubleClickAt(ReadingView& view, int position) {
    QTextBrowser* text = view.textView();
    QTextCursor cursor(text->document());
    cursor.setPosition(position);
    text->setTextCursor(cursor);
    text->ensureCursorVisible();
    cursor.setPosition(position + 1);
    const QPoint point = text->cursorRect(cursor).center();
    QTest::mouseDClick(text->viewport(), Qt::LeftButton, {}, point);
}

} // namespace

TEST_CASE("ReadingView: a card is read whole as it prints, and a comment from it lands on its "
          "place") {
    QTemporaryDir folder;
    MainWindow window;
    window.setDialogsEnabled(false);
    window.resize(1366, 768);
    window.show();
    REQUIRE(window.documents()->openSample(folder.filePath(QStringLiteral("sample.kasibi"))));
    Preferences::setAuthorName(QStringLiteral("Эксперт Национального органа"));
    const DocumentTree& tree = window.session()->tree();
    const QStringList cards = tree.children(tree.standardId(), Role::ProfessionCards);
    REQUIRE(cards.size() > 1);
    const QString card = cards[1];
    const QString function = tree.children(card, Role::LaborFunctions).first();
    const QString skill = tree.children(function, Role::Skills).last();
    const QString ability = tree.children(skill, Role::Abilities).first();
    const QString knowledge = tree.children(skill, Role::Knowledge).last();
    const QString otherSkill =
        tree.children(tree.children(cards[0], Role::LaborFunctions).first(), Role::Skills).first();

    // From the navigator: the page of a skill of the card reads the card.
    auto* reading = window.findChild<ReadingController*>();
    REQUIRE(reading);
    REQUIRE(window.showPage(PageRef::ofNode(skill)));
    CHECK(reading->selectedCard() == card);
    CHECK(window.navigator()->actions().contains(reading->readCardAction()));
    REQUIRE(reading->readCardAction()->isEnabled());
    reading->readCardAction()->trigger();
    auto* view = window.findChild<ReadingView*>();
    REQUIRE(view);
    REQUIRE(QTest::qWaitForWindowExposed(view));
    CHECK(view->cardId() == card);

    // The whole card: its functions, skills, abilities and knowledge, and no other card.
    view->setLanguage(QStringLiteral("ru"));
    QString text = view->textView()->toPlainText();
    for (const auto& [id, field] :
         {std::pair{card, Field::Name}, std::pair{function, Field::Name},
          std::pair{skill, Field::Name}, std::pair{ability, Schema::TextItemField},
          std::pair{knowledge, Schema::TextItemField}, std::pair{card, Field::MainPurpose}}) {
        const QString wording = tree.value(id, field, QStringLiteral("ru")).trimmed();
        INFO(wording.toStdString());
        REQUIRE_FALSE(wording.isEmpty());
        CHECK(text.contains(wording));
    }
    CHECK_FALSE(text.contains(tree.value(otherSkill, Field::Name, QStringLiteral("ru"))));
    // In Kazakh, in the printed wording.
    view->setLanguage(QStringLiteral("kk"));
    text = view->textView()->toPlainText();
    for (const auto& [id, field] :
         {std::pair{skill, Field::Name}, std::pair{ability, Schema::TextItemField},
          std::pair{knowledge, Schema::TextItemField}}) {
        const QString wording = tree.value(id, field, QStringLiteral("kk")).trimmed();
        INFO(wording.toStdString());
        REQUIRE_FALSE(wording.isEmpty());
        CHECK(text.contains(wording));
    }
    CHECK(text.contains(QStringLiteral("Машықтар:")));
    CHECK_FALSE(text.contains(tree.value(knowledge, Schema::TextItemField, QStringLiteral("ru"))));

    // Every printed text knows its place: a knowledge item is commented on itself, a field of
    // the card on that field.
    const ReadingView::Place onItem{knowledge, {}};
    const ReadingView::Place onPurpose{card, Field::MainPurpose};
    const int itemAt = view->positionOf(onItem);
    const int purposeAt = view->positionOf(onPurpose);
    REQUIRE(itemAt >= 0);
    REQUIRE(purposeAt >= 0);
    CHECK(view->placeAt(itemAt + 3) == onItem);
    CHECK(view->placeAt(purposeAt + 3) == onPurpose);

    // A double click asks for a comment there, through the comments' own path.
    const int before = int(tree.children(tree.rootId, Role::Comments).size());
    auto answered = answerCommentDialog(QStringLiteral("Знание сформулировать точнее."));
    doubleClickAt(*view, itemAt + 3);
    REQUIRE(*answered);
    QStringList comments = tree.children(tree.rootId, Role::Comments);
    REQUIRE(comments.size() == before + 1);
    CHECK(tree.value(comments.last(), Field::TargetId) == knowledge);
    CHECK(tree.value(comments.last(), Field::CommentedField).isEmpty());
    CHECK(tree.value(comments.last(), Field::Text) ==
          QStringLiteral("Знание сформулировать точнее."));

    answered = answerCommentDialog(QStringLiteral("Цель сформулировать через результат."));
    doubleClickAt(*view, view->positionOf(onPurpose) + 3);
    REQUIRE(*answered);
    comments = tree.children(tree.rootId, Role::Comments);
    REQUIRE(comments.size() == before + 2);
    CHECK(tree.value(comments.last(), Field::TargetId) == card);
    CHECK(tree.value(comments.last(), Field::CommentedField) == Field::MainPurpose);

    // A right click on an ability offers Add Comment, which comments on that ability.
    const int abilityAt = view->positionOf({ability, {}});
    REQUIRE(abilityAt >= 0);
    bool offered = false;
    QTimer::singleShot(0, [&] {
        auto* menu = qobject_cast<QMenu*>(QApplication::activePopupWidget());
        auto* add = menu ? menu->findChild<QAction*>(QStringLiteral("readingAddComment")) : nullptr;
        if (!add) return; // REQUIREd below: an exception must not cross the event loop
        offered = add->isEnabled();
        answered = answerCommentDialog(QStringLiteral("Умение сформулировать через действие."));
        add->trigger();
        menu->close();
    });
    QTextCursor at(view->textView()->document());
    at.setPosition(abilityAt + 1);
    view->textView()->setTextCursor(at);
    view->textView()->ensureCursorVisible();
    emit view->textView()->customContextMenuRequested(view->textView()->cursorRect(at).center());
    REQUIRE(offered);
    REQUIRE(*answered);
    comments = tree.children(tree.rootId, Role::Comments);
    REQUIRE(comments.size() == before + 3);
    CHECK(tree.value(comments.last(), Field::TargetId) == ability);
    CHECK(tree.value(comments.last(), Field::CommentedField).isEmpty());

    // The view follows the document: an edit of the card shows in it.
    REQUIRE(window.session()->setValue(knowledge, Schema::TextItemField, QStringLiteral("kk"),
                                       QStringLiteral("Жарылғыш заттардың қасиеттері (жаңа)")));
    REQUIRE(QTest::qWaitFor(
        [&] { return view->textView()->toPlainText().contains(QStringLiteral("(жаңа)")); }));
    view->close();
    Preferences::setAuthorName({});
}

TEST_CASE("ReadingView: the whole standard from the View menu") {
    QTemporaryDir folder;
    MainWindow window;
    window.setDialogsEnabled(false);
    REQUIRE(window.documents()->openSample(folder.filePath(QStringLiteral("sample.kasibi"))));
    auto* reading = window.findChild<ReadingController*>();
    REQUIRE(reading);
    bool inViewMenu = false;
    for (QAction* menu : window.menuBar()->actions())
        if (menu->menu() && menu->menu()->actions().contains(reading->readStandardAction()))
            inViewMenu = menu->menu()->actions().contains(reading->readCardAction());
    CHECK(inViewMenu);
    ReadingView* view = reading->read({});
    REQUIRE(view);
    const DocumentTree& tree = window.session()->tree();
    const QString text = view->textView()->toPlainText();
    for (const QString& card : tree.children(tree.standardId(), Role::ProfessionCards))
        CHECK(text.contains(tree.value(card, Field::Name, view->language()).trimmed()));
    CHECK(view->placeAt(view->positionOf({tree.standardId(), Field::StandardName}) + 2) ==
          ReadingView::Place{tree.standardId(), Field::StandardName});
    view->close();
}
