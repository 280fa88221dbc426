#include "core/model/schema.h"
#include "core/model/standarddocument.h"
#include "core/model/standardtemplate.h"
#include "smalldisk.h"
#include "standardgenerator.h"
#include "testsupport.h"
#include "ui/commands/editsession.h"
#include "ui/fields/growingtextedit.h"
#include "ui/fields/localizedtexteditor.h"
#include "ui/fields/nodeform.h"
#include "ui/review/commentscontroller.h"
#include "ui/review/reviewcontroller.h"
#include "ui/shell/documentcontroller.h"
#include "ui/shell/mainwindow.h"
#include "ui/shell/navigatormodel.h"
#include "ui/shell/preferences.h"
#include "ui/shell/welcomepage.h"
#include "ui/spelling/spellchecker.h"
#include "ui/validation/validationdock.h"
#include "windowfixture.h"

#include <catch2/catch.hpp>

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QMimeData>
#include <QScrollArea>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBlock>
#include <QTextEdit>
#include <QTextLayout>
#include <QTreeView>
#include <QTreeWidget>
#include <QUndoStack>

using namespace kasibi;

namespace {

const QString kCards = QStringLiteral("professionCards");

QString textOf(QWidget* editor) {
    if (auto* line = qobject_cast<QLineEdit*>(editor)) return line->text();
    return static_cast<QTextEdit*>(editor)->toPlainText();
}

// The side of a text field of the element on the current form.
QWidget* editorOf(MainWindow& window, const QString& elementId, const QString& field,
                  const QString& language) {
    REQUIRE(window.currentForm());
    auto* editor =
        qobject_cast<LocalizedTextEditor*>(window.currentForm()->fieldEditor(elementId, field));
    REQUIRE(editor);
    return editor->editorFor(language);
}

// QTest::keyClicks knows only ASCII; these are key presses carrying Kazakh and Russian letters.
void typeText(QWidget* widget, const QString& text) {
    for (const QChar letter : text) {
        QTest::sendKeyEvent(QTest::Press, widget, Qt::Key_unknown, QString(letter), Qt::NoModifier);
        QTest::sendKeyEvent(QTest::Release, widget, Qt::Key_unknown, QString(letter),
                            Qt::NoModifier);
    }
}

void typeInto(MainWindow& window, const QString& elementId, const QString& field,
              const QString& language, const QString& text) {
    QWidget* editor = editorOf(window, elementId, field, language);
    editor->setFocus();
    typeText(editor, text);
    CHECK(textOf(editor).endsWith(text));
}

QString selectedId(MainWindow& window) {
    return window.navigatorModel()->pageAt(window.navigator()->currentIndex()).nodeId;
}

void waitForValidation(MainWindow& window) {
    REQUIRE(QTest::qWaitFor([&] { return !window.validationDock()->isPending(); }, 10000));
}

} // namespace

TEST_CASE("MainWindow: a standard drafted from nothing, undone, redone and reopened") {
    QTemporaryDir folder;
    const QString path = folder.filePath(QStringLiteral("draft.kasibi"));
    QString standard, card, function, skill1, skill2;
    {
        MainWindow window;
        window.setDialogsEnabled(false);
        QSignalSpy failures(&window, &MainWindow::failureShown);
        window.show();
        REQUIRE(QTest::qWaitForWindowExposed(&window));
        window.activateWindow();
        REQUIRE(window.documents()->newDocument(path));
        CHECK(window.windowTitle().startsWith(QStringLiteral("draft.kasibi")));
        EditSession* session = window.session();
        REQUIRE(session);
        standard = session->tree().standardId();

        // The passport: the name of the standard in both languages.
        REQUIRE(window.showPage(PageRef::ofChapter(PageRef::Passport)));
        typeInto(window, standard, QStringLiteral("passport/name"), QStringLiteral("kk"),
                 QStringLiteral("Кенді ашық тәсілмен өндіру"));
        typeInto(window, standard, QStringLiteral("passport/name"), QStringLiteral("ru"),
                 QStringLiteral("Добыча руды открытым способом"));

        // One action each: a card, a function, two skills.
        window.action(QStringLiteral("addCard"))->trigger();
        card = selectedId(window);
        REQUIRE(session->tree().node(card));
        CHECK(session->tree().node(card)->kind == Kind::ProfessionCard);
        // The new card's name has the cursor: typing goes straight into it.
        auto* nameEditor = qobject_cast<LocalizedTextEditor*>(
            window.currentForm()->fieldEditor(card, QStringLiteral("name")));
        REQUIRE(nameEditor);
        typeInto(window, card, QStringLiteral("name"), QStringLiteral("ru"),
                 QStringLiteral("Машинист экскаватора"));
        CHECK(nameEditor->isMarkedMissing(QStringLiteral("kk")));
        typeInto(window, card, QStringLiteral("name"), QStringLiteral("kk"),
                 QStringLiteral("Экскаватор машинисі"));
        CHECK_FALSE(nameEditor->isMarkedMissing(QStringLiteral("kk")));

        window.action(QStringLiteral("addFunction"))->trigger();
        function = selectedId(window);
        REQUIRE(session->tree().node(function));
        CHECK(session->tree().node(function)->kind == Kind::LaborFunction);
        CHECK(session->tree().node(function)->parentId == card);
        typeInto(window, function, QStringLiteral("name"), QStringLiteral("ru"),
                 QStringLiteral("Экскавация горной массы"));

        window.action(QStringLiteral("addSkill"))->trigger();
        skill1 = selectedId(window);
        typeInto(window, skill1, QStringLiteral("name"), QStringLiteral("ru"),
                 QStringLiteral("Подготовка экскаватора"));
        window.action(QStringLiteral("addSkill"))->trigger();
        skill2 = selectedId(window);
        CHECK(session->tree().children(function, QStringLiteral("skills")) ==
              QStringList{skill1, skill2});

        // A burst of typing is one step of the history, named after the field.
        QUndoStack* history = session->undoStack();
        const int before = history->count();
        typeInto(window, skill2, QStringLiteral("name"), QStringLiteral("ru"),
                 QStringLiteral("Экскавация"));
        typeInto(window, skill2, QStringLiteral("name"), QStringLiteral("kk"),
                 QStringLiteral("Қазу"));
        CHECK(history->count() == before + 2);
        CHECK(window.action(QStringLiteral("undo"))
                  ->text()
                  .contains(QStringLiteral("name of the skill")));

        // Undo with the keyboard, in the field: the Kazakh burst goes, the Russian stays.
        QWidget* kk = editorOf(window, skill2, QStringLiteral("name"), QStringLiteral("kk"));
        QTest::keySequence(kk, QKeySequence::Undo);
        CHECK(
            session->tree().value(skill2, QStringLiteral("name"), QStringLiteral("kk")).isEmpty());
        CHECK(textOf(editorOf(window, skill2, QStringLiteral("name"), QStringLiteral("kk")))
                  .isEmpty());
        CHECK(session->tree().value(skill2, QStringLiteral("name"), QStringLiteral("ru")) ==
              QStringLiteral("Экскавация"));
        window.action(QStringLiteral("undo"))->trigger();
        CHECK(
            session->tree().value(skill2, QStringLiteral("name"), QStringLiteral("ru")).isEmpty());
        window.action(QStringLiteral("redo"))->trigger();
        window.action(QStringLiteral("redo"))->trigger();
        CHECK(session->tree().value(skill2, QStringLiteral("name"), QStringLiteral("ru")) ==
              QStringLiteral("Экскавация"));
        CHECK(session->tree().value(skill2, QStringLiteral("name"), QStringLiteral("kk")) ==
              QStringLiteral("Қазу"));
        CHECK(textOf(editorOf(window, skill2, QStringLiteral("name"), QStringLiteral("kk"))) ==
              QStringLiteral("Қазу"));

        // Undoing the second skill takes it out of the outline; redo brings it back.
        while (session->tree().node(skill2) && window.action(QStringLiteral("undo"))->isEnabled())
            window.action(QStringLiteral("undo"))->trigger();
        REQUIRE_FALSE(session->tree().node(skill2));
        CHECK_FALSE(window.navigatorModel()->indexOf(PageRef::ofNode(skill2)).isValid());
        while (
            session->tree().value(skill2, QStringLiteral("name"), QStringLiteral("kk")).isEmpty() &&
            window.action(QStringLiteral("redo"))->isEnabled())
            window.action(QStringLiteral("redo"))->trigger();
        CHECK(window.navigatorModel()->indexOf(PageRef::ofNode(skill2)).isValid());
        CHECK(session->tree().value(skill2, QStringLiteral("name"), QStringLiteral("kk")) ==
              QStringLiteral("Қазу"));

        // A finding leads to its field: the card's main purpose, on the side that is missing.
        window.validationDock()->schedule();
        waitForValidation(window);
        CHECK(window.findChild<QLabel*>(QStringLiteral("findingCounts"))
                  ->text()
                  .contains(QStringLiteral("error")));
        QTreeWidget* findings = window.validationDock()->view();
        QTreeWidgetItem* target = nullptr;
        Finding expected;
        for (QTreeWidgetItemIterator it(findings); *it && !target; ++it) {
            const QVariant index = (*it)->data(0, Qt::UserRole + 1);
            if (!index.isValid()) continue;
            const Finding& finding = window.validationDock()->findings().at(index.toInt());
            const Node* node = session->tree().node(finding.elementId);
            if (!node || node->kind != Kind::ProfessionCard) continue;
            const FieldSpec* spec = Schema::kind(node->kind)->field(finding.field);
            if (spec && spec->type == FieldType::LocalizedText) {
                target = *it;
                expected = finding;
            }
        }
        REQUIRE(target);
        window.showPage(PageRef::ofChapter(PageRef::GeneralProvisions));
        findings->scrollToItem(target);
        findings->setCurrentItem(target);
        QTest::keyClick(findings->viewport(), Qt::Key_Return);
        CHECK(window.currentForm()->page() == PageRef::ofNode(card));
        const QString language =
            expected.language.isEmpty() ? session->contentLanguage() : expected.language;
        CHECK(QApplication::focusWidget() == editorOf(window, card, expected.field, language));
        CHECK(failures.isEmpty());
    }

    // Everything typed is in the file: reopened, it is all there.
    MainWindow window;
    window.setDialogsEnabled(false);
    REQUIRE(window.documents()->openDocument(path));
    const DocumentTree& tree = window.session()->tree();
    CHECK(tree.standardId() == standard);
    CHECK(tree.text(standard, QStringLiteral("passport/name")).ru ==
          QStringLiteral("Добыча руды открытым способом"));
    CHECK(tree.text(standard, QStringLiteral("passport/name")).kk ==
          QStringLiteral("Кенді ашық тәсілмен өндіру"));
    CHECK(tree.children(standard, kCards) == QStringList{card});
    CHECK(tree.text(card, QStringLiteral("name")).kk == QStringLiteral("Экскаватор машинисі"));
    CHECK(tree.text(card, QStringLiteral("name")).ru == QStringLiteral("Машинист экскаватора"));
    CHECK(tree.children(card, QStringLiteral("laborFunctions")) == QStringList{function});
    CHECK(tree.text(function, QStringLiteral("name")).ru ==
          QStringLiteral("Экскавация горной массы"));
    CHECK(tree.children(function, QStringLiteral("skills")) == QStringList{skill1, skill2});
    CHECK(tree.text(skill1, QStringLiteral("name")).ru == QStringLiteral("Подготовка экскаватора"));
    CHECK(tree.text(skill2, QStringLiteral("name")) ==
          LocalizedText{QStringLiteral("Қазу"), QStringLiteral("Экскавация")});
}

TEST_CASE("MainWindow: moving, duplicating and removing are single undoable steps") {
    QTemporaryDir folder;
    MainWindow window;
    window.setDialogsEnabled(false);
    window.show();
    REQUIRE(
        window.documents()->newDocument(folder.filePath(QStringLiteral("template.kasibi")), true));
    EditSession* session = window.session();
    const DocumentTree& tree = session->tree();
    const QString card = tree.children(tree.standardId(), kCards).value(0);
    const QStringList functions = tree.children(card, QStringLiteral("laborFunctions"));
    REQUIRE(functions.size() == 2);

    REQUIRE(window.showPage(PageRef::ofNode(functions[1])));
    window.action(QStringLiteral("moveUp"))->trigger();
    CHECK(tree.children(card, QStringLiteral("laborFunctions")) ==
          QStringList{functions[1], functions[0]});
    CHECK(window.action(QStringLiteral("undo"))
              ->text()
              .contains(QStringLiteral("Move labour function")));
    CHECK(selectedId(window) == functions[1]);

    // Drag and drop in the outline: the first function dropped below the second.
    const QModelIndex parent = window.navigatorModel()->indexOf(PageRef::ofNode(card));
    QMimeData* data = window.navigatorModel()->mimeData(
        {window.navigatorModel()->indexOf(PageRef::ofNode(functions[1]))});
    window.navigatorModel()->dropMimeData(data, Qt::MoveAction, 2, 0, parent);
    delete data;
    CHECK(tree.children(card, QStringLiteral("laborFunctions")) == functions);

    REQUIRE(window.showPage(PageRef::ofNode(functions[0])));
    window.action(QStringLiteral("duplicate"))->trigger();
    const QStringList afterCopy = tree.children(card, QStringLiteral("laborFunctions"));
    REQUIRE(afterCopy.size() == 3);
    CHECK(afterCopy[0] == functions[0]);
    CHECK(tree.children(afterCopy[1], QStringLiteral("skills")).size() == 2);
    CHECK(selectedId(window) == afterCopy[1]);

    window.action(QStringLiteral("remove"))->trigger();
    CHECK(tree.children(card, QStringLiteral("laborFunctions")) == functions);
    window.action(QStringLiteral("undo"))->trigger();
    CHECK(tree.children(card, QStringLiteral("laborFunctions")) == afterCopy);
    CHECK(tree.children(afterCopy[1], QStringLiteral("skills")).size() == 2);
}

TEST_CASE("MainWindow: the large standard opens on its first form and takes typing") {
    // How fast: bench/ (kasibi-editor-bench), not here.
    QTemporaryDir folder;
    const QString path = folder.filePath(QStringLiteral("large.kasibi"));
    REQUIRE(StandardDocument::create(path, StandardGenerator::generate(StandardGenerator::large()))
                .ok());
    MainWindow window;
    window.setDialogsEnabled(false);
    window.show();
    REQUIRE(window.documents()->openDocument(path));
    QApplication::processEvents();
    CHECK(window.currentForm());
    REQUIRE(window.showPage(PageRef::ofChapter(PageRef::Passport)));
    const QString standard = window.session()->tree().standardId();
    QWidget* editor =
        editorOf(window, standard, QStringLiteral("passport/name"), QStringLiteral("ru"));
    editor->setFocus();
    typeText(editor, QStringLiteral("(актуализация) "));
    waitForValidation(window);
    CHECK(window.session()
              ->tree()
              .text(standard, QStringLiteral("passport/name"))
              .ru.contains(QStringLiteral("(актуализация) ")));
}

TEST_CASE("MainWindow: a damaged file is refused with its name and reason, a locked one opens "
          "read-only") {
    QTemporaryDir folder;
    MainWindow window;
    window.setDialogsEnabled(false);
    QSignalSpy failures(&window, &MainWindow::failureShown);

    const QString damaged = folder.filePath(QStringLiteral("damaged.kasibi"));
    QFile file(damaged);
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write("SQLite format 3");
    file.close();
    CHECK_FALSE(window.documents()->openDocument(damaged));
    REQUIRE(failures.size() == 1);
    CHECK(failures.first().at(1).toString().contains(QStringLiteral("damaged.kasibi")));
    CHECK(window.session() == nullptr);

    const QString path = folder.filePath(QStringLiteral("locked.kasibi"));
    REQUIRE(StandardDocument::create(
                path, StandardTemplate::tree({QStringLiteral("kk"), QStringLiteral("ru")}))
                .ok());
    auto holder = StandardDocument::open(path); // another window, or another program, has it open
    REQUIRE(holder.ok());
    REQUIRE(window.documents()->openDocument(path));
    REQUIRE(window.session()->isReadOnly());
    CHECK(window.windowTitle().contains(QStringLiteral("read-only")));
    CHECK_FALSE(window.findChild<QLabel*>(QStringLiteral("readOnlyBanner"))->isHidden());
    CHECK_FALSE(window.action(QStringLiteral("addCard"))->isEnabled());
    REQUIRE(window.showPage(PageRef::ofChapter(PageRef::Passport)));
    auto* name =
        qobject_cast<QTextEdit*>(editorOf(window, window.session()->tree().standardId(),
                                          QStringLiteral("passport/name"), QStringLiteral("ru")));
    REQUIRE(name);
    CHECK(name->isReadOnly());
}

TEST_CASE("MainWindow: a Word file given to open is named as one, with what to do next") {
    QTemporaryDir folder;
    MainWindow window;
    window.setDialogsEnabled(false);
    QSignalSpy failures(&window, &MainWindow::failureShown);
    // As e-mailed: a Word standard, once under its own name and once renamed .kasibi.
    const QString word = test::sourcePath(QStringLiteral("tests/data/letter.docx"));
    const QString renamed = folder.filePath(QStringLiteral("standard.kasibi"));
    REQUIRE(QFile::copy(word, renamed));
    for (const QString& path : {word, renamed}) {
        failures.clear();
        window.documents()->openPath(path);
        REQUIRE(failures.size() == 1);
        const QString message = failures.first().at(1).toString();
        CHECK(message.startsWith(QStringLiteral("This is a Word document")));
        CHECK(message.contains(QStringLiteral("kasibi-cli import")));
        CHECK_FALSE(message.contains(QStringLiteral("SQLite")));
        CHECK(message.contains(QFileInfo(path).fileName()));
        CHECK(window.session() == nullptr);
    }
}

TEST_CASE("MainWindow: names are spell-checked and stay one paragraph") {
    QTemporaryDir folder;
    MainWindow window;
    window.setDialogsEnabled(false);
    REQUIRE(window.documents()->openSample(folder.filePath(QStringLiteral("sample.kasibi"))));
    SpellChecker::forLanguage(QStringLiteral("ru"))->waitUntilReady();
    const QString card =
        window.session()->tree().children(window.session()->tree().standardId(), kCards).first();
    REQUIRE(window.showPage(PageRef::ofNode(card)));
    auto* name = qobject_cast<GrowingTextEdit*>(
        editorOf(window, card, QStringLiteral("name"), QStringLiteral("ru")));
    REQUIRE(name);
    CHECK(name->isSingleParagraph());

    name->setFocus();
    QTextCursor end = name->textCursor();
    end.movePosition(QTextCursor::End);
    name->setTextCursor(end);
    typeText(name, QStringLiteral(" карьера"));
    QTest::keyClick(name, Qt::Key_Return);
    typeText(name, QStringLiteral(" разреза"));
    CHECK(window.session()->tree().value(card, QStringLiteral("name"), QStringLiteral("ru")) ==
          QStringLiteral("Машинист экскаватора карьера разреза"));
    // A misspelt name is underlined as a paragraph is.
    typeText(name, QStringLiteral(" экскаватара"));
    const auto underlined = [&] {
        // The form may have been built anew since: ask it for the editor each time.
        auto* editor = qobject_cast<QTextEdit*>(
            editorOf(window, card, QStringLiteral("name"), QStringLiteral("ru")));
        const QTextBlock block = editor->document()->firstBlock();
        QStringList words;
        for (const QTextLayout::FormatRange& range : block.layout()->formats())
            if (range.format.underlineStyle() == QTextCharFormat::SpellCheckUnderline)
                words << block.text().mid(range.start, range.length);
        return words;
    };
    const bool marked = QTest::qWaitFor(
        [&] { return underlined() == QStringList{QStringLiteral("экскаватара")}; }, 5000);
    INFO("underlined: " << underlined().join(QLatin1Char(' ')).toStdString());
    REQUIRE(marked);
    name = qobject_cast<GrowingTextEdit*>(
        editorOf(window, card, QStringLiteral("name"), QStringLiteral("ru")));

    // Line breaks pasted in become spaces.
    name->selectAll();
    QMimeData pasted;
    pasted.setText(QStringLiteral("Машинист\r\nэкскаватора\n  роторного"));
    QApplication::clipboard()->setMimeData(new QMimeData);
    QApplication::clipboard()->setText(pasted.text());
    name->paste();
    CHECK(window.session()->tree().value(card, QStringLiteral("name"), QStringLiteral("ru")) ==
          QStringLiteral("Машинист экскаватора роторного"));
}

TEST_CASE("MainWindow: Save As goes on in the copy with the history, the original kept as it "
          "was") {
    QTemporaryDir folder;
    const QString original = folder.filePath(QStringLiteral("draft.kasibi"));
    const QString copy = folder.filePath(QStringLiteral("copy.kasibi"));
    MainWindow window;
    window.setDialogsEnabled(false);
    REQUIRE(window.documents()->openSample(original));
    const QString standard = window.session()->tree().standardId();
    const QString name = QStringLiteral("passport/name");
    const QString before = window.session()->tree().value(standard, name, QStringLiteral("ru"));
    REQUIRE(window.session()->setValue(standard, name, QStringLiteral("ru"),
                                       QStringLiteral("Добыча руды (проект)")));
    const int steps = window.session()->undoStack()->count();
    REQUIRE(window.session()->document()->saveVersion(QStringLiteral("sent for review")).ok());

    REQUIRE(window.documents()->saveAs(copy));
    // The whole document: the saved version is the baseline of the rule 17/18 comparison.
    REQUIRE(window.session()->document()->versions().ok());
    CHECK(window.session()->document()->versions().value().size() == 1);
    CHECK(window.session()->document()->path() == copy);
    CHECK(window.windowTitle().contains(QStringLiteral("copy.kasibi")));
    CHECK(window.session()->undoStack()->count() == steps);
    REQUIRE(window.session()->undoStack()->canUndo());
    window.session()->undoStack()->undo();
    CHECK(window.session()->tree().value(standard, name, QStringLiteral("ru")) == before);
    REQUIRE(window.session()->setValue(standard, QStringLiteral("technicalData/version"), {},
                                       QStringLiteral("2.0")));
    // The views follow the copy: the form shows what the copy holds.
    REQUIRE(window.showPage(PageRef::ofChapter(PageRef::Passport)));
    CHECK(textOf(editorOf(window, standard, name, QStringLiteral("ru"))) == before);

    window.documents()->closeDocument();
    auto copied = StandardDocument::open(copy, AccessMode::ReadOnly);
    REQUIRE(copied.ok());
    CHECK(copied.value()->tree().value(standard, name, QStringLiteral("ru")) == before);
    CHECK(copied.value()->tree().value(standard, QStringLiteral("technicalData/version")) ==
          QStringLiteral("2.0"));
    auto kept = StandardDocument::open(original, AccessMode::ReadOnly);
    REQUIRE(kept.ok());
    CHECK(kept.value()->tree().value(standard, name, QStringLiteral("ru")) ==
          QStringLiteral("Добыча руды (проект)"));
    CHECK(kept.value()->tree().value(standard, QStringLiteral("technicalData/version")) !=
          QStringLiteral("2.0"));
}

TEST_CASE("MainWindow: in review mode, Undo takes back comments only, and says nothing") {
    QTemporaryDir folder;
    MainWindow window;
    window.setDialogsEnabled(false);
    QSignalSpy failures(&window, &MainWindow::failureShown);
    REQUIRE(
        window.documents()->newDocument(folder.filePath(QStringLiteral("review.kasibi")), true));
    EditSession* session = window.session();
    const QString standard = session->tree().standardId();
    REQUIRE(session->setValue(standard, QStringLiteral("passport/name"), QStringLiteral("ru"),
                              QStringLiteral("Сварочное производство")));
    QAction* undo = window.action(QStringLiteral("undo"));
    QAction* redo = window.action(QStringLiteral("redo"));
    CHECK(undo->isEnabled());

    auto* review = window.findChild<ReviewController*>();
    REQUIRE(review);
    Preferences::setAuthorName(QStringLiteral("Reviewer"));
    review->setReviewMode(true);
    REQUIRE(session->document()->isReviewMode());
    // The last step is of the content: there is nothing to undo in review mode.
    CHECK_FALSE(undo->isEnabled());
    undo->trigger();
    QTest::keySequence(&window, QKeySequence::Undo);
    CHECK(session->tree().value(standard, QStringLiteral("passport/name"), QStringLiteral("ru")) ==
          QStringLiteral("Сварочное производство"));
    CHECK(failures.isEmpty());

    // A comment is a step of review mode: undone and redone there.
    const QString comment = review->comments()->addComment(
        standard, QStringLiteral("passport/name"), QStringLiteral("Уточнить наименование."));
    REQUIRE_FALSE(comment.isEmpty());
    CHECK(undo->isEnabled());
    undo->trigger();
    CHECK_FALSE(session->tree().node(comment));
    CHECK_FALSE(undo->isEnabled());
    CHECK(redo->isEnabled());
    redo->trigger();
    CHECK(session->tree().node(comment));
    CHECK(failures.isEmpty());

    // Out of review mode, the content's steps come back within reach.
    review->setReviewMode(false);
    undo->trigger();
    undo->trigger();
    CHECK(session->tree()
              .value(standard, QStringLiteral("passport/name"), QStringLiteral("ru"))
              .isEmpty());
    CHECK(failures.isEmpty());
}

TEST_CASE("MainWindow: on an English or C locale the first start offers Kazakh and Russian, the "
          "interface changes language at once, the open standard and its history kept",
          "[english]") {
    REQUIRE(Preferences::effectiveUiLanguage() == QStringLiteral("en"));
    Preferences::setUiLanguage({});
    QTemporaryDir folder;
    MainWindow window;
    window.setDialogsEnabled(false);
    window.show();
    REQUIRE(window.welcomePage()->languageOffer()->isVisible());
    REQUIRE(
        window.documents()->newDocument(folder.filePath(QStringLiteral("switch.kasibi")), true));
    EditSession* session = window.session();
    const QString standard = session->tree().standardId();
    REQUIRE(session->setValue(standard, QStringLiteral("passport/name"), QStringLiteral("ru"),
                              QStringLiteral("Сварочное производство")));
    REQUIRE(window.showPage(PageRef::ofChapter(PageRef::TechnicalData)));
    CHECK(window.action(QStringLiteral("undo"))->iconText() == QStringLiteral("Undo"));

    // Russian chosen in the preferences: a window in Russian takes over.
    Preferences::setUiLanguage(QStringLiteral("ru"));
    std::unique_ptr<MainWindow> russian(window.switchLanguage(QStringLiteral("ru")));
    CHECK_FALSE(window.isVisible());
    CHECK(window.session() == nullptr);
    REQUIRE(russian->session() == session);
    CHECK(russian->isVisible());
    CHECK(russian->action(QStringLiteral("undo"))->text().startsWith(QStringLiteral("&Отменить")));
    CHECK(russian->menuBar()->actions().first()->text() == QStringLiteral("&Файл"));
    REQUIRE(russian->currentForm());
    CHECK(russian->currentForm()->page() == PageRef::ofChapter(PageRef::TechnicalData));
    russian->action(QStringLiteral("undo"))->trigger();
    CHECK(session->tree()
              .value(standard, QStringLiteral("passport/name"), QStringLiteral("ru"))
              .isEmpty());

    // Back in English (the system's), for the tests that follow.
    Preferences::setUiLanguage({});
    std::unique_ptr<MainWindow> english(russian->switchLanguage(QStringLiteral("en")));
    russian.release(); // closed and deleted on close
    CHECK(english->menuBar()->actions().first()->text() == QStringLiteral("&File"));
    CHECK(english->session() == session);
}

TEST_CASE("MainWindow: Save As onto a full disk is refused by file and reason, the editing goes "
          "on in the original, and the file there is kept") {
    QTemporaryDir folder;
    const QString original = folder.filePath(QStringLiteral("draft.kasibi"));
    test::SmallDisk disk(folder.filePath(QStringLiteral("disk")), 256);
    if (!disk.isMounted()) return test::markSkipped(QStringLiteral("mounting a disk takes root"));
    const QString copy = disk.path() + QStringLiteral("/copy.kasibi");
    const QByteArray old = "a copy saved there last week\n";
    test::writeBytes(copy, old);
    disk.fill();

    MainWindow window;
    window.setDialogsEnabled(false);
    QSignalSpy failures(&window, &MainWindow::failureShown);
    REQUIRE(window.documents()->openSample(original));
    const QString standard = window.session()->tree().standardId();
    const QString name = QStringLiteral("passport/name");
    REQUIRE(window.session()->setValue(standard, name, QStringLiteral("ru"),
                                       QStringLiteral("Добыча руды (проект)")));
    const int steps = window.session()->undoStack()->count();

    CHECK_FALSE(window.documents()->saveAs(copy));
    REQUIRE(failures.size() == 1);
    const QString message = failures.first().at(1).toString();
    INFO(message.toStdString());
    CHECK(message.contains(copy));
    CHECK(message.contains(QStringLiteral("disk is full")));
    CHECK((test::readBytes(copy) == old));
    CHECK(QDir(disk.path()).entryList(QDir::Files | QDir::Hidden) ==
          QStringList({QStringLiteral("copy.kasibi"), QStringLiteral("filler")}));

    // Still the original, with its history, taking edits.
    CHECK(window.session()->document()->path() == original);
    CHECK(window.session()->undoStack()->count() == steps);
    REQUIRE(window.session()->setValue(standard, QStringLiteral("technicalData/version"), {},
                                       QStringLiteral("2.0")));
    window.documents()->closeDocument();
    auto kept = StandardDocument::open(original, AccessMode::ReadOnly);
    REQUIRE(kept.ok());
    CHECK(kept.value()->tree().value(standard, name, QStringLiteral("ru")) ==
          QStringLiteral("Добыча руды (проект)"));
    CHECK(kept.value()->tree().value(standard, QStringLiteral("technicalData/version")) ==
          QStringLiteral("2.0"));
}
