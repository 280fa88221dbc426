#include "core/format/jsonstandardwriter.h"
#include "core/model/schema.h"
#include "core/review/commentthreads.h"
#include "core/store/documentstore.h"
#include "core/validation/conclusiondraft.h"
#include "core/validation/criterion.h"
#include "ui/commands/editsession.h"
#include "ui/fields/localizedtexteditor.h"
#include "ui/fields/nodeform.h"
#include "ui/review/commentbadges.h"
#include "ui/review/commenteditdialog.h"
#include "ui/review/commentmarkdelegate.h"
#include "ui/review/commentplace.h"
#include "ui/review/commentrowdelegate.h"
#include "ui/review/commentscontroller.h"
#include "ui/review/commentsdock.h"
#include "ui/review/conclusioncontroller.h"
#include "ui/review/conclusiondialog.h"
#include "ui/review/fieldcontextmenu.h"
#include "ui/review/reviewcontroller.h"
#include "ui/shell/documentcontroller.h"
#include "ui/shell/mainwindow.h"
#include "ui/shell/navigatormodel.h"
#include "ui/shell/preferences.h"

#include "windowfixture.h"

#include <catch2/catch.hpp>

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDateTime>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QTextEdit>
#include <QTimer>
#include <QToolButton>
#include <QTreeView>
#include <QTreeWidget>
#include <QUndoStack>

using namespace kasibi;
using kasibi::test::answerCommentDialog;

namespace {

const QString kComments = QStringLiteral("review/comments");

ReviewController* reviewOf(MainWindow& window) {
    auto* controller = window.findChild<ReviewController*>();
    REQUIRE(controller);
    return controller;
}

// The sample standard open in the editor's window (shown; failures are emitted, not shown), its
// comments written by `author`.
struct ReviewedSample {
    QTemporaryDir folder;
    MainWindow window;
    ReviewController* review = nullptr;

    explicit ReviewedSample(const QString& author) {
        Preferences::setAuthorName(author);
        window.setDialogsEnabled(false);
        window.show();
        REQUIRE(window.documents()->openSample(folder.filePath(QStringLiteral("draft.kasibi"))));
        review = reviewOf(window);
    }
};

// The first skill of the first labour function of the first card.
QString firstSkill(const DocumentTree& tree) {
    const QString card =
        tree.children(tree.standardId(), QStringLiteral("professionCards")).first();
    const QString function = tree.children(card, QStringLiteral("laborFunctions")).first();
    return tree.children(function, QStringLiteral("skills")).first();
}

bool isReadOnly(QWidget* editor) {
    if (auto* line = qobject_cast<QLineEdit*>(editor)) return line->isReadOnly();
    auto* text = qobject_cast<QTextEdit*>(editor);
    REQUIRE(text);
    return text->isReadOnly();
}

QStringList comments(const MainWindow& window) {
    const DocumentTree& tree = window.session()->tree();
    return tree.children(tree.rootId, kComments);
}

// Every content row of the document file (the standard's elements and values, not the
// review), as the file holds them.
QStringList contentRows(const QString& path) {
    QStringList rows;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"),
                                                    QStringLiteral("review-test-rows"));
        db.setDatabaseName(path);
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        REQUIRE(db.open());
        QSqlQuery query(db);
        REQUIRE(query.exec(
            QStringLiteral("SELECT id, kind, IFNULL(parent, ''), role, position FROM node "
                           "WHERE kind NOT IN ('Comment', 'Assessment') ORDER BY id")));
        while (query.next())
            rows << QStringLiteral("node|%1|%2|%3|%4|%5")
                        .arg(query.value(0).toString(), query.value(1).toString(),
                             query.value(2).toString(), query.value(3).toString(),
                             query.value(4).toString());
        REQUIRE(query.exec(QStringLiteral(
            "SELECT v.node, v.field, v.text FROM value v JOIN node n ON n.id = v.node "
            "WHERE n.kind NOT IN ('Comment', 'Assessment', 'Document') ORDER BY v.node, v.field")));
        while (query.next())
            rows << QStringLiteral("value|%1|%2|%3")
                        .arg(query.value(0).toString(), query.value(1).toString(),
                             query.value(2).toString());
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("review-test-rows"));
    return rows;
}

QByteArray standardJson(const DocumentTree& tree) {
    return QJsonDocument(
               JsonStandardWriter().toJson(tree).value(QStringLiteral("standard")).toObject())
        .toJson();
}

} // namespace

TEST_CASE("ReviewController: a comment on a skill, a reply, resolved and reopened") {
    ReviewedSample sample(QStringLiteral("Эксперт Национального органа"));
    MainWindow& window = sample.window;
    ReviewController* review = sample.review;
    const QString skill = firstSkill(window.session()->tree());
    REQUIRE(window.goToField(skill, QStringLiteral("name"), QStringLiteral("ru")));
    QApplication::processEvents();

    // Ctrl+Alt+M in the skill's name: the comment is on that field.
    QString target, field;
    REQUIRE(review->comments()->commentTarget(&target, &field));
    CHECK(target == skill);
    CHECK(field == QStringLiteral("name"));
    const auto answered = answerCommentDialog(QStringLiteral("Уточните наименование навыка"));
    review->action(QStringLiteral("addComment"))->trigger();
    REQUIRE(*answered);
    REQUIRE(comments(window).size() == 1);
    const QString comment = comments(window).first();
    const DocumentTree& tree = window.session()->tree();
    CHECK(tree.value(comment, QStringLiteral("targetId")) == skill);
    CHECK(tree.value(comment, QStringLiteral("field")) == QStringLiteral("name"));
    CHECK(tree.value(comment, QStringLiteral("author")) == Preferences::authorName());
    CHECK(tree.value(comment, QStringLiteral("text")) ==
          QStringLiteral("Уточните наименование навыка"));
    const QDateTime created =
        QDateTime::fromString(tree.value(comment, QStringLiteral("created")), Qt::ISODate);
    REQUIRE(created.isValid());
    CHECK(qAbs(created.secsTo(QDateTime::currentDateTime())) < 60);

    // Marked on the field and in the navigator; listed in the dock with its place.
    REQUIRE(QTest::qWaitFor([&] {
        return review->comments()->badges() &&
               review->comments()->badges()->badge(skill, QStringLiteral("name"));
    }));
    CHECK(review->comments()->badges()->badge(skill, QStringLiteral("name"))->text() ==
          QStringLiteral("1"));
    const QModelIndex skillRow = window.navigatorModel()->indexOf(PageRef::ofNode(skill));
    CHECK(review->comments()->navigatorMarks()->isMarked(skillRow));
    CommentsDock* dock = review->comments()->dock();
    REQUIRE(dock->visibleComments() == QStringList{comment});
    const QString place = dock->view()
                              ->topLevelItem(0)
                              ->data(CommentsDock::TextColumn, CommentRowDelegate::PlaceRole)
                              .toString();
    CHECK(place.contains(QStringLiteral("Skill 1")));
    CHECK(place.contains(QStringLiteral("Labour function 1")));
    CHECK(place.startsWith(QStringLiteral("Card «")));

    // A reply, indented under the comment.
    const QString reply = review->comments()->reply(comment, QStringLiteral("Исправлено"));
    REQUIRE(!reply.isEmpty());
    CHECK(tree.value(reply, QStringLiteral("replyTo")) == comment);
    CHECK(dock->visibleComments() == (QStringList{comment, reply}));
    CHECK(dock->view()->topLevelItem(0)->childCount() == 1);

    // Resolved from the dock: gone from the open ones, the marks go too.
    dock->selectComment(reply);
    auto* resolve = dock->findChild<QToolButton*>(QStringLiteral("resolveButton"));
    REQUIRE(resolve->isEnabled());
    resolve->click();
    CHECK(tree.value(comment, QStringLiteral("resolved")) == QStringLiteral("true"));
    CHECK(dock->visibleComments().isEmpty());
    CHECK_FALSE(review->comments()->badges()->badge(skill, QStringLiteral("name")));
    CHECK_FALSE(review->comments()->navigatorMarks()->isMarked(skillRow));
    dock->setShow(CommentsDock::Show::Resolved);
    CHECK(dock->visibleComments() == (QStringList{comment, reply}));
    CHECK(dock->view()->topLevelItem(0)->foreground(0) != dock->view()->palette().text());

    // Undo reopens it; Reopen does too, after redo.
    window.session()->undoStack()->undo();
    CHECK_FALSE(CommentThreads(tree).isResolved(comment));
    window.session()->undoStack()->redo();
    CHECK(CommentThreads(tree).isResolved(comment));
    dock->selectComment(comment);
    REQUIRE(resolve->text() == QStringLiteral("Reopen"));
    resolve->click();
    CHECK_FALSE(CommentThreads(tree).isResolved(comment));
    dock->setShow(CommentsDock::Show::Open);
    CHECK(dock->visibleComments() == (QStringList{comment, reply}));

    // The dock takes the user to the field.
    window.showPage(PageRef::ofChapter(PageRef::Passport));
    review->comments()->goToComment(reply);
    REQUIRE(window.currentForm());
    CHECK(window.currentForm()->page() == PageRef::ofNode(skill));

    // Filter by author; delete one's own comment (with one's own reply).
    dock->setAuthor(QStringLiteral("Someone else"));
    CHECK(dock->visibleComments().size() == 2); // unknown author: everyone's
    Preferences::setAuthorName(QStringLiteral("Другой эксперт"));
    CHECK_FALSE(review->comments()->removeComment(comment));
    CHECK(comments(window).size() == 2);
    Preferences::setAuthorName(QStringLiteral("Эксперт Национального органа"));
    CHECK(review->comments()->removeComment(comment));
    CHECK(comments(window).isEmpty());
    window.session()->undoStack()->undo();
    CHECK(comments(window) == (QStringList{comment, reply}));
}

TEST_CASE("ReviewController: in review mode the content cannot be edited, comments can") {
    ReviewedSample sample(QStringLiteral("Рецензент"));
    MainWindow& window = sample.window;
    ReviewController* review = sample.review;
    const QString skill = firstSkill(window.session()->tree());
    REQUIRE(window.showPage(PageRef::ofNode(skill)));
    CHECK(window.action(QStringLiteral("addSkill"))->isEnabled());

    review->action(QStringLiteral("reviewMode"))->trigger();
    REQUIRE(window.session()->document()->isReviewMode());
    CHECK(review->action(QStringLiteral("reviewMode"))->isChecked());
    auto* banner = window.findChild<QLabel*>(QStringLiteral("readOnlyBanner"));
    REQUIRE(banner);
    CHECK(banner->isVisible());
    CHECK(banner->text().startsWith(QStringLiteral("Review mode")));
    CHECK_FALSE(window.action(QStringLiteral("addSkill"))->isEnabled());
    CHECK_FALSE(window.action(QStringLiteral("remove"))->isEnabled());

    // The form is read-only: typing changes nothing.
    REQUIRE(window.currentForm());
    auto* name = qobject_cast<LocalizedTextEditor*>(
        window.currentForm()->fieldEditor(skill, QStringLiteral("name")));
    REQUIRE(name);
    QWidget* line = name->editorFor(QStringLiteral("ru"));
    CHECK(isReadOnly(line));
    const QString before =
        window.session()->tree().value(skill, QStringLiteral("name"), QStringLiteral("ru"));
    line->setFocus();
    QTest::keyClicks(line, QStringLiteral("xyz"));
    CHECK(window.session()->tree().value(skill, QStringLiteral("name"), QStringLiteral("ru")) ==
          before);
    CHECK(window.session()->undoStack()->count() == 0);

    // Comments and the conclusion are still editable.
    CHECK(!review->comments()
               ->addComment(skill, QStringLiteral("name"), QStringLiteral("Замечание"))
               .isEmpty());
    ConclusionDialog* conclusion = review->conclusion()->showConclusion();
    REQUIRE(conclusion);
    conclusion->fillFromValidation();
    const DocumentTree& tree = window.session()->tree();
    CHECK(tree.children(tree.rootId, ConclusionDraft::AssessmentsRole).size() ==
          Criterion::all().size());
    const QString first = Criterion::all().first().number;
    conclusion->verdictEditor(first)->setCurrentIndex(
        conclusion->verdictEditor(first)->findData(QStringLiteral("not-applicable")));
    emit conclusion->verdictEditor(first)->activated(
        conclusion->verdictEditor(first)->currentIndex());
    CHECK(tree.value(conclusion->assessmentOf(first), QStringLiteral("verdict")) ==
          QStringLiteral("not-applicable"));
    // The remark in both languages, as every text: typed in the Russian side.
    REQUIRE(conclusion->remarkEditor(first));
    auto* russian =
        qobject_cast<QTextEdit*>(conclusion->remarkEditor(first)->editorFor(QStringLiteral("ru")));
    REQUIRE(russian);
    russian->setPlainText(QStringLiteral("Не применяется"));
    CHECK(tree.value(conclusion->assessmentOf(first), QStringLiteral("kasibi/remark"),
                     QStringLiteral("ru")) == QStringLiteral("Не применяется"));
    // The Kazakh one is missing now, and says so as every missing wording does.
    CHECK(conclusion->remarkEditor(first)->isMarkedMissing(QStringLiteral("kk")));
    // Undo follows in the dialog.
    window.session()->undoStack()->undo();
    CHECK(conclusion->remarkEditor(first)->text(QStringLiteral("ru")) !=
          QStringLiteral("Не применяется"));

    // Out of review mode the form is editable again.
    review->action(QStringLiteral("reviewMode"))->trigger();
    CHECK_FALSE(window.session()->document()->isReviewMode());
    CHECK_FALSE(banner->isVisible());
    name = qobject_cast<LocalizedTextEditor*>(
        window.currentForm()->fieldEditor(skill, QStringLiteral("name")));
    REQUIRE(name);
    CHECK_FALSE(isReadOnly(name->editorFor(QStringLiteral("ru"))));
}

TEST_CASE("ReviewController: comments of a reviewed copy come back, once, content untouched") {
    QTemporaryDir folder;
    const QString authorPath = folder.filePath(QStringLiteral("draft.kasibi"));
    const QString copyPath = folder.filePath(QStringLiteral("reviewed.kasibi"));
    Preferences::setAuthorName(QStringLiteral("Разработчик"));
    MainWindow author;
    author.setDialogsEnabled(false);
    REQUIRE(author.documents()->openSample(authorPath));
    ReviewController* authorReview = reviewOf(author);
    const QString standard = author.session()->tree().standardId();
    const QString skill = firstSkill(author.session()->tree());
    REQUIRE(!authorReview->comments()
                 ->addComment(standard, QStringLiteral("passport/name"),
                              QStringLiteral("Проверить название"))
                 .isEmpty());
    // The copy e-mailed to the ministry.
    REQUIRE(DocumentStore::create(copyPath, author.session()->tree(), false).ok());

    {
        Preferences::setAuthorName(QStringLiteral("Министерство"));
        MainWindow reviewer;
        reviewer.setDialogsEnabled(false);
        ReviewController* review = reviewOf(reviewer);
        REQUIRE(review->openForReview(copyPath));
        CHECK(reviewer.session()->document()->isReviewMode());
        const QString first = reviewer.session()
                                  ->tree()
                                  .children(reviewer.session()->tree().rootId, kComments)
                                  .first();
        REQUIRE(!review->comments()->reply(first, QStringLiteral("Название верное")).isEmpty());
        REQUIRE(review->comments()->setResolved(first, true));
        REQUIRE(!review->comments()
                     ->addComment(skill, QStringLiteral("name"), QStringLiteral("Уточнить"))
                     .isEmpty());
        // A list item is commented on through its list, which the interchange format keeps.
        REQUIRE(
            !review->comments()
                 ->addComment(skill, QStringLiteral("knowledge"), QStringLiteral("Добавить знания"))
                 .isEmpty());
    }

    // Meanwhile the author went on editing.
    REQUIRE(author.session()->setValue(standard, QStringLiteral("technicalData/version"), {},
                                       QStringLiteral("1.1")));
    const QStringList rowsBefore = contentRows(authorPath);
    const QByteArray jsonBefore = standardJson(author.session()->tree());
    REQUIRE(rowsBefore.size() > 100);

    // Three comments and one thread resolved there.
    CHECK(authorReview->comments()->importComments(copyPath) == 4);
    CHECK(comments(author).size() == 4);
    CHECK(CommentThreads(author.session()->tree()).isResolved(comments(author).first()));
    CHECK(authorReview->comments()->importComments(copyPath) == 0);
    CHECK(comments(author).size() == 4);
    CHECK(author.session()->tree().value(standard, QStringLiteral("technicalData/version")) ==
          QStringLiteral("1.1"));
    CHECK(contentRows(authorPath) == rowsBefore);
    CHECK(standardJson(author.session()->tree()) == jsonBefore);
    // The reply is in its thread; the comments and the resolution are one undo step.
    const CommentThreads threads(author.session()->tree());
    CHECK(threads.threads().size() == 3);
    CHECK(threads.replies(comments(author).first()).size() == 1);
    author.session()->undoStack()->undo();
    CHECK(comments(author).size() == 1);
    CHECK_FALSE(CommentThreads(author.session()->tree()).isResolved(comments(author).first()));

    // A copy of another standard is refused, naming the file.
    const QString otherPath = folder.filePath(QStringLiteral("other.kasibi"));
    REQUIRE(DocumentStore::create(otherPath, DocumentTree::newStandard(), false).ok());
    QString message;
    QObject::connect(&author, &MainWindow::failureShown,
                     [&message](const QString&, const QString& text) { message = text; });
    CHECK(authorReview->comments()->importComments(otherPath) == -1);
    CHECK(message.contains(QStringLiteral("other.kasibi")));
}

TEST_CASE("ReviewController: comments survive the interchange JSON") {
    ReviewedSample sample(QStringLiteral("Эксперт"));
    MainWindow& window = sample.window;
    ReviewController* review = sample.review;
    const QString skill = firstSkill(window.session()->tree());
    const QString comment =
        review->comments()->addComment(skill, QStringLiteral("knowledge"), QStringLiteral("Мало"));
    review->comments()->reply(comment, QStringLiteral("Добавим"));
    review->comments()->setResolved(comment, true);
    const QString json = sample.folder.filePath(QStringLiteral("out.json"));
    REQUIRE(JsonStandardWriter().write(window.session()->tree(), json, ExportOptions{}).ok());
    REQUIRE(window.documents()->importJson(json,
                                           sample.folder.filePath(QStringLiteral("back.kasibi"))));
    const DocumentTree& tree = window.session()->tree();
    const CommentThreads threads(tree);
    REQUIRE(threads.threads() == QStringList{comment});
    CHECK(threads.isResolved(comment));
    CHECK(tree.value(comment, QStringLiteral("targetId")) == skill);
    CHECK(tree.node(skill));
    CHECK(threads.replies(comment).size() == 1);
}

TEST_CASE("ReviewController: a comment on one knowledge item is on the item itself") {
    ReviewedSample sample(QStringLiteral("Эксперт"));
    MainWindow& window = sample.window;
    ReviewController* review = sample.review;
    const DocumentTree& tree = window.session()->tree();
    const QString skill = firstSkill(tree);
    const QString item = tree.children(skill, QStringLiteral("knowledge")).at(1);
    REQUIRE(window.goToField(item, QStringLiteral("text"), QStringLiteral("ru")));
    QApplication::processEvents();

    QString target, field;
    REQUIRE(review->comments()->commentTarget(&target, &field));
    CHECK(target == item);
    CHECK(field.isEmpty());

    // The dialog says which item, by its place; the reviewer writes only the remark.
    QString place, offered;
    bool answered = false;
    QTimer::singleShot(0, [&] {
        auto* dialog = qobject_cast<CommentEditDialog*>(QApplication::activeModalWidget());
        auto* edit =
            dialog ? dialog->findChild<QPlainTextEdit*>(QStringLiteral("commentText")) : nullptr;
        if (!edit) return; // REQUIREd below: an exception must not cross the event loop
        answered = true;
        for (QLabel* label : dialog->findChildren<QLabel*>())
            place += label->text() + QLatin1Char('\n');
        offered = edit->toPlainText();
        edit->insertPlainText(QStringLiteral("уточнить"));
        dialog->accept();
    });
    review->action(QStringLiteral("addComment"))->trigger();
    REQUIRE(answered);
    CHECK(offered.isEmpty());
    CHECK(place.contains(QStringLiteral("Knowledge item 2")));
    REQUIRE(comments(window).size() == 1);
    const QString comment = comments(window).first();
    CHECK(tree.value(comment, QStringLiteral("targetId")) == item);
    CHECK_FALSE(tree.node(comment)->values.contains(QStringLiteral("field")));
    CHECK(tree.value(comment, QStringLiteral("text")) == QStringLiteral("уточнить"));

    // Moved to the top of its list, the item keeps its comment, and the place follows it.
    REQUIRE(window.session()->moveElement(item, 0));
    CHECK(tree.value(comment, QStringLiteral("targetId")) == item);
    CHECK(CommentPlace::describe(*window.session(), item, {})
              .endsWith(QStringLiteral("Knowledge item 1")));
}

TEST_CASE("ReviewController: in review mode a level picker is legible, focusable and takes a "
          "comment from its context menu, the whole standard takes one from the Review menu") {
    ReviewedSample sample(QStringLiteral("Рецензент"));
    MainWindow& window = sample.window;
    ReviewController* review = sample.review;
    const DocumentTree& tree = window.session()->tree();
    const QString card =
        tree.children(tree.standardId(), QStringLiteral("professionCards")).first();
    review->setReviewMode(true);
    REQUIRE(window.showPage(PageRef::ofNode(card)));
    QApplication::processEvents();
    QWidget* editor = window.currentForm()->fieldEditor(card, QStringLiteral("orkLevel"));
    REQUIRE(editor);
    auto* picker = editor->findChild<QComboBox*>(QStringLiteral("orkLevel"));
    REQUIRE(picker);
    CHECK(picker->isEnabled());
    CHECK(picker->focusPolicy() != Qt::NoFocus);
    const QString level = tree.value(card, QStringLiteral("orkLevel"));
    // Keys and the wheel that would pick another level change nothing.
    picker->setFocus();
    REQUIRE(QTest::qWaitFor([&] { return picker->hasFocus(); }));
    QTest::keyClick(picker, Qt::Key_Down);
    QTest::keyClick(picker, Qt::Key_End);
    CHECK(tree.value(card, QStringLiteral("orkLevel")) == level);
    CHECK(picker->currentData().toString() == level);
    CHECK(window.session()->undoStack()->count() == 0);

    // Its context menu offers Add Comment…, and the comment is on the ORK level.
    auto* menus = window.findChild<FieldContextMenu*>();
    REQUIRE(menus);
    std::unique_ptr<QMenu> menu(menus->menuFor(picker, QPoint(5, 5)));
    REQUIRE(menu);
    QAction* add = review->action(QStringLiteral("addComment"));
    REQUIRE(menu->actions().contains(add));
    answerCommentDialog(QStringLiteral("Уровень завышен"));
    add->trigger();
    REQUIRE(comments(window).size() == 1);
    const QString onLevel = comments(window).first();
    CHECK(tree.value(onLevel, QStringLiteral("targetId")) == card);
    CHECK(tree.value(onLevel, QStringLiteral("field")) == QStringLiteral("orkLevel"));
    // Adding a comment brings the comments forward.
    CHECK(review->comments()->dock()->isVisible());
    CHECK(review->comments()->dock()->visibleComments().contains(onLevel));

    // A text field's own menu keeps its editing actions and gets the comment too.
    auto* name = qobject_cast<LocalizedTextEditor*>(
        window.currentForm()->fieldEditor(card, QStringLiteral("name")));
    REQUIRE(name);
    QWidget* text = name->editorFor(QStringLiteral("ru"));
    auto* textEdit = qobject_cast<QTextEdit*>(text);
    std::unique_ptr<QMenu> textMenu(
        menus->menuFor(textEdit ? textEdit->viewport() : text, QPoint(5, 5)));
    REQUIRE(textMenu);
    CHECK(textMenu->actions().contains(add));
    CHECK(textMenu->actions().size() > 2);

    // The whole standard, from the Review menu.
    QAction* whole = review->action(QStringLiteral("commentOnStandard"));
    REQUIRE(whole->isEnabled());
    answerCommentDialog(QStringLiteral("В целом стандарт готов"));
    whole->trigger();
    REQUIRE(comments(window).size() == 2);
    const QString general = comments(window).last();
    CHECK(tree.value(general, QStringLiteral("targetId")) == tree.standardId());
    CHECK_FALSE(tree.node(general)->values.contains(QStringLiteral("field")));
    CHECK(CommentPlace::describe(*window.session(), tree.standardId(), {}) ==
          QStringLiteral("The whole standard"));
    // And from the comments dock.
    auto* button = review->comments()->dock()->findChild<QToolButton*>(
        QStringLiteral("commentOnStandardButton"));
    REQUIRE(button);
    CHECK(button->defaultAction() == whole);
}

TEST_CASE("ReviewController: a document opened for review reopens in review mode, from Recent "
          "files too, until the review is ended") {
    QTemporaryDir folder;
    const QString path = folder.filePath(QStringLiteral("sent.kasibi"));
    {
        MainWindow author;
        author.setDialogsEnabled(false);
        REQUIRE(author.documents()->openSample(path));
        author.documents()->closeDocument();
    }
    MainWindow window;
    window.setDialogsEnabled(false);
    ReviewController* review = reviewOf(window);
    // The start page offers it, and the dialog takes every format the window opens.
    CHECK(window.findChild<QPushButton*>(QStringLiteral("welcomeOpenForReview")));
    CHECK(DocumentController::openFilter().contains(QStringLiteral("*.json")));
    CHECK(DocumentController::openFilter().contains(QStringLiteral("*.kasibi")));

    REQUIRE(review->openForReview(path));
    CHECK(window.session()->document()->isReviewMode());
    window.documents()->closeDocument();
    // As Recent files opens it.
    window.documents()->openPath(path);
    REQUIRE(window.session());
    CHECK(window.session()->document()->isReviewMode());
    CHECK(review->action(QStringLiteral("reviewMode"))->isChecked());
    // The author ends the review: the next opening is for editing.
    review->action(QStringLiteral("reviewMode"))->trigger();
    window.documents()->closeDocument();
    window.documents()->openPath(path);
    REQUIRE(window.session());
    CHECK_FALSE(window.session()->document()->isReviewMode());
}
