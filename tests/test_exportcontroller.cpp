#include "ui/commands/editsession.h"
#include "ui/export/exportcontroller.h"
#include "ui/export/exportdialog.h"
#include "ui/shell/documentcontroller.h"
#include "ui/shell/mainwindow.h"

#include <catch2/catch.hpp>

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QFileInfo>
#include <QLineEdit>
#include <QPrinter>
#include <QPrintPreviewDialog>
#include <QPrintPreviewWidget>
#include <QProcess>
#include <QProgressBar>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace kasibi;

namespace {

// Readers break lines and cells their own way: compare without white space.
QString squeezed(QString text) {
    static const QRegularExpression space(QStringLiteral("\\s+"));
    return text.remove(space);
}

QString toolOutput(const QString& program, const QStringList& arguments) {
    QProcess process;
    process.start(program, arguments);
    REQUIRE(process.waitForFinished(60000));
    REQUIRE(process.exitCode() == 0);
    return QString::fromUtf8(process.readAllStandardOutput());
}

QString pdfText(const QString& path) {
    return toolOutput(QStringLiteral("pdftotext"), {path, QStringLiteral("-")});
}

// Every paragraph, table cells included, as python-docx (Debian's python3-docx) reads them.
QString docxText(const QString& path) {
    const QString script =
        QStringLiteral("import sys, docx\n"
                       "d = docx.Document(sys.argv[1])\n"
                       "out = [p.text for p in d.paragraphs]\n"
                       "for t in d.tables:\n"
                       "    for r in t.rows:\n"
                       "        out += [c.text for c in r.cells]\n"
                       "sys.stdout.buffer.write('\\n'.join(out).encode('utf-8'))\n");
    return toolOutput(QStringLiteral("/usr/bin/python3"), {QStringLiteral("-c"), script, path});
}

// Fills the export dialog as a user would, once its modal loop is running.
void answerExportDialog(const QString& format, const QString& language, const QString& path,
                        bool withComments = false) {
    auto* poll = new QTimer;
    poll->setInterval(10);
    QObject::connect(poll, &QTimer::timeout, [=] {
        auto* dialog = qobject_cast<ExportDialog*>(QApplication::activeModalWidget());
        if (!dialog) return;
        poll->stop();
        poll->deleteLater();
        dialog->formatBox()->setCurrentIndex(dialog->formatBox()->findData(format));
        dialog->languageBox()->setCurrentIndex(dialog->languageBox()->findData(language));
        dialog->commentsBox()->setChecked(withComments);
        dialog->pathEdit()->setText(QDir::toNativeSeparators(path));
        dialog->accept();
    });
    poll->start();
}

struct OpenSample {
    QTemporaryDir folder;
    MainWindow window;
    ExportController* controller = nullptr;

    OpenSample() {
        window.setDialogsEnabled(false);
        REQUIRE(window.documents()->openSample(folder.filePath(QStringLiteral("sample.kasibi"))));
        controller = window.findChild<ExportController*>();
        REQUIRE(controller);
    }
    QString name(const QString& language) const {
        const DocumentTree& tree = window.session()->tree();
        return tree.text(tree.standardId(), QStringLiteral("passport/name")).in(language);
    }
};

} // namespace

TEST_CASE("ExportController: File > Export writes a Kazakh PDF in a worker while the editor "
          "goes on") {
    OpenSample open;
    const QString out = open.folder.filePath(QStringLiteral("standard-kk.pdf"));
    QAction* exportAction = open.window.findChild<QAction*>(QStringLiteral("export"));
    REQUIRE(exportAction);
    REQUIRE(exportAction->isEnabled());
    QSignalSpy finished(open.controller, &ExportController::finished);

    answerExportDialog(QStringLiteral("pdf"), QStringLiteral("kk"), out);
    exportAction->trigger();
    // The action has returned while the file is being written: the controller stays busy until
    // the event loop hears that the worker is done (whether the worker itself has finished by
    // now is a race, not asserted).
    REQUIRE(open.controller->isBusy());
    CHECK(open.controller->progressBar()->isVisibleTo(&open.window));

    // The event loop runs meanwhile: timers fire, and the document can be edited.
    int ticks = 0;
    QTimer ticker;
    QObject::connect(&ticker, &QTimer::timeout, [&] { ++ticks; });
    ticker.start(5);
    const QString standard = open.window.session()->tree().standardId();
    REQUIRE(open.window.session()->setValue(standard, QStringLiteral("passport/serialNumber"), {},
                                            QStringLiteral("013")));
    REQUIRE(finished.wait(120000));
    CHECK(ticks > 0);
    REQUIRE(finished.first().at(0).toBool());
    CHECK(finished.first().at(1).toString() == out);
    CHECK_FALSE(open.controller->progressBar()->isVisibleTo(&open.window));

    const QString text = squeezed(pdfText(out));
    CHECK(text.contains(squeezed(open.name(QStringLiteral("kk")))));
    CHECK_FALSE(text.contains(squeezed(open.name(QStringLiteral("ru")))));
}

TEST_CASE("ExportController: DOCX in Russian and the conclusion, through the dialog") {
    OpenSample open;
    const QString docx = open.folder.filePath(QStringLiteral("standard-ru.docx"));
    QSignalSpy finished(open.controller, &ExportController::finished);
    answerExportDialog(QStringLiteral("docx"), QStringLiteral("ru"), docx, true);
    open.controller->askExport();
    REQUIRE(finished.wait(120000));
    REQUIRE(finished.takeFirst().at(0).toBool());
    const QString text = squeezed(docxText(docx));
    CHECK(text.contains(squeezed(open.name(QStringLiteral("ru")))));
    CHECK_FALSE(text.contains(squeezed(open.name(QStringLiteral("kk")))));

    // The sample has no assessments: the form is filled from the validation.
    const QString conclusion = open.folder.filePath(QStringLiteral("conclusion.pdf"));
    answerExportDialog(QStringLiteral("pdf"), QStringLiteral("ru"), conclusion);
    open.controller->askExportConclusion();
    REQUIRE(finished.wait(120000));
    REQUIRE(finished.takeFirst().at(0).toBool());
    const QString form = squeezed(pdfText(conclusion));
    CHECK(form.contains(squeezed(open.name(QStringLiteral("ru")))));
    CHECK(form.contains(squeezed(QStringLiteral("Соответствует"))));
}

TEST_CASE("ExportController: a file that cannot be written is reported with its path") {
    OpenSample open;
    QSignalSpy failures(&open.window, &MainWindow::failureShown);
    QSignalSpy finished(open.controller, &ExportController::finished);
    const QString out = open.folder.filePath(QStringLiteral("no/such/folder/standard.pdf"));
    ExportRequest request;
    request.path = out;
    request.language = QStringLiteral("ru");
    REQUIRE(open.controller->start(request));
    REQUIRE(finished.wait(120000));
    CHECK_FALSE(finished.first().at(0).toBool());
    REQUIRE(failures.size() == 1);
    CHECK(failures.first().at(1).toString().contains(QDir::toNativeSeparators(out)));
    CHECK_FALSE(QFileInfo::exists(out));

    // A kind of file no writer knows is refused before any work starts.
    request.path = open.folder.filePath(QStringLiteral("standard.odt"));
    CHECK_FALSE(open.controller->start(request));
    CHECK(failures.size() == 2);
    CHECK_FALSE(open.controller->isBusy());
}

TEST_CASE("ExportController: the print preview renders the standard in the language chosen") {
    OpenSample open;
    QAction* print = open.window.findChild<QAction*>(QStringLiteral("print"));
    REQUIRE(print);
    CHECK(print->shortcut() == QKeySequence(QKeySequence::Print));
    QPrintPreviewDialog* preview = open.controller->showPrintPreview();
    REQUIRE(preview);
    auto* view = preview->findChild<QPrintPreviewWidget*>();
    REQUIRE(view);
    REQUIRE(QTest::qWaitFor([&] { return view->pageCount() > 3; }, 20000));
    auto* language = preview->findChild<QComboBox*>(QStringLiteral("printLanguage"));
    REQUIRE(language);
    language->setCurrentIndex(language->findData(QStringLiteral("kk")));

    // What the preview's Print button sends: the same painting, here onto a PDF file.
    const QString out = open.folder.filePath(QStringLiteral("printed.pdf"));
    QPrinter printer(QPrinter::HighResolution);
    printer.setOutputFormat(QPrinter::PdfFormat);
    printer.setOutputFileName(out);
    emit preview->paintRequested(&printer);
    const QString text = squeezed(pdfText(out));
    CHECK(text.contains(squeezed(open.name(QStringLiteral("kk")))));
    CHECK_FALSE(text.contains(squeezed(open.name(QStringLiteral("ru")))));

    const QString shots = qEnvironmentVariable("KASIBI_SCREENSHOT_DIR");
    if (!shots.isEmpty()) {
        preview->resize(1100, 900);
        QTest::qWait(300);
        preview->grab().save(shots + QStringLiteral("/screenshot-print-preview.png"));
        ExportDialog dialog(ExportRequest::What::Standard,
                            open.window.session()->document()->path(), QStringLiteral("kk"),
                            &open.window);
        dialog.formatBox()->setCurrentIndex(dialog.formatBox()->findData(QStringLiteral("pdf")));
        dialog.show();
        QTest::qWait(100);
        dialog.grab().save(shots + QStringLiteral("/screenshot-export-dialog.png"));
    }
    // Closing the document closes its preview.
    QPointer<QPrintPreviewDialog> alive(preview);
    open.window.documents()->closeDocument();
    REQUIRE(QTest::qWaitFor([&] { return alive.isNull(); }));
}

TEST_CASE("ExportController: a second export while one runs is refused with a word, the first "
          "is written whole") {
    OpenSample open;
    QSignalSpy finished(open.controller, &ExportController::finished);
    ExportRequest first;
    first.path = open.folder.filePath(QStringLiteral("first.pdf"));
    first.language = QStringLiteral("ru");
    ExportRequest second = first;
    second.path = open.folder.filePath(QStringLiteral("second.docx"));
    REQUIRE(open.controller->start(first));
    REQUIRE(open.controller->isBusy());
    CHECK_FALSE(open.controller->start(second));
    CHECK(open.window.statusBar()->currentMessage().contains(QStringLiteral("first.pdf")));
    REQUIRE(finished.wait(120000));
    REQUIRE(finished.size() == 1);
    CHECK(finished.first().at(1).toString() == first.path);
    REQUIRE(finished.first().at(0).toBool());
    CHECK(squeezed(pdfText(first.path)).contains(squeezed(open.name(QStringLiteral("ru")))));
    CHECK_FALSE(QFileInfo::exists(second.path));
    // Done: the next export is taken.
    REQUIRE(open.controller->start(second));
    REQUIRE(finished.wait(120000));
    CHECK(finished.last().at(0).toBool());
}

TEST_CASE("ExportController: the document or the editor closed during an export leaves the file "
          "whole") {
    QTemporaryDir folder;
    const QString document = folder.filePath(QStringLiteral("sample.kasibi"));
    const QString afterClose = folder.filePath(QStringLiteral("document-closed.pdf"));
    const QString afterQuit = folder.filePath(QStringLiteral("editor-closed.pdf"));
    QString name;
    {
        auto window = std::make_unique<MainWindow>();
        window->setDialogsEnabled(false);
        REQUIRE(window->documents()->openSample(document));
        const DocumentTree& tree = window->session()->tree();
        name = tree.text(tree.standardId(), QStringLiteral("passport/name")).ru;
        auto* controller = window->findChild<ExportController*>();
        REQUIRE(controller);
        QSignalSpy finished(controller, &ExportController::finished);
        ExportRequest request;
        request.path = afterClose;
        request.language = QStringLiteral("ru");
        REQUIRE(controller->start(request));
        // The worker writes from its snapshot; closing the document does not cut it short.
        window->documents()->closeDocument();
        REQUIRE(finished.wait(120000));
        CHECK(finished.first().at(0).toBool());

        REQUIRE(window->documents()->openDocument(document));
        request.path = afterQuit;
        REQUIRE(controller->start(request));
        REQUIRE(controller->isBusy());
        // The editor is closed (the program ends) while the file is being written.
        window.reset();
    }
    for (const QString& path : {afterClose, afterQuit}) {
        INFO(path.toStdString());
        REQUIRE(QFileInfo::exists(path));
        CHECK(squeezed(pdfText(path)).contains(squeezed(name)));
    }
    CHECK(QDir(folder.path()).entryList(QDir::Files | QDir::Hidden) ==
          QStringList({QStringLiteral("document-closed.pdf"), QStringLiteral("editor-closed.pdf"),
                       QStringLiteral("sample.kasibi")}));
}
