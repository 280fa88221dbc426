#include "core/format/documentwriters.h"
#include "core/format/pdfstandardwriter.h"
#include "core/model/programversion.h"
#include "exportchecks.h"
#include "testsupport.h"

#include <catch2/catch.hpp>

#include "standardgenerator.h"

#include <QDir>
#include <QFileInfo>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <unistd.h>

using namespace kasibi;
using namespace kasibi::test;

namespace {

QString writePdf(const DocumentTree& tree, const QString& path, const QString& language,
                 bool withComments = false) {
    return writeChecked(PdfStandardWriter(), tree, path, language, withComments);
}

// pdffonts' table: every font, and whether it is embedded.
int pageCount(const QString& pdf) {
    const QRegularExpressionMatch match = QRegularExpression(QStringLiteral("Pages:\\s+(\\d+)"))
                                              .match(runTool(QStringLiteral("pdfinfo"), {pdf}));
    REQUIRE(match.hasMatch());
    return match.captured(1).toInt();
}

} // namespace

TEST_CASE("PDF of the sample: every text round-trips in order, fonts embedded, pages numbered") {
    DocumentTree tree = sampleTree();
    // Every letter of the Kazakh alphabet beyond Russian's, in both cases.
    const QString letters = QStringLiteral("Әә Ғғ Ққ Ңң Өө Ұұ Үү Һһ Іі");
    const QString standard = tree.standardId();
    const QString description =
        tree.value(standard, QStringLiteral("passport/description"), QStringLiteral("kk"));
    tree.setValue(standard,
                  Node::valueKey(QStringLiteral("passport/description"), QStringLiteral("kk")),
                  description + QLatin1Char(' ') + letters);
    QTemporaryDir dir;
    for (const QString& language : {QStringLiteral("ru"), QStringLiteral("kk")}) {
        SECTION(language.toStdString()) {
            const QString path =
                writePdf(tree, dir.filePath(language + QStringLiteral(".pdf")), language);
            const QString text = pdfText(path);
            requireInOrder(text, standardTexts(tree, language));
            if (language == QLatin1String("kk")) REQUIRE(text.contains(letters));
            requireFontsEmbedded(path);

            const int pages = pageCount(path);
            REQUIRE(pages > 4);
            // The page number is the last line of each page.
            for (int page : {2, pages}) {
                QStringList lines;
                for (const QString& line :
                     pdfText(path, page, page, false).split(QLatin1Char('\n')))
                    if (!line.trimmed().remove(QChar(0x0c)).isEmpty()) lines << line.trimmed();
                REQUIRE(!lines.isEmpty());
                REQUIRE(lines.last() == QString::number(page));
            }
            // A4.
            REQUIRE(
                runTool(QStringLiteral("pdfinfo"), {path}).contains(QStringLiteral("pts (A4)")));
        }
    }
}

TEST_CASE("PDF writes each line of text once, on the page that shows it") {
    // A paragraph or table cell running over a page break had the last line of the first page
    // written again, clipped away and invisible, at the top of the next: search, copy and
    // pdftotext found it on both pages.
    QTemporaryDir dir;
    const DocumentTree tree = sampleTree();
    for (const QString& language : {QStringLiteral("ru"), QStringLiteral("kk")}) {
        SECTION(language.toStdString()) {
            const QString path =
                writePdf(tree, dir.filePath(language + QStringLiteral(".pdf")), language);
            const int pages = pageCount(path);
            REQUIRE(pages > 4);
            QList<QStringList> lines;
            for (int page = 1; page <= pages; ++page) {
                QStringList text;
                for (const QString& line :
                     pdfText(path, page, page, false).split(QLatin1Char('\n'))) {
                    const QString trimmed = line.trimmed().remove(QChar(0x0c));
                    if (!trimmed.isEmpty()) text << trimmed;
                }
                lines << text;
            }
            // Short lines (page numbers, labels, list numbers) may well repeat.
            const int near = 6;
            QStringList repeated;
            for (int page = 1; page < pages; ++page) {
                const QStringList& end = lines[page - 1];
                const QStringList start = lines[page].mid(0, near);
                for (const QString& line : end.mid(qMax(0, int(end.size()) - near)))
                    if (line.size() > 15 && start.contains(line))
                        repeated
                            << QStringLiteral("pages %1-%2: %3").arg(page).arg(page + 1).arg(line);
            }
            INFO(repeated.join(QLatin1Char('\n')).toStdString());
            REQUIRE(repeated.isEmpty());
        }
    }
}

TEST_CASE("PDF comments are numbered notes at the end, only when asked") {
    QTemporaryDir dir;
    const DocumentTree tree = sampleWithComments();
    const QString plain =
        pdfText(writePdf(tree, dir.filePath(QStringLiteral("plain.pdf")), QStringLiteral("ru")));
    REQUIRE(!plain.contains(QStringLiteral("Замечания рецензентов")));
    REQUIRE(!plain.contains(QStringLiteral("Цель сформулирована верно")));

    const QString path =
        writePdf(tree, dir.filePath(QStringLiteral("notes.pdf")), QStringLiteral("ru"), true);
    const QString text = pdfText(path);
    // Stored in UTC (10:30Z); printed as the comments dock shows it: local time (the runner's
    // zone is UTC+05:00, Kazakhstan's), with the zone.
    requireInOrder(
        text,
        {QStringLiteral("Замечания рецензентов"),
         QStringLiteral("1. Эксперт НОПК, 04.05.2025 15:30 UTC+05:00: Код секции ОКЭД проверен"),
         QStringLiteral(
             "2. Эксперт НОПК, 03.05.2025 15:30 UTC+05:00 (решено): Цель сформулирована верно"),
         QStringLiteral(
             "3. Айгерим Жаксылыкова, 01.05.2025 15:30 UTC+05:00: Уточнить формулировку навыка "
             "<смена> & \"сдача\""),
         QStringLiteral("4. Нурлан Сейткали, 02.05.2025 15:30 UTC+05:00 (ответ на замечание 3): "
                        "Согласен, исправим.")});
    // The marks sit on the commented texts.
    const QString card =
        tree.children(tree.standardId(), QStringLiteral("professionCards")).first();
    const QString mainPurpose =
        tree.value(card, QStringLiteral("mainPurpose"), QStringLiteral("ru"));
    requireInOrder(text, {mainPurpose + QStringLiteral("[2]")});

    const QString kk = pdfText(
        writePdf(tree, dir.filePath(QStringLiteral("notes-kk.pdf")), QStringLiteral("kk"), true));
    REQUIRE(kk.contains(QStringLiteral("Рецензенттердің ескертпелері")));
    REQUIRE(kk.contains(QStringLiteral("(3-ескертпеге жауап)")));
}

TEST_CASE("PDF keeps XML special characters and drops control characters") {
    DocumentTree tree = sampleTree();
    const QString card =
        tree.children(tree.standardId(), QStringLiteral("professionCards")).first();
    tree.setValue(card, Node::valueKey(QStringLiteral("mainPurpose"), QStringLiteral("kk")),
                  QStringLiteral("Мақсат <b> & \"тырнақша\" '\x01\x07' ]]>"));
    QTemporaryDir dir;
    const QString text =
        pdfText(writePdf(tree, dir.filePath(QStringLiteral("special.pdf")), QStringLiteral("kk")));
    REQUIRE(text.contains(QStringLiteral("Мақсат <b> & \"тырнақша\" '' ]]>")));
}

TEST_CASE("PDF written where it cannot be fails with the file's name and leaves nothing") {
    QTemporaryDir dir;
    const bool root = ::geteuid() == 0;
    const QString folder = root ? QStringLiteral("/proc") : dir.filePath(QStringLiteral("locked"));
    if (!root) {
        REQUIRE(QDir(dir.path()).mkdir(QStringLiteral("locked")));
        REQUIRE(QFile::setPermissions(folder, QFile::ReadOwner | QFile::ExeOwner));
    }
    const QString path = folder + QStringLiteral("/kasibi-export-test.pdf");
    const Status written = PdfStandardWriter().write(sampleTree(), path, ExportOptions());
    REQUIRE(!written.ok());
    REQUIRE(written.error().toString().contains(path));
    REQUIRE(!QFileInfo::exists(path));
}

TEST_CASE("kasibi-cli exports PDF headless") {
    QTemporaryDir dir;
    const QString out = dir.filePath(QStringLiteral("cli.pdf"));
    QString error;
    INFO(error.toStdString());
    REQUIRE(runCli({QStringLiteral("export"), samplePath(), QStringLiteral("-o"), out,
                    QStringLiteral("--lang"), QStringLiteral("kk")},
                   nullptr, &error) == 0);
    requireInOrder(pdfText(out), standardTexts(sampleTree(), QStringLiteral("kk")));
    requireFontsEmbedded(out);
    REQUIRE(dynamic_cast<PdfStandardWriter*>(DocumentWriters::forPath(out).get()));
    // The document's properties name the program and its version.
    REQUIRE(QRegularExpression(QStringLiteral("^Creator:\\s+(.*)$"),
                               QRegularExpression::MultilineOption)
                .match(runTool(QStringLiteral("pdfinfo"), {out}))
                .captured(1) == QStringLiteral("Kasibi ") + ProgramVersion::number());
}

TEST_CASE("PDF exported over a file on a full disk leaves that file as it was") {
    requireExportOverFullDisk(PdfStandardWriter(), sampleTree(), QStringLiteral("standard.pdf"),
                              "%PDF");
}

TEST_CASE("In the PDF each comment's number follows the very value it is about") {
    QTemporaryDir dir;
    QVector<PlacedComment> expected;
    const DocumentTree tree = sampleWithCommentOnEveryPlace(&expected);
    const QString path =
        writeChecked(PdfStandardWriter(), tree, dir.filePath(QStringLiteral("every-place.pdf")),
                     QStringLiteral("ru"), true);
    // Readers break lines their own way: white space is left out on both sides.
    const auto squeezed = [](QString text) {
        return text.remove(QRegularExpression(QStringLiteral("\\s+")));
    };
    const QString text = squeezed(pdfText(path));
    for (const PlacedComment& placed : expected) {
        INFO(placed.text.toStdString());
        // The note list numbers the comment: "12. Эксперт, 01.06.2025 13:00 UTC+05:00: text".
        const QRegularExpression note(
            QStringLiteral(
                "(\\d+)\\.Эксперт,\\d\\d\\.\\d\\d\\.\\d{4}\\d\\d:\\d\\dUTC[+-]\\d\\d:\\d\\d:") +
            QRegularExpression::escape(squeezed(placed.text)));
        const QRegularExpressionMatch numbered = note.match(text);
        REQUIRE(numbered.hasMatch());
        const QString number = numbered.captured(1);
        // The mark after the value: "[12]", or "[11,12]" when two comments end there.
        const QRegularExpression mark(QRegularExpression::escape(squeezed(placed.covered)) +
                                      QStringLiteral("\\[(\\d+,)*") + number +
                                      QStringLiteral("(,\\d+)*\\]"));
        REQUIRE(text.contains(mark));
    }
}
