#include "core/model/schema.h"
#include "ui/commands/editsession.h"
#include "ui/fields/nodeform.h"
#include "windowfixture.h"

#include <catch2/catch.hpp>

#include <QAbstractItemView>
#include <QComboBox>
#include <QImage>
#include <QScrollBar>
#include <QTest>

using namespace kasibi;

namespace {

// Where the first dark pixel of a row of the list is, from the left: where its text starts.
int textStart(QAbstractItemView* view, const QImage& image, int row) {
    const QRect rect = view->visualRect(view->model()->index(row, 0));
    for (int x = rect.left(); x <= rect.right(); ++x)
        for (int y = rect.top(); y <= rect.bottom(); ++y)
            if (qGray(image.pixel(x, y)) < 96) return x;
    return -1;
}

} // namespace

TEST_CASE("EnumFieldEditor: the qualification level picker offers \"not set\" first, then each "
          "level with its sublevels drawn moved in, and shows the one picked as it is") {
    test::WindowFixture fixture;
    MainWindow& window = fixture.window;
    REQUIRE(window.showPage(PageRef::ofNode(fixture.card)));
    auto* level = window.currentForm()->findChild<QComboBox*>(Field::OrkLevel);
    REQUIRE(level);
    CHECK(level->itemData(0).toString().isEmpty());
    CHECK(level->itemText(0) == QStringLiteral("not set"));
    CHECK(level->itemData(1).toString() == QStringLiteral("1"));
    CHECK(level->itemData(2).toString() == QStringLiteral("1.1"));

    // Picked, a sublevel is in the document and in the closed box without any indentation.
    const int sublevel = level->findData(QStringLiteral("4.2"));
    REQUIRE(sublevel > 0);
    level->setCurrentIndex(sublevel);
    emit level->activated(sublevel);
    CHECK(window.session()->tree().value(fixture.card, Field::OrkLevel) == QStringLiteral("4.2"));
    CHECK(level->currentText() == QStringLiteral("4.2"));

    // In the open list the sublevel's text starts right of its level's.
    level->showPopup();
    QAbstractItemView* view = level->view();
    REQUIRE(QTest::qWaitFor([&] { return view->isVisible(); }));
    const int four = level->findData(QStringLiteral("4"));
    view->scrollTo(view->model()->index(four, 0));
    const QImage image = view->viewport()->grab().toImage();
    const int levelStart = textStart(view, image, four);
    const int sublevelStart = textStart(view, image, four + 1);
    INFO("level 4 starts at " << levelStart << " px, 4.1 at " << sublevelStart << " px");
    REQUIRE(levelStart >= 0);
    CHECK(sublevelStart >= levelStart + view->fontMetrics().averageCharWidth());
    level->hidePopup();
}

TEST_CASE("EnumFieldEditor: the open level list is a scrolled list of at most twenty rows, not a "
          "column taller than a small screen") {
    test::WindowFixture fixture;
    MainWindow& window = fixture.window;
    REQUIRE(window.showPage(PageRef::ofNode(fixture.card)));
    auto* level = window.currentForm()->findChild<QComboBox*>(Field::OrkLevel);
    REQUIRE(level);
    REQUIRE(level->count() > 40);
    level->showPopup();
    QAbstractItemView* view = level->view();
    REQUIRE(QTest::qWaitFor([&] { return view->isVisible(); }));
    const int row = view->sizeHintForRow(0);
    INFO("the list is " << view->height() << " px tall, a row " << row << " px");
    CHECK(view->height() <= 21 * row);
    // What is below is reached by a scroll bar one can see.
    CHECK(QTest::qWaitFor([&] { return view->verticalScrollBar()->isVisible(); }, 1000));
    level->hidePopup();
}
