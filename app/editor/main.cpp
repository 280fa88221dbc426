// kasibi [FILE]: the desktop editor of professional standards.

#include "editsession.h"
#include "mainwindow.h"
#include "navigatormodel.h"
#include "nodeform.h"
#include "preferences.h"
#include "validationdock.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QLibraryInfo>
#include <QLocale>
#include <QTemporaryDir>
#include <QTimer>
#include <QTranslator>
#include <QTreeView>
#include <QTreeWidget>
#include <QWidget>

using namespace kasibi;

namespace {

void installTranslations(QApplication& app) {
    const QString language = Preferences::effectiveUiLanguage();
    // Qt's own dialogs (file dialogs, message box buttons) in the same language.
    auto* qt = new QTranslator(&app);
    if (language != QLatin1String("en") &&
        qt->load(QLocale(language), QStringLiteral("qtbase"), QStringLiteral("_"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        app.installTranslator(qt);
    // English too: its plural forms ("1 error", "2 errors").
    auto* ours = new QTranslator(&app);
    if (ours->load(QStringLiteral(":/i18n/kasibi_") + language)) app.installTranslator(ours);
}

void waitUntil(const std::function<bool()>& done, int milliseconds) {
    QElapsedTimer timer;
    timer.start();
    while (!done() && timer.elapsed() < milliseconds)
        QApplication::processEvents(QEventLoop::AllEvents, 20);
}

void settle(int milliseconds = 300) {
    waitUntil([] { return false; }, milliseconds);
}

bool save(QWidget& window, const QString& folder, const QString& name) {
    settle();
    const QString path = QDir(folder).filePath(QStringLiteral("screenshot-%1.png").arg(name));
    const bool saved = window.grab().save(path);
    qInfo("%s %s", saved ? "wrote" : "could not write", qPrintable(path));
    return saved;
}

// The screenshots of the README: the main screens on the given standard, then the validation
// dock on a draft with gaps. A hidden option, run under Xvfb.
int takeScreenshots(MainWindow& window, const QString& folder, const QString& file) {
    QDir().mkpath(folder);
    window.setDialogsEnabled(false);
    window.resize(1600, 1000);
    window.show();
    QTemporaryDir scratch;
    const QString document = QFileInfo(file).suffix() == QLatin1String("json")
                                 ? scratch.filePath(QStringLiteral("standard.kasibi"))
                                 : file;
    if (document != file ? !window.importJson(file, document) : !window.openDocument(file))
        return 2;
    EditSession* session = window.session();
    const DocumentTree& tree = session->tree();
    waitUntil([&] { return !window.validationDock()->isPending(); }, 5000);
    window.showPage(PageRef::ofChapter(PageRef::Passport));
    save(window, folder, QStringLiteral("passport"));
    const QString card =
        tree.children(tree.standardId(), QStringLiteral("professionCards")).value(0);
    window.showPage(PageRef::ofNode(card));
    save(window, folder, QStringLiteral("card"));
    const QString function = tree.children(card, QStringLiteral("laborFunctions")).value(0);
    const QString skill = tree.children(function, QStringLiteral("skills")).value(0);
    window.navigator()->expand(window.navigatorModel()->indexOf(PageRef::ofNode(card)));
    window.navigator()->expand(window.navigatorModel()->indexOf(PageRef::ofNode(function)));
    window.showPage(PageRef::ofNode(skill));
    save(window, folder, QStringLiteral("skill"));

    // A draft in progress: the findings, and the field one of them leads to.
    const QString draft = scratch.filePath(QStringLiteral("draft.kasibi"));
    if (!window.newDocument(draft, true)) return 2;
    session = window.session();
    const QString standard = session->tree().standardId();
    session->setValue(standard, QStringLiteral("passport/name"), QStringLiteral("ru"),
                      QStringLiteral("Добыча руды открытым способом"));
    const QString draftCard =
        session->tree().children(standard, QStringLiteral("professionCards")).value(0);
    session->setValue(draftCard, QStringLiteral("name"), QStringLiteral("ru"),
                      QStringLiteral("Машинист экскаватора"));
    session->setValue(draftCard, QStringLiteral("mainPurpose"), QStringLiteral("kk"),
                      QStringLiteral("Кен массасын экскаватормен қазу және тиеу."));
    waitUntil([&] { return !window.validationDock()->isPending(); }, 5000);
    window.validationDock()->view()->expandAll();
    const Findings findings = window.validationDock()->findings();
    for (const Finding& finding : findings)
        if (finding.elementId == draftCard && finding.field == QLatin1String("mainPurpose")) {
            window.goToFinding(finding);
            break;
        }
    save(window, folder, QStringLiteral("validation"));
    window.closeDocument();
    save(window, folder, QStringLiteral("welcome"));
    return 0;
}

} // namespace

int main(int argc, char* argv[]) {
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("Kasibi"));
    QApplication::setApplicationName(QStringLiteral("Kasibi"));
    QApplication::setApplicationVersion(QStringLiteral(PROJECT_VERSION));
    QApplication::setFont(QFont(QStringLiteral("Liberation Sans"), 10));
    installTranslations(app);

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QApplication::translate("main", "Editor of professional standards"));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addPositionalArgument(
        QStringLiteral("FILE"),
        QApplication::translate("main", "A .kasibi document or a .json standard to open."),
        QStringLiteral("[FILE]"));
    QCommandLineOption screenshots(
        QStringLiteral("screenshot"),
        QStringLiteral("Save screenshots of the main screens in DIR and quit."),
        QStringLiteral("DIR"));
    screenshots.setFlags(QCommandLineOption::HiddenFromHelp);
    parser.addOption(screenshots);
    parser.process(app);
    const QStringList files = parser.positionalArguments();

    MainWindow window;
    if (parser.isSet(screenshots)) {
        if (files.isEmpty()) return 2;
        return takeScreenshots(window, parser.value(screenshots), files.first());
    }
    window.show();
    if (!files.isEmpty()) {
        const QString file = files.first();
        QTimer::singleShot(0, &window, [&window, file] { window.openPath(file); });
    }
    return app.exec();
}
