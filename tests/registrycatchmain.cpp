// The registry tests' runner: one throwaway PostgreSQL cluster for the whole run (started by the
// first test that needs it), stopped here when the run ends. Real widgets and fonts on the
// offscreen platform (the editor's registry pane, the qualification map), with settings and a
// home folder of their own.
#define CATCH_CONFIG_RUNNER
#include <catch2/catch.hpp>

#include "postgrescluster.h"
#include "qttestguard.h"

#include <QApplication>
#include <QDir>
#include <QFile>
#include <QFont>
#include <QStandardPaths>
#include <QTemporaryDir>

int main(int argc, char* argv[]) {
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM")) qputenv("QT_QPA_PLATFORM", "offscreen");
    QTemporaryDir home(QDir::tempPath() + QStringLiteral("/kasibi-registry-tests-home-XXXXXX"));
    if (home.isValid()) qputenv("HOME", QFile::encodeName(home.path()));
    QStandardPaths::setTestModeEnabled(true);
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("KasibiRegistryTests"));
    QApplication::setApplicationName(QStringLiteral("KasibiRegistryTests"));
    QApplication::setFont(QFont(QStringLiteral("Liberation Sans"), 10));
    const int result = Catch::Session().run(argc, argv);
    kasibi::test::PostgresCluster::shutdown();
    return kasibi::test::QtTestGuard::exitCode(result);
}
