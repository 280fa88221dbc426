#include "core/model/schema.h"
#include "testsupport.h"
#include "ui/commands/editsession.h"
#include "ui/review/commentscontroller.h"
#include "ui/review/commentsdock.h"
#include "ui/review/reviewcontroller.h"
#include "ui/shell/interfacetranslations.h"
#include "ui/shell/mainwindow.h"
#include "ui/validation/validationdock.h"
#include "windowfixture.h"

#include <catch2/catch.hpp>

#include <QAction>
#include <QApplication>
#include <QScrollArea>
#include <QTest>
#include <QToolBar>
#include <QToolButton>
#include <QTranslator>
#include <QTreeView>
#include <QUndoStack>

using namespace kasibi;

TEST_CASE("MainWindow: the toolbar's buttons stay where they are as steps are made and undone, "
          "the step is named in the tooltip and the Edit menu") {
    test::WindowFixture fixture;
    MainWindow& window = fixture.window;
    EditSession* session = window.session();
    const QString& standard = fixture.standard;
    const QString& card = fixture.card;
    auto* toolbar = window.findChild<QToolBar*>(QStringLiteral("mainToolBar"));
    REQUIRE(toolbar);
    const auto places = [&] {
        QList<QRect> rects;
        for (QAction* action : toolbar->actions())
            if (QWidget* button = toolbar->widgetForAction(action))
                rects << (button->isVisible() ? button->geometry() : QRect());
        return rects;
    };
    QApplication::processEvents();
    const QList<QRect> before = places();
    QAction* undo = window.action(QStringLiteral("undo"));

    // Steps of short and long names, undone and redone.
    REQUIRE(session->setValue(standard, QStringLiteral("passport/serialNumber"), {},
                              QStringLiteral("012")));
    QApplication::processEvents();
    CHECK(places() == before);
    REQUIRE_FALSE(session->undoStack()->undoText().isEmpty());
    CHECK(undo->text().contains(session->undoStack()->undoText()));
    CHECK(undo->toolTip().contains(session->undoStack()->undoText()));
    CHECK(undo->iconText() == QStringLiteral("Undo"));
    REQUIRE(session->setValue(card, QStringLiteral("mainPurpose"), QStringLiteral("ru"),
                              QStringLiteral("Сварка")));
    QApplication::processEvents();
    CHECK(places() == before);
    REQUIRE(window.showPage(PageRef::ofNode(card)));
    window.action(QStringLiteral("addFunction"))->trigger();
    QApplication::processEvents();
    CHECK(places() == before);
    undo->trigger();
    undo->trigger();
    QApplication::processEvents();
    CHECK(places() == before);
    CHECK(window.action(QStringLiteral("redo"))
              ->toolTip()
              .contains(session->undoStack()->redoText()));
    CHECK(window.action(QStringLiteral("redo"))->iconText() == QStringLiteral("Redo"));
    // The button shows the short label; the menu the step.
    auto* button = qobject_cast<QToolButton*>(toolbar->widgetForAction(undo));
    REQUIRE(button);
    CHECK(button->text() == QStringLiteral("Undo"));
    CHECK(undo->text() != QStringLiteral("&Undo"));
}

TEST_CASE("MainWindow: at 1024x700 the outline and the docks give way to the form, in Kazakh, "
          "Russian and English") {
    for (const QString& language :
         {QStringLiteral("kk"), QStringLiteral("ru"), QStringLiteral("en")}) {
        INFO(language.toStdString());
        const QLocale locale;
        const QList<QTranslator*> translators =
            InterfaceTranslations::install(QCoreApplication::instance(), language);
        {
            test::WindowFixture fixture({1024, 700});
            MainWindow& window = fixture.window;
            // Validation and the comments both open, as after a reviewer's first comment.
            CommentsDock* comments = window.findChild<ReviewController*>()->comments()->dock();
            comments->show();
            REQUIRE(window.showPage(PageRef::ofNode(fixture.card)));
            QTest::qWait(200);
            REQUIRE(window.validationDock()->isVisible());
            // The form keeps a width its fields can be read and typed in, on a card and on a
            // skill, and the window its size.
            const QString skill = window.session()
                                      ->tree()
                                      .children(window.session()
                                                    ->tree()
                                                    .children(fixture.card, Role::LaborFunctions)
                                                    .value(0),
                                                Role::Skills)
                                      .value(0);
            REQUIRE(window.showPage(PageRef::ofNode(skill)));
            QTest::qWait(200);
            CHECK(window.width() == 1024);
            CHECK(window.formArea()->width() >= 600);
            REQUIRE(window.showPage(PageRef::ofNode(fixture.card)));
            QTest::qWait(200);
            CHECK(window.width() == 1024);
            CHECK(window.formArea()->width() >= 600);
            CHECK(window.navigator()->width() <= 1024 / 6 + 10);
            for (QDockWidget* dock : {static_cast<QDockWidget*>(window.validationDock()),
                                      static_cast<QDockWidget*>(comments)}) {
                INFO(dock->objectName().toStdString());
                CHECK(dock->width() <= 240);
            }
            // Nothing of the narrow comments dock is cut off: its buttons stand one above the
            // other when they do not fit in a row.
            comments->raise();
            QTest::qWait(100);
            for (auto* button : comments->findChildren<QToolButton*>()) {
                if (button->isHidden()) continue; // Apply, shown for a suggestion only
                INFO(button->objectName().toStdString());
                CHECK(button->mapTo(comments, QPoint(button->width(), 0)).x() <= comments->width());
                CHECK(button->width() >= button->sizeHint().width());
            }
        }
        {
            // On a wide screen the form has room beside a dock the user widened, the
            // comments' buttons in a row there.
            test::WindowFixture fixture({1600, 1000});
            MainWindow& window = fixture.window;
            CommentsDock* comments = window.findChild<ReviewController*>()->comments()->dock();
            comments->show();
            comments->raise();
            REQUIRE(window.showPage(PageRef::ofNode(fixture.card)));
            window.resizeDocks({comments}, {400}, Qt::Horizontal);
            QTest::qWait(200);
            CHECK(window.formArea()->width() >= 700);
            REQUIRE(comments->width() >= 380);
            auto* reply = comments->findChild<QToolButton*>(QStringLiteral("replyButton"));
            auto* resolve = comments->findChild<QToolButton*>(QStringLiteral("resolveButton"));
            REQUIRE(reply);
            REQUIRE(resolve);
            CHECK(reply->y() == resolve->y());
        }
        for (QTranslator* translator : translators) {
            QCoreApplication::removeTranslator(translator);
            delete translator;
        }
        QLocale::setDefault(locale);
    }
}
