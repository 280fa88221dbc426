#include "core/model/schema.h"
#include "core/review/commentthreads.h"
#include "core/reviewimport/reviewmark.h"
#include "docxfixture.h"
#include "testsupport.h"
#include "ui/commands/editsession.h"
#include "ui/review/commentscontroller.h"
#include "ui/review/commentsdock.h"
#include "ui/review/reviewcontroller.h"
#include "windowfixture.h"

#include <catch2/catch.hpp>

#include <QAbstractButton>
#include <QApplication>
#include <QDir>
#include <QFileInfo>
#include <QLabel>
#include <QMessageBox>
#include <QSignalSpy>
#include <QStatusBar>
#include <QTest>
#include <QTimer>
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

// The comments dock, shown and raised, the comment selected in it.
CommentsDock* selectedInDock(MainWindow& window, const QString& commentId) {
    CommentsDock* dock = commentsOf(window)->dock();
    dock->show();
    dock->raise();
    dock->selectComment(commentId);
    return dock;
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
    CommentsDock* dock = selectedInDock(window, id);
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

    CommentsDock* dock = selectedInDock(window, id);
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

namespace {

// A reviewer's Word copy of the fixture: the standard's name commented on, the card's main
// purpose changed with Track Changes on, each inside the mark the export puts around it.
// The fixture's standard named and its card's purpose set first. `exportedFrom`: the standard
// the file says it was exported from ("" when it does not say).
void writeReviewedInWord(test::WindowFixture& fixture, const QString& path,
                         const QString& exportedFrom = {}) {
    const QString& standard = fixture.standard;
    const QString& card = fixture.card;
    const QString name = QStringLiteral("Монтаж стальных конструкций");
    EditSession* session = fixture.window.session();
    REQUIRE(session->setValue(standard, Field::StandardName, QStringLiteral("ru"), name));
    REQUIRE(session->setValue(card, Field::MainPurpose, QStringLiteral("ru"), kBefore));
    const auto mark = [](int id, const QString& element, const QString& field) {
        return QStringLiteral("<w:bookmarkStart w:id=\"%1\" w:name=\"%2\"/>")
            .arg(id)
            .arg(ReviewMark::name(element, field));
    };
    const auto run = [](const QString& text) {
        return QStringLiteral("<w:r><w:t xml:space=\"preserve\">%1</w:t></w:r>").arg(text);
    };
    const QString by = QStringLiteral("w:author=\"Word Reviewer\" w:date=\"2026-11-29T09:00:00Z\"");
    const QString body =
        QStringLiteral("<w:p>") + mark(1, standard, Field::StandardName) +
        QStringLiteral("<w:commentRangeStart w:id=\"0\"/>") + run(name) +
        QStringLiteral("<w:commentRangeEnd w:id=\"0\"/><w:r><w:commentReference w:id=\"0\"/>"
                       "</w:r><w:bookmarkEnd w:id=\"1\"/></w:p><w:p>") +
        mark(2, card, Field::MainPurpose) + run(QStringLiteral("Сварка ")) +
        QStringLiteral("<w:del w:id=\"10\" %1><w:r><w:delText>металлоконструкций</w:delText>"
                       "</w:r></w:del><w:ins w:id=\"11\" %1><w:r><w:t>стальных конструкций</w:t>"
                       "</w:r></w:ins>")
            .arg(by) +
        run(QStringLiteral(" на монтаже")) +
        QStringLiteral("<w:ins w:id=\"12\" %1><w:r><w:t xml:space=\"preserve\"> и в цеху</w:t>"
                       "</w:r></w:ins>")
            .arg(by) +
        run(QStringLiteral(".")) + QStringLiteral("<w:bookmarkEnd w:id=\"2\"/></w:p>");
    test::writeDocx(path, body);
    test::addParts(path,
                   {{QStringLiteral("word/_rels/document.xml.rels"), test::commentRelationships()},
                    {QStringLiteral("word/comments.xml"),
                     test::commentsPart({{0,
                                          QStringLiteral("Word Reviewer"),
                                          QStringLiteral("2026-11-29T10:00:00Z"),
                                          {QStringLiteral("Уточните наименование")}}})}});
    if (!exportedFrom.isEmpty())
        test::addParts(
            path, {{QStringLiteral("docProps/custom.xml"),
                    QStringLiteral("<?xml version=\"1.0\" encoding=\"UTF-8\"?><Properties "
                                   "xmlns=\"http://schemas.openxmlformats.org/officeDocument/2006/"
                                   "custom-properties\" xmlns:vt=\"http://schemas.openxmlformats."
                                   "org/officeDocument/2006/docPropsVTypes\"><property "
                                   "fmtid=\"{D5CDD505-2E9C-101B-9397-08002B2CF9AE}\" pid=\"2\" "
                                   "name=\"%1\"><vt:lpwstr>%2</vt:lpwstr></property></Properties>")
                        .arg(ReviewMark::StandardIdProperty, exportedFrom)
                        .toUtf8()}});
}

// The window's standard and a copy of it reviewed in Word (see writeReviewedInWord), the file
// beside the document.
struct ReviewedInWord : test::WindowFixture {
    QString path;

    explicit ReviewedInWord(const QString& fileName, const QString& exportedFrom = {})
        : path(folder.filePath(fileName)) {
        writeReviewedInWord(*this, path, exportedFrom);
    }
};

QStringList commentIds(const DocumentTree& tree) {
    return tree.children(tree.rootId, CommentThreads::Role);
}

QString commentWith(const DocumentTree& tree, const QString& field, const QString& value) {
    for (const QString& id : commentIds(tree))
        if (tree.value(id, field) == value) return id;
    return {};
}

} // namespace

TEST_CASE("CommentsController: a review from Word comes in on its fields as one undo step, and "
          "only once") {
    ReviewedInWord fixture(QStringLiteral("reviewed.docx"));
    MainWindow& window = fixture.window;
    EditSession* session = window.session();
    const DocumentTree& tree = session->tree();
    const QString& path = fixture.path;
    const QMap<QString, QString> content = contentValues(tree);
    const int steps = session->undoStack()->count();
    const int before = int(commentIds(tree).size());

    CommentsController* comments = commentsOf(window);
    REQUIRE(comments->action(QStringLiteral("importReviewFromWord"))->isEnabled());
    REQUIRE(comments->importReviewFromWord(path) == 2);
    const QString remark = commentWith(tree, Field::Text, QStringLiteral("Уточните наименование"));
    REQUIRE(!remark.isEmpty());
    CHECK(tree.value(remark, Field::TargetId) == fixture.standard);
    CHECK(tree.value(remark, Field::CommentedField) == Field::StandardName);
    CHECK(tree.value(remark, Field::Author) == QStringLiteral("Word Reviewer"));
    const QString suggestion = commentWith(tree, Field::SuggestionAfter, kAfter);
    REQUIRE(!suggestion.isEmpty());
    CHECK(tree.value(suggestion, Field::TargetId) == fixture.card);
    CHECK(tree.value(suggestion, Field::CommentedField) == Field::MainPurpose);
    CHECK(tree.value(suggestion, Field::SuggestionBefore) == kBefore);
    // The author's text is untouched until the suggestion is applied.
    CHECK(contentValues(tree) == content);
    CHECK(session->undoStack()->count() == steps + 1);
    const QString summary = window.statusBar()->currentMessage();
    CHECK(summary.contains(QStringLiteral("anchored by mark: 1")));
    CHECK(summary.contains(QStringLiteral("suggestions: 1")));
    REQUIRE(QTest::qWaitFor([&] { return comments->dock()->isVisible(); }));

    // The same file again: everything is there already.
    REQUIRE(comments->importReviewFromWord(path) == 0);
    CHECK(int(commentIds(tree).size()) == before + 2);
    CHECK(session->undoStack()->count() == steps + 1);
    CHECK(window.statusBar()->currentMessage().contains(
        QStringLiteral("already in the standard: 2")));

    // One undo takes the whole import back.
    session->undoStack()->undo();
    CHECK(int(commentIds(tree).size()) == before);
    CHECK(contentValues(tree) == content);
}

TEST_CASE("CommentsController: a Word file that cannot be read is refused with its name and the "
          "reason") {
    test::WindowFixture fixture;
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("broken.docx"));
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write("not a zip archive");
    file.close();
    QSignalSpy failures(&fixture.window, &MainWindow::failureShown);
    const int before = int(commentIds(fixture.window.session()->tree()).size());
    REQUIRE(commentsOf(fixture.window)->importReviewFromWord(path) == -1);
    REQUIRE(failures.size() == 1);
    CHECK(failures.first().at(1).toString().contains(QStringLiteral("broken.docx")));
    CHECK(int(commentIds(fixture.window.session()->tree()).size()) == before);
}

TEST_CASE("CommentsController: a review from Word that fails leaves the document file as it was") {
    ReviewedInWord fixture(QStringLiteral("reviewed.docx"));
    EditSession* session = fixture.window.session();
    const QString& path = fixture.path;
    test::writeBytes(path, test::readBytes(path).left(int(QFileInfo(path).size() / 2)));
    const QString document = session->document()->path();
    // Every file of its folder (the document, its write-ahead log, the lock), byte for byte.
    const auto files = [&] {
        QMap<QString, QByteArray> bytes;
        const QDir folder = QFileInfo(document).dir();
        for (const QString& name : folder.entryList(QDir::Files | QDir::Hidden))
            bytes.insert(name, test::readBytes(folder.filePath(name)));
        return bytes;
    };
    const QMap<QString, QByteArray> before = files();
    const int steps = session->undoStack()->count();
    REQUIRE(commentsOf(fixture.window)->importReviewFromWord(path) == -1);
    CHECK(session->undoStack()->count() == steps);
    CHECK((files() == before));
}

TEST_CASE("CommentsController: a review from Word of another standard comes in only when the user "
          "says so") {
    ReviewedInWord fixture(QStringLiteral("other.docx"), QStringLiteral("another-standard"));
    MainWindow& window = fixture.window;
    EditSession* session = window.session();
    const DocumentTree& tree = session->tree();
    const QString& path = fixture.path;
    const int before = int(commentIds(tree).size());
    CommentsController* comments = commentsOf(window);

    // Without dialogs (nobody to ask): refused, saying why.
    QSignalSpy failures(&window, &MainWindow::failureShown);
    REQUIRE(comments->importReviewFromWord(path) == -1);
    REQUIRE(failures.size() == 1);
    CHECK(failures.first().at(1).toString().contains(QStringLiteral("other.docx")));
    CHECK(int(commentIds(tree).size()) == before);

    // Asked: No leaves the standard as it was, Yes brings the review in (and shows the summary).
    window.setDialogsEnabled(true);
    QMessageBox::StandardButton answer = QMessageBox::No;
    QStringList shown;
    QTimer answering;
    QObject::connect(&answering, &QTimer::timeout, [&] {
        auto* box = qobject_cast<QMessageBox*>(QApplication::activeModalWidget());
        if (!box || !box->isVisible()) return;
        shown << box->text();
        box->button(box->button(QMessageBox::Yes) ? answer : QMessageBox::Ok)->click();
    });
    answering.start(20);
    REQUIRE(comments->importReviewFromWord(path) == -1);
    REQUIRE(shown.size() == 1);
    CHECK(shown.first().contains(QStringLiteral("another-standard")));
    CHECK(int(commentIds(tree).size()) == before);
    answer = QMessageBox::Yes;
    REQUIRE(comments->importReviewFromWord(path) == 2);
    REQUIRE(shown.size() == 3);
    CHECK(shown.last().contains(QStringLiteral("suggestions: 1")));
    CHECK(int(commentIds(tree).size()) == before + 2);
    answering.stop();
    window.setDialogsEnabled(false);
}
