// The runner of the UI tests: real widgets on the offscreen platform, with settings and
// standard paths of their own so that tests never touch the user's, nor each other's: ctest
// runs test cases in parallel processes, each here with a home folder of its own.
#define CATCH_CONFIG_RUNNER
#include <catch2/catch.hpp>

#include <QApplication>
#include <QDir>
#include <QFile>
#include <QFont>
#include <QStandardPaths>
#include <QTemporaryDir>

int main(int argc, char* argv[]) {
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QTemporaryDir home(QDir::tempPath() + QStringLiteral("/kasibi-ui-tests-XXXXXX"));
    if (home.isValid()) qputenv("HOME", QFile::encodeName(home.path()));
    QStandardPaths::setTestModeEnabled(true);
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("KasibiUiTests"));
    QApplication::setApplicationName(QStringLiteral("KasibiUiTests"));
    QApplication::setFont(QFont(QStringLiteral("Liberation Sans"), 10));
    return Catch::Session().run(argc, argv);
}
