// The runner of the UI tests: real widgets on the offscreen platform, with settings and
// standard paths of their own so that tests never touch the user's.
#define CATCH_CONFIG_RUNNER
#include <catch2/catch.hpp>

#include <QApplication>
#include <QFont>
#include <QStandardPaths>

int main(int argc, char* argv[]) {
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QStandardPaths::setTestModeEnabled(true);
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("KasibiUiTests"));
    QApplication::setApplicationName(QStringLiteral("KasibiUiTests"));
    QApplication::setFont(QFont(QStringLiteral("Liberation Sans"), 10));
    return Catch::Session().run(argc, argv);
}
