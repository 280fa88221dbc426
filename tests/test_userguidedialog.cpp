#include "ui/shell/mainwindow.h"
#include "ui/shell/userguidedialog.h"

#include <catch2/catch.hpp>

#include <QAction>
#include <QApplication>
#include <QImage>
#include <QTextBrowser>
#include <QTextDocument>

using namespace kasibi;

TEST_CASE("UserGuideDialog: Help shows the guide in the interface language with its screenshots "
          "and the shortcuts of the menus",
          "[english]") {
    for (const QString& language : {QStringLiteral("kk"), QStringLiteral("ru")}) {
        const QString guide = UserGuideDialog::guide(language);
        CHECK(guide.contains(QStringLiteral("Kasibi: ")));
        CHECK(guide.count(QStringLiteral("<h3>")) >= 6);
        CHECK(guide != UserGuideDialog::guide(QStringLiteral("en")));
    }
    CHECK(UserGuideDialog::guide(QStringLiteral("kk")).contains(QStringLiteral("нұсқаулық")));
    CHECK(UserGuideDialog::guide(QStringLiteral("ru")).contains(QStringLiteral("руководство")));

    MainWindow window;
    window.setDialogsEnabled(false);
    window.action(QStringLiteral("userGuide"))->trigger();
    auto* dialog = window.findChild<UserGuideDialog*>();
    REQUIRE(dialog);
    const QString text = dialog->browser()->toPlainText();
    CHECK(text.contains(QStringLiteral("Kasibi: a short guide")));
    // Every action with a shortcut is listed with its keys.
    CHECK(text.contains(QStringLiteral("Undo")));
    CHECK(text.contains(QKeySequence(QKeySequence::Undo).toString(QKeySequence::NativeText)));
    CHECK(text.contains(QStringLiteral("Add Skill")));
    CHECK(text.contains(QStringLiteral("Ctrl+Alt+K")));
    CHECK(text.contains(QStringLiteral("Shift+Enter")));
    // The screenshots are shipped inside the program: the window at 1024x700, a small laptop's
    // screen, in the guide's language, shown at their own size so that they read as the screen.
    for (const QString& name :
         {QStringLiteral("card"), QStringLiteral("validation"), QStringLiteral("comments")}) {
        INFO(name.toStdString());
        const QImage image = dialog->browser()
                                 ->document()
                                 ->resource(QTextDocument::ImageResource,
                                            QUrl(QStringLiteral("qrc:/guide/%1-en.png").arg(name)))
                                 .value<QImage>();
        CHECK(image.size() == QSize(1024, 700));
    }
    CHECK_FALSE(UserGuideDialog::guide(QStringLiteral("en")).contains(QStringLiteral("width=")));
    for (const QString& language : {QStringLiteral("kk"), QStringLiteral("ru")})
        for (const QString& name :
             {QStringLiteral("card"), QStringLiteral("validation"), QStringLiteral("comments")}) {
            const QString path = QStringLiteral(":/guide/%1-%2.png").arg(name, language);
            CHECK(UserGuideDialog::guide(language).contains(QStringLiteral("qrc") + path));
            CHECK(QImage(path).size() == QSize(1024, 700));
        }
    dialog->close();
}
