#include "core/model/schema.h"
#include "testsupport.h"
#include "ui/commands/editsession.h"
#include "ui/import/importreportdock.h"
#include "ui/shell/documentcontroller.h"
#include "ui/shell/mainwindow.h"
#include "ui/shell/navigatormodel.h"

#include <catch2/catch.hpp>

#include <QMimeData>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>
#include <QTreeWidget>
#include <QUrl>

using namespace kasibi;

TEST_CASE("Importing a standard from Word opens it with the report, whose notes lead to their "
          "element") {
    QTemporaryDir dir;
    MainWindow window;
    window.setDialogsEnabled(false);
    window.resize(1400, 900);
    window.show();
    const QString docx = kasibi::test::sharedPath(QStringLiteral("real-standards/kind2-13.docx"));
    const QString document = dir.filePath(QStringLiteral("graphics.kasibi"));
    REQUIRE(window.documents()->importWord({docx}, document));
    REQUIRE(window.session());
    CHECK(window.session()->document()->path() == document);
    const DocumentTree& tree = window.session()->tree();
    const QStringList cards = tree.children(tree.standardId(), QStringLiteral("professionCards"));
    CHECK(cards.size() == 4);

    ImportReportDock* dock = window.importReportDock();
    REQUIRE(dock->isVisible());
    REQUIRE(dock->noteCount() > 0);
    // The note that the third card lacks fields: activating it shows that card.
    QTreeWidget* notes = dock->list();
    QTreeWidgetItem* missing = nullptr;
    for (int i = 0; i < notes->topLevelItemCount() && !missing; ++i)
        if (notes->topLevelItem(i)->data(0, Qt::UserRole).toString() == cards[2])
            missing = notes->topLevelItem(i);
    REQUIRE(missing);
    emit notes->itemActivated(missing, 0);
    REQUIRE(QTest::qWaitFor([&] {
        return window.navigatorModel()->pageAt(window.navigator()->currentIndex()).nodeId ==
               cards[2];
    }));

    // The approving order read from the header is there to edit.
    CHECK(tree.value(tree.standardId(), QStringLiteral("approval/orderNumber")) ==
          QStringLiteral("222"));
    CHECK(window.goToField(tree.standardId(), QStringLiteral("approval/orderNumber"), {}));
    CHECK(window.goToField(tree.standardId(), QStringLiteral("approval/issuer"),
                           QStringLiteral("ru")));

    // Another document: the report was about the import, and goes.
    window.documents()->closeDocument();
    CHECK_FALSE(dock->isVisible());
    CHECK(dock->noteCount() == 0);
}

TEST_CASE("A Word file that is not a standard is refused and nothing is made of it") {
    QTemporaryDir dir;
    MainWindow window;
    window.setDialogsEnabled(false);
    QSignalSpy failures(&window, &MainWindow::failureShown);
    const QString letter = dir.filePath(QStringLiteral("letter.docx"));
    kasibi::test::writeBytes(letter, "%PDF-1.7\n");
    const QString document = dir.filePath(QStringLiteral("letter.kasibi"));
    CHECK_FALSE(window.documents()->importWord({letter}, document));
    REQUIRE(failures.size() == 1);
    CHECK(failures[0][1].toString().contains(QStringLiteral("PDF")));
    CHECK_FALSE(QFileInfo::exists(document));
    CHECK_FALSE(window.session());
}
