// What a user of the editor waits for with the large standard: from "open" to the first form
// on screen, typing while validation runs, and memory. Offscreen, so no display is needed.
// Run: build/bench/kasibi-editor-bench   (README has the command)
#include "core/model/pageref.h"
#include "core/model/standarddocument.h"
#include "core/platform/platform.h"
#include "standardgenerator.h"
#include "ui/commands/editsession.h"
#include "ui/fields/localizedtexteditor.h"
#include "ui/fields/nodeform.h"
#include "ui/shell/documentcontroller.h"
#include "ui/shell/mainwindow.h"
#include "ui/validation/validationdock.h"

#include <algorithm>
#include <QApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QTextStream>
#include <QThread>

using namespace kasibi;

namespace {

// Whether a byte-for-byte copy of the document file alone, without its -wal, holds the text.
bool copyHas(const QString& path, const QString& copy, const QString& standard,
             const QString& text) {
    for (const QString& file :
         QStringList{copy, copy + QStringLiteral("-wal"), copy + QStringLiteral("-shm")})
        QFile::remove(file);
    if (!QFile::copy(path, copy)) return false;
    const QString connection = QStringLiteral("copy-check");
    bool has = false;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connection);
        db.setDatabaseName(copy);
        if (db.open()) {
            QSqlQuery query(db);
            query.prepare(QStringLiteral("SELECT text FROM value WHERE node = ? AND field = ?"));
            query.addBindValue(standard);
            query.addBindValue(QStringLiteral("passport/name@ru"));
            has = query.exec() && query.next() && query.value(0).toString().contains(text);
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(connection);
    return has;
}

} // namespace

int main(int argc, char* argv[]) {
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM")) qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QTextStream out(stdout);
    QTemporaryDir folder;
    const QString path = folder.filePath(QStringLiteral("large.kasibi"));
    if (!StandardDocument::create(path, StandardGenerator::generate(StandardGenerator::large())))
        return 2;

    QVector<double> openings;
    QVector<double> copyDelays;
    double typing = 0;
    for (int run = 0; run < 5; ++run) {
        MainWindow window;
        window.setDialogsEnabled(false);
        window.resize(1600, 1000);
        window.show();
        QApplication::processEvents();
        QElapsedTimer timer;
        timer.start();
        if (!window.documents()->openDocument(path)) return 2;
        QApplication::processEvents();
        openings << timer.nsecsElapsed() / 1e6;
        if (!window.currentForm()) return 2;

        window.showPage(PageRef::ofChapter(PageRef::Passport));
        auto* editor = qobject_cast<LocalizedTextEditor*>(window.currentForm()->fieldEditor(
            window.session()->tree().standardId(), QStringLiteral("passport/name")));
        if (!editor) return 2;
        QWidget* russian = editor->editorFor(QStringLiteral("ru"));
        russian->setFocus();
        timer.restart();
        for (const QChar letter : QStringLiteral(" (актуализация)")) {
            QTest::sendKeyEvent(QTest::Press, russian, Qt::Key_unknown, QString(letter),
                                Qt::NoModifier);
            QTest::sendKeyEvent(QTest::Release, russian, Qt::Key_unknown, QString(letter),
                                Qt::NoModifier);
            QApplication::processEvents();
        }
        typing = timer.nsecsElapsed() / 1e6;
        timer.restart();
        // How soon a plain copy of the .kasibi alone (as one attaches it to an e-mail) has it.
        const QString copy = folder.filePath(QStringLiteral("copy-%1.kasibi").arg(run));
        while (!copyHas(path, copy, window.session()->tree().standardId(),
                        QStringLiteral("(актуализация)"))) {
            if (timer.elapsed() > 10000) return 2;
            QApplication::processEvents(QEventLoop::AllEvents, 10);
            QThread::msleep(10);
        }
        copyDelays << timer.nsecsElapsed() / 1e6;
        while (window.validationDock()->isPending())
            QApplication::processEvents(QEventLoop::WaitForMoreEvents, 50);
    }
    std::sort(openings.begin(), openings.end());
    out << "Kasibi editor benchmark: the large standard (40 cards, 8 functions, 4 skills, 6 + 6 "
           "items)\n";
    out << QStringLiteral("  open to first form (median of 5)  %1 ms   (target < 300 ms)\n")
               .arg(openings[openings.size() / 2], 8, 'f', 1);
    out << QStringLiteral("  typing 15 characters              %1 ms   (%2 ms a key; validation in "
                          "the background)\n")
               .arg(typing, 8, 'f', 1)
               .arg(typing / 15, 0, 'f', 1);
    std::sort(copyDelays.begin(), copyDelays.end());
    out << QStringLiteral("  a plain copy of the file has the last key (median of 5)  %1 ms   "
                          "(target about 1000 ms)\n")
               .arg(copyDelays[copyDelays.size() / 2], 8, 'f', 1);
    out << QStringLiteral("  peak memory                       %1 MB   (target < 300 MB)\n")
               .arg(Platform::memory().peakMegabytes, 8, 'f', 1);
    return 0;
}
