#include "core/model/schema.h"
#include "core/model/standarddocument.h"
#include "core/registry/registry.h"
#include "core/registry/registrycheck.h"
#include "core/store/documentstore.h"
#include "eventloopwatch.h"
#include "futurewait.h"
#include "postgrescluster.h"
#include "silentserver.h"
#include "standardgenerator.h"
#include "testsupport.h"
#include "ui/commands/editsession.h"
#include "ui/registry/qualificationmapdialog.h"
#include "ui/registry/registrycontroller.h"
#include "ui/registry/registrydock.h"
#include "ui/shell/documentcontroller.h"
#include "ui/shell/mainwindow.h"
#include "ui/shell/preferences.h"
#include "ui/versions/comparedialog.h"

#include <catch2/catch.hpp>

#include <QAction>
#include <QApplication>
#include <QDockWidget>
#include <QElapsedTimer>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStatusBar>
#include <QTest>
#include <QTreeWidget>

using namespace kasibi;
using test::PostgresCluster;
using test::resultOf;

namespace {

// Screenshots for README and docs/ when KASIBI_SCREENSHOT_DIR is set.
void screenshot(QWidget* widget, const QString& name) {
    const QString folder = qEnvironmentVariable("KASIBI_SCREENSHOT_DIR");
    if (folder.isEmpty()) return;
    widget->grab().save(folder + QLatin1Char('/') + name);
}

// A new registry, the one in Preferences while it lasts, and the sample standard in a file.
struct RegistryAndFile {
    RegistryAndFile() : connection(PostgresCluster::instance().newRegistry()) {
        Preferences::setRegistryAddress(connection);
        REQUIRE(DocumentStore::create(path, sample, false).ok());
    }
    ~RegistryAndFile() { Preferences::setRegistryAddress({}); }

    const QString connection;
    const DocumentTree sample = test::sampleTree();
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("mine.kasibi"));
};

// The editor with a standard open, the failures it tells collected.
struct Editor {
    explicit Editor(const QString& path) {
        window.setDialogsEnabled(false);
        window.resize(1500, 950);
        window.show();
        QObject::connect(&window, &MainWindow::failureShown,
                         [this](const QString&, const QString& message) { failures << message; });
        REQUIRE(window.documents()->openDocument(path));
        controller = window.findChild<RegistryController*>();
        REQUIRE(controller);
    }

    MainWindow window;
    QStringList failures;
    RegistryController* controller = nullptr;
};

} // namespace

TEST_CASE("The editor publishes to the registry, refuses a stale publish and compares, searches, "
          "checks and opens standards from it",
          "[registry][editor]") {
    RegistryAndFile setup;
    const QString& connection = setup.connection;
    const DocumentTree& sample = setup.sample;

    Editor editor(setup.path);
    MainWindow& window = editor.window;
    const QStringList& failures = editor.failures;
    RegistryController* controller = editor.controller;
    REQUIRE(window.findChild<QAction*>(QStringLiteral("publishToRegistry"))->isEnabled());

    Status published = resultOf(controller->publish());
    INFO((published ? QString() : published.error().toString()).toStdString());
    REQUIRE(published.ok());
    REQUIRE(window.session()->document()->registryLink().has_value());
    CHECK(window.session()->document()->registryLink()->version == 1);

    // Someone else publishes version 2 of the same standard, and another standard besides.
    auto registry = Registry::open(connection);
    REQUIRE(registry.ok());
    Result<PulledStandard> theirs = registry.value()->pull(sample.standardId());
    REQUIRE(theirs.ok());
    theirs.value().tree.setValue(sample.standardId(), QStringLiteral("passport/name@ru"),
                                 QStringLiteral("Их редакция"));
    REQUIRE(registry.value()->publish(theirs.value().tree, theirs.value().link).ok());
    DocumentTree other = StandardGenerator::generate(StandardGenerator::typical());
    StandardGenerator::distinguish(other, 3);
    const QString otherCard =
        other.children(other.standardId(), QStringLiteral("professionCards")).at(1);
    other.setValue(otherCard, QStringLiteral("nkzOccupationCode"), QStringLiteral("8342-1-003"));
    other.setValue(otherCard, QStringLiteral("orkLevel"), QStringLiteral("4"));
    REQUIRE(registry.value()->publish(other, std::nullopt).ok());

    // My edit, published over theirs: refused with who and when; then compared.
    REQUIRE(window.session()->setValue(sample.standardId(), QStringLiteral("passport/name"),
                                       QStringLiteral("ru"), QStringLiteral("Моя редакция")));
    Status stale = resultOf(controller->publish());
    REQUIRE_FALSE(stale.ok());
    CHECK(stale.error().message.contains(
        QStringLiteral("version 2 of this standard was published by postgres")));
    CHECK(window.session()->document()->registryLink()->version == 1);
    REQUIRE(resultOf(controller->compareWith(2)).ok());
    auto* compare = window.findChild<CompareDialog*>();
    REQUIRE(compare);
    compare->close();

    // The pane: search, and the findings across standards.
    window.findChild<QAction*>(QStringLiteral("openFromRegistry"))->trigger();
    RegistryDock* dock = controller->dock();
    REQUIRE(dock->isVisible());
    REQUIRE(resultOf(controller->search(QStringLiteral("экскаватора"))).ok());
    REQUIRE(dock->results()->topLevelItemCount() > 0);
    bool named = false; // the rows are ranked: the sample's is among them, named by its code
    for (int i = 0; i < dock->results()->topLevelItemCount(); ++i)
        named = named ||
                dock->results()->topLevelItem(i)->text(0).contains(QStringLiteral("B07102012"));
    CHECK(named);
    // Each row says where its standard stands: neither has a timeline step yet.
    CHECK(dock->results()->headerItem()->text(1) == QLatin1String("Status"));
    CHECK(dock->results()->topLevelItem(0)->data(1, Qt::UserRole).toString() ==
          QLatin1String("draft"));
    CHECK(dock->results()->topLevelItem(0)->text(1) == QLatin1String("Draft"));
    REQUIRE(resultOf(controller->check()).ok());
    QTreeWidgetItem* duplicate = nullptr;
    for (int i = 0; i < dock->findings()->topLevelItemCount(); ++i)
        if (dock->findings()->topLevelItem(i)->data(1, Qt::UserRole).toString() ==
                RegistryCheck::DuplicateOccupation &&
            dock->findings()->topLevelItem(i)->text(0) == other.standardCode())
            duplicate = dock->findings()->topLevelItem(i);
    REQUIRE(duplicate);
    dock->findings()->setCurrentItem(duplicate);
    dock->searchField()->setText(QStringLiteral("экскаватора"));
    for (QDockWidget* other : window.findChildren<QDockWidget*>())
        if (other != dock) other->hide(); // room for the pane in the picture
    QApplication::processEvents();
    screenshot(&window, QStringLiteral("screenshot-registry.png"));

    // Activating the finding pulls that standard into a new file and shows its card.
    const QString pulled = setup.dir.filePath(QStringLiteral("other.kasibi"));
    controller->setPathChooser([&](const QString&) { return pulled; });
    emit dock->findings()->itemActivated(duplicate, 0);
    REQUIRE(QTest::qWaitFor([&] {
        return window.session() &&
               window.session()->document()->tree().standardId() == other.standardId();
    }));
    CHECK(window.session()->document()->path() == QFileInfo(pulled).absoluteFilePath());
    CHECK(window.session()->document()->registryLink()->version == 1);
    // The one failure told: the stale publish.
    REQUIRE(failures.size() == 1);
    CHECK(failures.first().contains(QStringLiteral("version 2 of this standard")));

    // The qualification map of the open standard, drawn in the editor.
    window.findChild<QAction*>(QStringLiteral("qualificationMap"))->trigger();
    auto* map = window.findChild<QualificationMapDialog*>();
    REQUIRE(map);
    REQUIRE(map->picture()->pixmap().width() > 300);
    CHECK(map->map().professions.size() >= 8);
    map->close();

    // Without a registry, a clear message rather than a failure of the editor.
    Preferences::setRegistryAddress({});
    Status none = resultOf(controller->publish());
    REQUIRE_FALSE(none.ok());
    CHECK(none.error().message.contains(QStringLiteral("Preferences")));
}

TEST_CASE("The editor answers while the registry server does not, says so when the call gives "
          "up, refuses a second call meanwhile and lets a search be canceled",
          "[registry][editor][responsive]") {
    RegistryAndFile setup;
    const QString& connection = setup.connection;
    const DocumentTree& sample = setup.sample;
    {
        auto registry = Registry::open(connection);
        REQUIRE(registry.ok());
        REQUIRE(registry.value()->publish(sample, std::nullopt).ok());
    }
    test::SilentServer silent;
    Preferences::setRegistryAddress(silent.address(2));

    Editor editor(setup.path);
    MainWindow& window = editor.window;
    const QStringList& failures = editor.failures;
    RegistryController* controller = editor.controller;
    for (QDockWidget* other : window.findChildren<QDockWidget*>())
        other->hide(); // room for the pane in the picture
    window.findChild<QAction*>(QStringLiteral("openFromRegistry"))->trigger();
    RegistryDock* dock = controller->dock();
    QAction* publish = window.findChild<QAction*>(QStringLiteral("publishToRegistry"));
    auto* busy = window.findChild<QWidget*>(QStringLiteral("registryBusy"));
    REQUIRE(busy);
    REQUIRE(publish->isEnabled());

    // A search the server never answers: the window goes on, showing what runs.
    test::EventLoopWatch loop;
    dock->searchField()->setText(QStringLiteral("экскаватора"));
    QTest::mouseClick(dock->findButton(), Qt::LeftButton);
    REQUIRE(controller->isBusy());
    CHECK(loop.elapsed() < 1000);
    CHECK(busy->isVisible());
    CHECK(controller->busyLabel()->text().contains(QStringLiteral("searching for экскаватора")));
    CHECK(controller->cancelButton()->isVisible());
    CHECK_FALSE(dock->findButton()->isEnabled());
    CHECK_FALSE(publish->isEnabled());
    QTest::qWait(300);
    screenshot(&window, QStringLiteral("screenshot-registry-busy.png"));
    // A second call meanwhile is refused in the status bar; the first goes on.
    const Status second = resultOf(controller->publish());
    REQUIRE_FALSE(second.ok());
    CHECK(second.error().message.contains(QStringLiteral("still busy searching for")));
    CHECK(window.statusBar()->currentMessage().contains(QStringLiteral("still busy")));
    REQUIRE(QTest::qWaitFor([&] { return !controller->isBusy(); }, 15000));
    CHECK(loop.elapsed() >= 1900);
    INFO(loop.ticks() << " ticks in " << loop.elapsed() << " ms");
    CHECK(loop.keptRunning());
    REQUIRE(failures.size() == 1);
    CHECK(failures.first().contains(QStringLiteral("did not answer in time")));
    CHECK_FALSE(busy->isVisible());
    CHECK(dock->findButton()->isEnabled());
    CHECK(publish->isEnabled());

    // Canceled: the window is free at once, and the next search does not wait behind the
    // silent server's ten seconds.
    Preferences::setRegistryAddress(silent.address(10));
    QTest::mouseClick(dock->findButton(), Qt::LeftButton);
    REQUIRE(controller->isBusy());
    QTest::qWait(200);
    QElapsedTimer clock;
    clock.start();
    QTest::mouseClick(controller->cancelButton(), Qt::LeftButton);
    REQUIRE(QTest::qWaitFor([&] { return !controller->isBusy(); }, 1000));
    CHECK_FALSE(busy->isVisible());
    CHECK(window.statusBar()->currentMessage().contains(QStringLiteral("canceled")));
    Preferences::setRegistryAddress(connection);
    QTest::mouseClick(dock->findButton(), Qt::LeftButton);
    REQUIRE(QTest::qWaitFor([&] { return !controller->isBusy(); }, 15000));
    CHECK(clock.elapsed() < 5000);
    CHECK(failures.size() == 1);
    REQUIRE(dock->results()->topLevelItemCount() > 0);
    CHECK(dock->results()->topLevelItem(0)->text(0).contains(sample.standardCode()));
    screenshot(&window, QStringLiteral("screenshot-registry-search.png"));
}

TEST_CASE("A publish sends the standard as it was when asked, goes on while the user edits and "
          "records its version in the file in the window's thread, by the file's path when it "
          "was closed meanwhile",
          "[registry][editor][publish]") {
    RegistryAndFile setup;
    const QString standard = setup.sample.standardId();
    const QString edited = QStringLiteral("Правка во время публикации");
    Editor editor(setup.path);
    RegistryController* controller = editor.controller;

    // The call has started; the edit made now is not in what is published, and stays.
    QFuture<Status> publishing = controller->publish();
    REQUIRE(controller->isBusy());
    REQUIRE(editor.window.session()->setValue(standard, Field::StandardName, QStringLiteral("ru"),
                                              edited));
    REQUIRE(resultOf(publishing).ok());
    StandardDocument* document = editor.window.session()->document();
    REQUIRE(document->registryLink().has_value());
    CHECK(document->registryLink()->version == 1);
    CHECK(document->tree().text(standard, Field::StandardName).ru == edited);
    auto registry = Registry::open(setup.connection);
    REQUIRE(registry.ok());
    Result<PulledStandard> published = registry.value()->pull(standard, 1);
    REQUIRE(published.ok());
    CHECK(published.value().tree.text(standard, Field::StandardName).ru ==
          setup.sample.text(standard, Field::StandardName).ru);

    // Published again, and the file closed before the answer: the version made is recorded in
    // the file itself, by its path, and the user reads that it was.
    publishing = controller->publish();
    editor.window.documents()->closeDocument();
    REQUIRE(editor.window.session() == nullptr);
    const Status closed = resultOf(publishing);
    INFO((closed ? QString() : closed.error().toString()).toStdString());
    REQUIRE(closed.ok());
    CHECK(editor.failures.isEmpty());
    CHECK(editor.window.statusBar()->currentMessage().contains(
        QStringLiteral("version 2; recorded in")));
    {
        auto reopened = DocumentStore::open(setup.path, AccessMode::ReadOnly);
        REQUIRE(reopened.ok());
        REQUIRE(reopened.value()->registryLink().has_value());
        CHECK(reopened.value()->registryLink()->version == 2);
        CHECK(reopened.value()->registryLink()->standardId == standard);
    }
    // A file whose link changed before the answer (pulled again meanwhile) is left as it is.
    REQUIRE(editor.window.documents()->openDocument(setup.path));
    REQUIRE(editor.window.session()->setValue(standard, Field::StandardName, QStringLiteral("ru"),
                                              QStringLiteral("Третья редакция")));
    publishing = controller->publish();
    editor.window.documents()->closeDocument();
    {
        auto meanwhile = DocumentStore::open(setup.path, AccessMode::ReadWrite);
        REQUIRE(meanwhile.ok());
        RegistryLink other = *meanwhile.value()->registryLink();
        other.version = 7;
        REQUIRE(meanwhile.value()->setRegistryLink(other).ok());
    }
    const Status changed = resultOf(publishing);
    REQUIRE_FALSE(changed.ok());
    CHECK(changed.error().message.contains(
        QStringLiteral("published as version 3, but the file now records another")));
    CHECK(editor.failures.size() == 1);
    {
        auto reopened = DocumentStore::open(setup.path, AccessMode::ReadOnly);
        REQUIRE(reopened.ok());
        CHECK(reopened.value()->registryLink()->version == 7);
    }

    // The map of an OKED section from the registry, drawn once the worker has read it.
    REQUIRE(resultOf(controller->showMap(QStringLiteral("B"))).ok());
    auto* map = editor.window.findChild<QualificationMapDialog*>();
    REQUIRE(map);
    CHECK(map->map().professions.size() >= 4);
    map->close();
}
