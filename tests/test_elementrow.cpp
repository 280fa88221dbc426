#include "core/model/schema.h"
#include "ui/commands/editsession.h"
#include "ui/fields/elementlisteditor.h"
#include "ui/fields/localizedtexteditor.h"
#include "ui/fields/nodeform.h"
#include "ui/shell/mainwindow.h"
#include "windowfixture.h"

#include <catch2/catch.hpp>

#include <QApplication>
#include <QPushButton>
#include <QTest>
#include <QTextEdit>

using namespace kasibi;

namespace {

// The side of the text of a list item on the current form.
QTextEdit* itemEditor(MainWindow& window, const QString& itemId, const QString& language) {
    auto* editor = qobject_cast<LocalizedTextEditor*>(
        window.currentForm()->fieldEditor(itemId, Schema::TextItemField));
    REQUIRE(editor);
    return qobject_cast<QTextEdit*>(editor->editorFor(language));
}

} // namespace

TEST_CASE("ElementRow: Enter in a list item starts the next item, Shift+Enter breaks the line, "
          "a new item is typed from its first column") {
    test::WindowFixture fixture;
    MainWindow& window = fixture.window;
    const DocumentTree& tree = window.session()->tree();
    const QString function = tree.children(fixture.card, QStringLiteral("laborFunctions")).first();
    const QString skill = tree.children(function, QStringLiteral("skills")).first();
    REQUIRE(window.showPage(PageRef::ofNode(skill)));
    auto* knowledge =
        window.currentForm()->findChild<ElementListEditor*>(QStringLiteral("list-knowledge"));
    REQUIRE(knowledge);
    REQUIRE(tree.children(skill, QStringLiteral("knowledge")).isEmpty());

    QTest::mouseClick(knowledge->addButton(), Qt::LeftButton);
    QStringList items = tree.children(skill, QStringLiteral("knowledge"));
    REQUIRE(items.size() == 1);
    // The first column is Kazakh: the new item's cursor is there, whatever the content language.
    const QString first = Schema::languages().first();
    CHECK(QApplication::focusWidget() == itemEditor(window, items[0], first));

    QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("Safety rules"));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
    items = tree.children(skill, QStringLiteral("knowledge"));
    REQUIRE(items.size() == 2);
    CHECK(tree.value(items[0], Schema::TextItemField, first) == QStringLiteral("Safety rules"));
    CHECK(QApplication::focusWidget() == itemEditor(window, items[1], first));

    // Shift+Enter keeps to the item: a line break in it, no new item.
    QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("Line one"));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return, Qt::ShiftModifier);
    QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("line two"));
    CHECK(tree.children(skill, QStringLiteral("knowledge")).size() == 2);
    CHECK(tree.value(items[1], Schema::TextItemField, first) ==
          QStringLiteral("Line one\nline two"));

    // A name is not a list item: Enter there adds nothing.
    REQUIRE(window.showPage(PageRef::ofNode(skill)));
    auto* name = qobject_cast<LocalizedTextEditor*>(
        window.currentForm()->fieldEditor(skill, QStringLiteral("name")));
    REQUIRE(name);
    name->editorFor(first)->setFocus();
    QTest::keyClick(name->editorFor(first), Qt::Key_Return);
    CHECK(tree.children(skill, QStringLiteral("knowledge")).size() == 2);
    CHECK(tree.children(function, QStringLiteral("skills")).size() == 2);
}
