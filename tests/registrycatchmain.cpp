// The registry tests' runner: one throwaway PostgreSQL cluster for the whole run (started by the
// first test that needs it), stopped here when the run ends. Fonts for the qualification map
// (QGuiApplication on the offscreen platform), so no display is needed.
#define CATCH_CONFIG_RUNNER
#include <catch2/catch.hpp>

#include "postgrescluster.h"

#include <QGuiApplication>

int main(int argc, char* argv[]) {
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM")) qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    const int result = Catch::Session().run(argc, argv);
    kasibi::test::PostgresCluster::shutdown();
    return result;
}
