// kasibi [FILE]: the desktop editor of professional standards.

#include "ui/shell/documentcontroller.h"
#include "ui/shell/editorapplication.h"
#include "ui/shell/mainwindow.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QTimer>

using namespace kasibi;

int main(int argc, char* argv[]) {
    QApplication app(argc, argv);
    EditorApplication::setUp(app);

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QApplication::translate("main", "Editor of professional standards"));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addPositionalArgument(
        QStringLiteral("FILE"),
        QApplication::translate("main", "A .kasibi document or a .json standard to open."),
        QStringLiteral("[FILE]"));
    parser.process(app);
    const QStringList files = parser.positionalArguments();

    // On the heap: a change of the interface language replaces it (MainWindow::switchLanguage).
    auto* window = new MainWindow;
    window->setAttribute(Qt::WA_DeleteOnClose);
    window->show();
    if (!files.isEmpty()) {
        const QString file = files.first();
        QTimer::singleShot(0, window, [window, file] { window->documents()->openPath(file); });
    }
    return app.exec();
}
