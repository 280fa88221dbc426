#include "core/model/schema.h"
#include "ui/commands/editsession.h"
#include "ui/fields/fieldeditor.h"
#include "ui/fields/growingtextedit.h"
#include "ui/fields/localizedtexteditor.h"
#include "ui/fields/nodeform.h"
#include "ui/shell/mainwindow.h"
#include "windowfixture.h"

#include <catch2/catch.hpp>

#include <QApplication>
#include <QScrollArea>
#include <QScrollBar>
#include <QTest>
#include <QTextEdit>

using namespace kasibi;

namespace {

QWidget* sideOf(NodeForm* form, const QString& id, const QString& field, const QString& language) {
    auto* editor = qobject_cast<LocalizedTextEditor*>(form->fieldEditor(id, field));
    REQUIRE(editor);
    return editor->editorFor(language);
}

int topOf(QWidget* widget, QWidget* form) {
    return widget->mapTo(form, QPoint(0, 0)).y();
}

} // namespace

TEST_CASE("NodeForm: typing a card's name moves nothing below it") {
    test::WindowFixture fixture({1366, 768});
    MainWindow& window = fixture.window;
    const QString& card = fixture.card;
    REQUIRE(window.showPage(PageRef::ofNode(card)));
    NodeForm* form = window.currentForm();
    QApplication::processEvents();
    QWidget* next = sideOf(form, card, QStringLiteral("mainPurpose"), QStringLiteral("kk"));
    const int before = topOf(next, form);

    // A long name: longer than the title's line, short enough for the name's own box. The
    // title follows it; the other side becomes "missing".
    QWidget* name = sideOf(form, card, QStringLiteral("name"), QStringLiteral("ru"));
    name->setFocus();
    const QString typed = QStringLiteral("Welder of metal structures at industrial sites");
    for (const QChar letter : typed) {
        QTest::keyClicks(name, QString(letter));
        QApplication::processEvents();
        CHECK(topOf(next, form) == before);
    }
    REQUIRE(window.session()->tree().value(card, QStringLiteral("name"), QStringLiteral("ru")) ==
            typed);
    auto* editor =
        qobject_cast<LocalizedTextEditor*>(form->fieldEditor(card, QStringLiteral("name")));
    CHECK(editor->isMarkedMissing(QStringLiteral("kk")));
    CHECK(topOf(next, form) == before);
}

TEST_CASE("NodeForm: a paragraph being typed grows lines ahead and keeps the caret in sight") {
    test::WindowFixture fixture({1024, 700});
    MainWindow& window = fixture.window;
    const QString& card = fixture.card;
    REQUIRE(window.showPage(PageRef::ofNode(card)));
    NodeForm* form = window.currentForm();
    auto* purpose = qobject_cast<GrowingTextEdit*>(
        sideOf(form, card, QStringLiteral("mainPurpose"), QStringLiteral("ru")));
    REQUIRE(purpose);
    purpose->setFocus();
    QApplication::processEvents();
    // Many lines: the field grows past the window, and the form follows the caret down.
    int grew = 0;
    int height = purpose->height();
    for (int line = 0; line < 30; ++line) {
        QTest::keyClicks(purpose,
                         QStringLiteral("Welding of steel structures, line %1. ").arg(line));
        QApplication::processEvents();
        if (purpose->height() != height) ++grew;
        height = purpose->height();
    }
    const int lines = purpose->document()->size().height() / purpose->fontMetrics().lineSpacing();
    REQUIRE(lines > 10);
    // It grew by a few lines at a time, not at every line.
    CHECK(grew <= lines / (GrowingTextEdit::LinesAhead + 1) + 1);
    QScrollArea* area = window.formArea();
    REQUIRE(QTest::qWaitFor(
        [&] {
            const QRect caret(
                purpose->viewport()->mapTo(area->viewport(), purpose->cursorRect().topLeft()),
                purpose->cursorRect().size());
            return area->viewport()->rect().contains(caret);
        },
        2000));
    CHECK(area->verticalScrollBar()->value() > 0);
    // Text taken out while typing: the box keeps its height, so nothing below jumps up.
    QTest::keyClick(purpose, Qt::Key_A, Qt::ControlModifier);
    QTest::keyClick(purpose, Qt::Key_Delete);
    QApplication::processEvents();
    CHECK(purpose->toPlainText().isEmpty());
    CHECK(purpose->height() == height);
    // Left, it fits its text again.
    sideOf(form, card, QStringLiteral("name"), QStringLiteral("ru"))->setFocus();
    QApplication::processEvents();
    CHECK(purpose->height() < height);
}

TEST_CASE("NodeForm: at 1024x700 the form keeps its width, the two wordings one above the other, "
          "side by side on a wide screen") {
    test::WindowFixture fixture({1024, 700});
    MainWindow& window = fixture.window;
    const QString& card = fixture.card;
    REQUIRE(window.showPage(PageRef::ofNode(card)));
    QApplication::processEvents();
    QScrollArea* area = window.formArea();
    CHECK(area->width() >= 600);
    // Nothing behind a horizontal scroll bar.
    CHECK_FALSE(area->horizontalScrollBar()->isVisible());
    CHECK(window.currentForm()->width() <= area->viewport()->width());
    auto* name = qobject_cast<LocalizedTextEditor*>(
        window.currentForm()->fieldEditor(card, QStringLiteral("name")));
    REQUIRE(name);
    // Too narrow for two columns of readable width: one above the other.
    REQUIRE(window.currentForm()->width() < NodeForm::SideBySideWidth);
    CHECK_FALSE(name->isSideBySide());
    CHECK(name->editorFor(QStringLiteral("ru"))->mapTo(name, QPoint(0, 0)).y() >
          name->editorFor(QStringLiteral("kk"))->mapTo(name, QPoint(0, 0)).y());
    // Each side at least as wide as half the form.
    CHECK(name->editorFor(QStringLiteral("ru"))->width() > window.currentForm()->width() / 2 - 40);

    window.resize(1600, 1000);
    QApplication::processEvents();
    REQUIRE(QTest::qWaitFor(
        [&] { return window.currentForm()->width() >= NodeForm::SideBySideWidth; }, 2000));
    REQUIRE(QTest::qWaitFor([&] { return name->isSideBySide(); }, 2000));
    CHECK(name->editorFor(QStringLiteral("ru"))->mapTo(name, QPoint(0, 0)).y() ==
          name->editorFor(QStringLiteral("kk"))->mapTo(name, QPoint(0, 0)).y());
}
