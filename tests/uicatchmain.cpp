// The runner of the UI tests: real widgets on the offscreen platform, with settings and
// standard paths of their own so that tests never touch the user's, nor each other's: ctest
// runs test cases in parallel processes, each here with a home folder of its own.
#define CATCH_CONFIG_RUNNER
#include <catch2/catch.hpp>

#include "qttestguard.h"

#include <QApplication>
#include <QDir>
#include <QFile>
#include <QFont>
#include <QStandardPaths>
#include <QTemporaryDir>

int main(int argc, char* argv[]) {
    qputenv("QT_QPA_PLATFORM", "offscreen");
    // The machine's locale does not decide what the tests see: C.UTF-8 unless a run asks for
    // another (ctest runs the whole suite once more in kk_KZ and in ru_RU, as users have them).
    const QByteArray locale = qEnvironmentVariableIsEmpty("KASIBI_TEST_LOCALE")
                                  ? QByteArray("C.UTF-8")
                                  : qgetenv("KASIBI_TEST_LOCALE");
    qputenv("LC_ALL", locale);
    qputenv("LANG", locale);
    qunsetenv("LANGUAGE");
    QTemporaryDir home(QDir::tempPath() + QStringLiteral("/kasibi-ui-tests-XXXXXX"));
    if (home.isValid()) qputenv("HOME", QFile::encodeName(home.path()));
    QStandardPaths::setTestModeEnabled(true);
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("KasibiUiTests"));
    QApplication::setApplicationName(QStringLiteral("KasibiUiTests"));
    QApplication::setFont(QFont(QStringLiteral("Liberation Sans"), 10));
    return kasibi::test::QtTestGuard::exitCode(Catch::Session().run(argc, argv));
}
