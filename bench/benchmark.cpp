// Measures what users wait for, on a typical and on a large standard:
// import, open, one committed edit, JSON, DOCX and PDF export, validation, and memory; and, for
// the record, how long LibreOffice takes to turn our DOCX into PDF.
// Run: build/bench/kasibi-bench   (README has the command)
#include "core/format/docxstandardwriter.h"
#include "core/format/jsonstandardreader.h"
#include "core/format/jsonstandardwriter.h"
#include "core/format/pdfstandardwriter.h"
#include "core/model/standarddocument.h"
#include "core/store/documentstore.h"
#include "core/validation/validator.h"
#include "standardgenerator.h"

#include <algorithm>
#include <QElapsedTimer>
#include <QFile>
#include <QGuiApplication>
#include <QJsonDocument>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTextStream>
#include <QThread>

using namespace kasibi;

namespace {

QTextStream out(stdout);

double median(QVector<double> samples) {
    std::sort(samples.begin(), samples.end());
    return samples.isEmpty() ? 0 : samples[samples.size() / 2];
}

template <typename Work> double milliseconds(Work work) {
    QElapsedTimer timer;
    timer.start();
    work();
    return timer.nsecsElapsed() / 1e6;
}

template <typename Work> double medianOf(int runs, Work work) {
    QVector<double> samples;
    for (int i = 0; i < runs; ++i)
        samples << milliseconds(work);
    return median(samples);
}

// Resident memory now and at its peak, in MB, from the kernel's own accounting.
QPair<double, double> memory() {
    QFile status(QStringLiteral("/proc/self/status"));
    double now = 0, peak = 0;
    if (status.open(QIODevice::ReadOnly)) {
        for (const QByteArray& line : status.readAll().split('\n')) {
            const double kb = line.simplified().split(' ').value(1).toDouble();
            if (line.startsWith("VmRSS:")) now = kb / 1024;
            if (line.startsWith("VmHWM:")) peak = kb / 1024;
        }
    }
    return {now, peak};
}

void row(const QString& what, double value, const QString& unit, const QString& target) {
    out << QStringLiteral("  %1 %2 %3   (target %4)\n")
               .arg(what, -34)
               .arg(value, 9, 'f', 2)
               .arg(unit, -3)
               .arg(target);
}

bool measure(const QString& label, const StandardGenerator::Size& size, const QString& folder,
             bool large) {
    const DocumentTree tree = StandardGenerator::generate(size);
    out << QStringLiteral(
               "%1 standard: %2 cards, %3 functions, %4 skills, %5 abilities, %6 knowledge "
               "(%7 elements)\n")
               .arg(label)
               .arg(size.cards)
               .arg(size.functions)
               .arg(size.skills)
               .arg(size.abilities)
               .arg(size.knowledge)
               .arg(tree.nodes.size());
    const QString json = folder + QStringLiteral("/") + label + QStringLiteral(".json");
    const QString document = folder + QStringLiteral("/") + label + QStringLiteral(".kasibi");
    if (!JsonStandardWriter().write(tree, json, {})) return false;

    const double import = medianOf(5, [&] {
        Result<DocumentTree> read = JsonStandardReader().read(json);
        if (!read || !DocumentStore::create(document, read.value(), true)) qFatal("import failed");
    });
    // Closing (checkpoint, back to one self-contained file) is not part of opening.
    QVector<double> openings;
    for (int i = 0; i < 9; ++i) {
        Result<std::unique_ptr<StandardDocument>> opened =
            Result<std::unique_ptr<StandardDocument>>::failure({});
        openings << milliseconds([&] { opened = StandardDocument::open(document); });
        if (!opened) qFatal("open failed");
    }
    const double open = median(openings);
    auto opened = StandardDocument::open(document);
    if (!opened) return false;
    StandardDocument& doc = *opened.value();
    const QString card =
        doc.tree().children(doc.tree().standardId(), QStringLiteral("professionCards")).first();
    int n = 0;
    const double edit = medianOf(200, [&] {
        if (!doc.setValue(card, QStringLiteral("mainPurpose"), QStringLiteral("ru"),
                          QStringLiteral("Цель %1").arg(++n)))
            qFatal("edit failed");
    });
    const double exportJson = medianOf(5, [&] {
        if (!JsonStandardWriter().write(doc.tree(), folder + QStringLiteral("/out.json"), {}))
            qFatal("export failed");
    });
    const double validate = medianOf(21, [&] { Validator().validate(doc.tree()); });
    const QString docx = folder + QStringLiteral("/") + label + QStringLiteral(".docx");
    const double exportDocx = medianOf(3, [&] {
        if (!DocxStandardWriter().write(doc.tree(), docx, {})) qFatal("DOCX export failed");
    });
    const double exportPdf = medianOf(large ? 1 : 3, [&] {
        if (!PdfStandardWriter().write(doc.tree(), folder + QStringLiteral("/out.pdf"), {}))
            qFatal("PDF export failed");
    });
    double libreOffice = -1;
    const QString soffice = QStandardPaths::findExecutable(QStringLiteral("soffice"));
    if (!soffice.isEmpty()) {
        libreOffice = milliseconds([&] {
            QProcess::execute(soffice,
                              {QStringLiteral("--headless"), QStringLiteral("--convert-to"),
                               QStringLiteral("pdf"), QStringLiteral("--outdir"),
                               folder + QStringLiteral("/libreoffice"), docx});
        });
    }
    const auto [now, peak] = memory();

    row(QStringLiteral("import JSON -> .kasibi (median)"), import, QStringLiteral("ms"),
        large ? QStringLiteral("< 1000 ms") : QStringLiteral("-"));
    row(QStringLiteral("open (median)"), open, QStringLiteral("ms"),
        large ? QStringLiteral("< 150 ms") : QStringLiteral("-"));
    row(QStringLiteral("commit one edit (median of 200)"), edit, QStringLiteral("ms"),
        QStringLiteral("< 5 ms"));
    row(QStringLiteral("export .kasibi -> JSON (median)"), exportJson, QStringLiteral("ms"),
        large ? QStringLiteral("< 1000 ms") : QStringLiteral("-"));
    row(QStringLiteral("validate (median of 21)"), validate, QStringLiteral("ms"),
        large ? QStringLiteral("< 20 ms") : QStringLiteral("-"));
    row(QStringLiteral("export DOCX"), exportDocx, QStringLiteral("ms"),
        large ? QStringLiteral("< 1000 ms") : QStringLiteral("-"));
    row(QStringLiteral("export PDF"), exportPdf, QStringLiteral("ms"),
        large ? QStringLiteral("< 5000 ms") : QStringLiteral("-"));
    if (libreOffice >= 0)
        row(QStringLiteral("LibreOffice: our DOCX -> PDF"), libreOffice, QStringLiteral("ms"),
            QStringLiteral("for the record: %1x our PDF").arg(libreOffice / exportPdf, 0, 'f', 1));
    else
        out << "  LibreOffice (soffice) is not installed: its DOCX -> PDF time is not measured\n";
    row(QStringLiteral("memory now / peak"), now, QStringLiteral("MB"), QStringLiteral("< 200 MB"));
    row(QStringLiteral("  peak"), peak, QStringLiteral("MB"), QStringLiteral("< 200 MB"));
    out << "\n";
    out.flush();
    return true;
}

} // namespace

int main(int argc, char* argv[]) {
    // PDF layout needs fonts, so a GUI application, on the offscreen platform: no display.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM")) qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    QTemporaryDir folder;
    if (!folder.isValid()) return 2;
    out << "Kasibi benchmark (" << QSysInfo::prettyProductName() << ", "
        << QThread::idealThreadCount() << " cores)\n\n";
    if (!measure(QStringLiteral("typical"), StandardGenerator::typical(), folder.path(), false))
        return 2;
    if (!measure(QStringLiteral("large"), StandardGenerator::large(), folder.path(), true))
        return 2;
    return 0;
}
