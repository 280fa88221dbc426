#include "core/model/standarddocument.h"
#include "testsupport.h"
#include "ui/commands/editsession.h"
#include "ui/shell/documentcontroller.h"
#include "ui/shell/mainwindow.h"
#include "ui/versions/lifecyclecontroller.h"
#include "ui/versions/versionsdialog.h"
#include "windowfixture.h"

#include <catch2/catch.hpp>

#include <QTemporaryDir>
#include <QTreeWidget>
#include <QUndoStack>

using namespace kasibi;

TEST_CASE("VersionsDialog: a saved version restored over later edits, and the restore undone") {
    test::SampleWindowFixture fixture;
    MainWindow& window = fixture.window;
    LifecycleController* lifecycle = fixture.lifecycle;
    EditSession* session = window.session();
    const QString standard = session->tree().standardId();
    const QString field = QStringLiteral("technicalData/version");
    const QString original = session->tree().value(standard, field);

    REQUIRE(lifecycle->saveVersion(QStringLiteral("sent to the state body")).ok());
    REQUIRE(session->setValue(standard, field, {}, QStringLiteral("9.9")));

    VersionsDialog* dialog = lifecycle->showVersions();
    REQUIRE(dialog);
    REQUIRE(dialog->list()->topLevelItemCount() == 1);
    CHECK(dialog->list()->topLevelItem(0)->text(0) == QStringLiteral("sent to the state body"));
    CHECK_FALSE(dialog->list()->topLevelItem(0)->text(1).isEmpty());
    REQUIRE(dialog->restoreSelected().ok());
    CHECK(session->tree().value(standard, field) == original);
    // The navigator shows the restored content, not the one it replaced.
    CHECK(window.currentForm());

    session->undoStack()->undo();
    CHECK(session->tree().value(standard, field) == QStringLiteral("9.9"));
    session->undoStack()->redo();
    CHECK(session->tree().value(standard, field) == original);

    // What was restored is in the file, not only on the screen.
    window.documents()->closeDocument();
    auto reopened = StandardDocument::open(fixture.path);
    REQUIRE(reopened.ok());
    CHECK(reopened.value()->tree().value(standard, field) == original);
}

TEST_CASE("VersionsDialog: a version opens read-only in a window of its own") {
    test::SampleWindowFixture fixture;
    MainWindow& window = fixture.window;
    LifecycleController* lifecycle = fixture.lifecycle;
    const Result<QString> version = lifecycle->saveVersion(QStringLiteral("draft"));
    REQUIRE(version.ok());
    REQUIRE(lifecycle->openVersionReadOnly(version.value()).ok());
    QMainWindow* shown = window.findChild<QMainWindow*>(QStringLiteral("versionWindow"));
    REQUIRE(shown);
    CHECK(shown->windowTitle().contains(QStringLiteral("draft")));
    delete shown;
}
