// Catch2's runner lives alone in this file: it is slow to compile and never changes.
#define CATCH_CONFIG_RUNNER
#include <catch2/catch.hpp>

#include "qttestguard.h"

#include <QCoreApplication>

int main(int argc, char* argv[]) {
    QCoreApplication app(argc, argv);
    return kasibi::test::QtTestGuard::exitCode(Catch::Session().run(argc, argv));
}
