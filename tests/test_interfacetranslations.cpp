#include "core/model/displaytime.h"
#include "core/model/standarddocument.h"
#include "testsupport.h"
#include "ui/review/fieldcontextmenu.h"
#include "ui/review/reviewcontroller.h"
#include "ui/shell/documentcontroller.h"
#include "ui/shell/interfacetranslations.h"
#include "ui/shell/mainwindow.h"

#include <catch2/catch.hpp>

#include <memory>
#include <QAction>
#include <QCoreApplication>
#include <QDialogButtonBox>
#include <QFile>
#include <QLineEdit>
#include <QLocale>
#include <QMenu>
#include <QMenuBar>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTranslator>
#include <QXmlStreamReader>

using namespace kasibi;

namespace {

// The translators of one language for the scope of a test.
struct Installed {
    explicit Installed(const QString& language)
        : translators(InterfaceTranslations::install(QCoreApplication::instance(), language)) {}
    ~Installed() {
        for (QTranslator* translator : translators) {
            QCoreApplication::removeTranslator(translator);
            delete translator;
        }
        QLocale::setDefault(locale);
    }
    QLocale locale; // the default before
    QList<QTranslator*> translators;
};

QString cancelText() {
    QDialogButtonBox box(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    return box.button(QDialogButtonBox::Cancel)->text();
}

QStringList contextMenuTexts() {
    QLineEdit line;
    std::unique_ptr<QMenu> menu(line.createStandardContextMenu());
    QStringList texts;
    for (const QAction* action : menu->actions())
        if (!action->isSeparator()) texts << action->text();
    return texts;
}

} // namespace

TEST_CASE("InterfaceTranslations: Qt's own buttons and menus speak Kazakh in the Kazakh "
          "interface") {
    const QString englishCancel = cancelText();
    const QStringList englishMenu = contextMenuTexts();
    REQUIRE(englishCancel == QStringLiteral("Cancel"));
    {
        Installed kazakh(QStringLiteral("kk"));
        CHECK(kazakh.translators.size() == 2); // Qt's and ours
        // Cancel is not Undo («Болдырмау»): «Бас тарту», as Kazakh Windows has it.
        CHECK(cancelText() == QStringLiteral("Бас тарту"));
        const QStringList menu = contextMenuTexts();
        REQUIRE(menu.size() == englishMenu.size());
        for (int i = 0; i < menu.size(); ++i) {
            INFO(englishMenu[i].toStdString() << " -> " << menu[i].toStdString());
            CHECK(menu[i] != englishMenu[i]);
        }
        CHECK(QCoreApplication::translate("kasibi::ClassifierEditionDialog", "&Browse…") ==
              QStringLiteral("&Шолу…"));
        // Dates as Kazakhstan writes them in Kazakh.
        CHECK(QLocale().language() == QLocale::Kazakh);
        CHECK(QLocale().monthName(11) == QStringLiteral("қараша"));
    }
    CHECK(cancelText() == englishCancel);
    {
        Installed russian(QStringLiteral("ru"));
        CHECK(russian.translators.size() == 2);
        CHECK(cancelText() == QStringLiteral("Отмена"));
        CHECK(QLocale().territory() == QLocale::Kazakhstan);
        CHECK(QLocale().standaloneMonthName(11) == QStringLiteral("ноябрь"));
    }
    {
        Installed english(QStringLiteral("en"));
        CHECK(english.translators.size() == 1); // ours, for the plural forms
        CHECK(cancelText() == englishCancel);
    }
}

TEST_CASE("InterfaceTranslations: every text of the Kazakh translation of Qt is found by Qt's "
          "own key") {
    QFile file(kasibi::test::sourcePath(QStringLiteral("translations/qt_kk.ts")));
    REQUIRE(file.open(QIODevice::ReadOnly));
    QTranslator translator;
    REQUIRE(translator.load(QStringLiteral(":/i18n/qt_kk")));
    QXmlStreamReader xml(&file);
    QString context, source, comment;
    int messages = 0;
    while (!xml.atEnd()) {
        if (xml.readNext() != QXmlStreamReader::StartElement) continue;
        if (xml.name() == QLatin1String("name"))
            context = xml.readElementText();
        else if (xml.name() == QLatin1String("message")) {
            source.clear();
            comment.clear();
        } else if (xml.name() == QLatin1String("source"))
            source = xml.readElementText();
        else if (xml.name() == QLatin1String("comment"))
            comment = xml.readElementText();
        else if (xml.name() == QLatin1String("translation")) {
            ++messages;
            INFO(context.toStdString() << ": " << source.toStdString());
            const QByteArray disambiguation = comment.toUtf8();
            CHECK_FALSE(translator
                            .translate(context.toUtf8().constData(), source.toUtf8().constData(),
                                       comment.isEmpty() ? nullptr : disambiguation.constData(), 1)
                            .isEmpty());
            xml.skipCurrentElement();
        }
    }
    REQUIRE_FALSE(xml.hasError());
    CHECK(messages > 300);
}

TEST_CASE("InterfaceTranslations: the core's messages are in the interface language too") {
    QTemporaryDir folder;
    const QString path = folder.filePath(QStringLiteral("damaged.kasibi"));
    kasibi::test::writeBytes(path, QByteArray(2048, 'x'));
    const auto refusal = [&] {
        auto opened = StandardDocument::open(path);
        REQUIRE_FALSE(opened.ok());
        return opened.error().message;
    };
    CHECK(refusal() ==
          QStringLiteral("this is not a Kasibi document (it is not an SQLite database)"));
    {
        Installed russian(QStringLiteral("ru"));
        CHECK(refusal() == QStringLiteral("это не документ Kasibi (это не база данных SQLite)"));
    }
    {
        Installed kazakh(QStringLiteral("kk"));
        CHECK(refusal() == QStringLiteral("бұл Kasibi құжаты емес (SQLite дерекқоры емес)"));
    }
}

namespace {

// The label of an action as a reader sees it: no mnemonic, no shortcut.
QString shownLabel(const QAction* action) {
    return action->text().section(QLatin1Char('\t'), 0, 0).remove(QLatin1Char('&')).trimmed();
}

// Each menu's labels that appear more than once, menu by menu, submenus included.
QStringList repeatedLabels(const QMenu* menu) {
    QStringList repeated;
    QHash<QString, int> seen;
    for (const QAction* action : menu->actions()) {
        if (action->isSeparator() || !action->isVisible()) continue;
        if (++seen[shownLabel(action)] == 2)
            repeated << menu->title().remove(QLatin1Char('&')) + QStringLiteral(" › ") +
                            shownLabel(action);
        if (action->menu()) repeated << repeatedLabels(action->menu());
    }
    return repeated;
}

} // namespace

TEST_CASE("InterfaceTranslations: no two commands of one menu share a label, in any language") {
    for (const QString language :
         {QStringLiteral("kk"), QStringLiteral("ru"), QStringLiteral("en")}) {
        INFO(language.toStdString());
        const Installed installed(language);
        QTemporaryDir folder; // outlives the window, which holds a lock file in it
        MainWindow window;
        window.setDialogsEnabled(false);
        REQUIRE(window.documents()->openSample(folder.filePath(QStringLiteral("labels.kasibi"))));
        QStringList repeated;
        for (const QAction* top : window.menuBar()->actions())
            if (top->menu()) repeated << repeatedLabels(top->menu());
        // A field's menu: Qt's Cut, Copy, Paste… (its Undo and Redo are the window's own), the
        // comment, and Duplicate, which must not read as Copy.
        auto* review = window.findChild<ReviewController*>();
        REQUIRE(review);
        auto* menus = window.findChild<FieldContextMenu*>();
        REQUIRE(menus);
        QLineEdit line(&window);
        std::unique_ptr<QMenu> fieldMenu(line.createStandardContextMenu());
        QList<QAction*> own = fieldMenu->actions();
        own.removeAll(nullptr);
        int dropped = 0;
        for (QAction* action : own)
            if (!action->isSeparator() && dropped < 2) {
                fieldMenu->removeAction(action);
                ++dropped;
            }
        fieldMenu->addAction(review->action(QStringLiteral("addComment")));
        fieldMenu->addAction(window.action(QStringLiteral("duplicate")));
        repeated << repeatedLabels(fieldMenu.get());
        CHECK(repeated.join(QStringLiteral("; ")).toStdString() == std::string());
    }
}

TEST_CASE("InterfaceTranslations: dates and times show a four-digit year in every language") {
    const QDateTime evening(QDate(2026, 11, 30), QTime(18, 5));
    for (const QString language :
         {QStringLiteral("kk"), QStringLiteral("ru"), QStringLiteral("en")}) {
        INFO(language.toStdString());
        const Installed installed(language);
        CHECK(DisplayTime::dateTime(evening).contains(QStringLiteral("2026")));
        CHECK(DisplayTime::date(evening.date()).contains(QStringLiteral("2026")));
        CHECK(DisplayTime::dateTime(evening).contains(QStringLiteral("30")));
    }
    // Qt's own short Kazakh form is the one that lost two digits.
    const Installed kazakh(QStringLiteral("kk"));
    CHECK_FALSE(QLocale().toString(evening, QLocale::ShortFormat).contains(QStringLiteral("2026")));
}
