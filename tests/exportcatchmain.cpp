// The export tests' runner: PDF is laid out with real fonts, which takes a QGuiApplication. It
// runs on the offscreen platform, so no display is needed.
#define CATCH_CONFIG_RUNNER
#include <catch2/catch.hpp>

#include "qttestguard.h"

#include <QGuiApplication>

int main(int argc, char* argv[]) {
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM")) qputenv("QT_QPA_PLATFORM", "offscreen");
    // Times are printed in local time: the zone is pinned to Kazakhstan's UTC+05:00 (a POSIX
    // zone, so that no time zone data is needed), whatever the machine's.
    qputenv("TZ", "<+05>-5");
    QGuiApplication app(argc, argv);
    return kasibi::test::QtTestGuard::exitCode(Catch::Session().run(argc, argv));
}
