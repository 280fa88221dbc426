#include "core/registry/registrysearch.h"
#include "ui/registry/registrydock.h"

#include <catch2/catch.hpp>

#include <QHeaderView>
#include <QTest>
#include <QTreeWidget>

using namespace kasibi;

TEST_CASE("RegistryDock: at the pane's width a search's results show the card and what was "
          "found beside the long names of the standard and the card") {
    RegistryDock dock;
    dock.resize(380, 600);
    dock.show();
    REQUIRE(QTest::qWaitForWindowExposed(&dock));
    RegistryHit hit;
    hit.standardId = QStringLiteral("s1");
    hit.standardCode = QStringLiteral("B07102012");
    hit.standardName.ru = QStringLiteral("Добыча руды открытым способом на железорудных "
                                         "месторождениях с применением буровзрывных работ");
    hit.status = QStringLiteral("draft");
    hit.cardId = QStringLiteral("c1");
    hit.cardName.ru = QStringLiteral("Машинист экскаватора роторного на открытых горных работах");
    hit.field = QStringLiteral("/professionCards/0/name/ru");
    hit.language = QStringLiteral("ru");
    hit.text = QStringLiteral("Машинист экскаватора");
    dock.showHits({hit});

    QTreeWidget* results = dock.results();
    REQUIRE(results->topLevelItemCount() == 1);
    const int width = results->viewport()->width();
    const int found = results->header()->sectionViewportPosition(3);
    INFO("the found text starts at " << found << " of " << width << " px");
    // The found text keeps at least a third of the pane; the card's name starts in sight.
    CHECK(width - found >= width / 3);
    CHECK(results->header()->sectionViewportPosition(2) < width / 2);
    // Cut short, the names are whole in their tooltips.
    const QTreeWidgetItem* row = results->topLevelItem(0);
    CHECK(row->toolTip(0).contains(hit.standardName.ru));
    CHECK(row->toolTip(2) == hit.cardName.ru);

    // "Nothing found" is read whole, not cut at the standard's column.
    dock.showHits({});
    REQUIRE(results->topLevelItemCount() == 1);
    CHECK(results->topLevelItem(0)->isFirstColumnSpanned());
}
