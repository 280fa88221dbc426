#include "core/format/documentwriters.h"
#include "core/format/pdfstandardwriter.h"
#include "core/model/programversion.h"
#include "core/model/schema.h"
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

QString squeezed(QString text) {
    static const QRegularExpression space(QStringLiteral("\\s+"));
    return text.remove(space);
}

// The headings of the printed standard, as the Rules word them: its chapters and its cards.
QStringList headings(const DocumentTree& tree, const QString& language) {
    const bool kk = language == QLatin1String("kk");
    QStringList list =
        kk ? QStringList{QStringLiteral("1-тарау. Жалпы ережелер"),
                         QStringLiteral("2-тарау. Кәсіптік стандарттың паспорты"),
                         QStringLiteral("3-тарау. Кәсіптердің карточкалары"),
                         QStringLiteral("4-тарау. Кәсіптік стандарттың техникалық деректері")}
           : QStringList{QStringLiteral("Глава 1. Общие положения"),
                         QStringLiteral("Глава 2. Паспорт профессионального стандарта"),
                         QStringLiteral("Глава 3. Карточки профессий"),
                         QStringLiteral("Глава 4. Технические данные профессионального стандарта")};
    for (const QString& card :
         tree.children(tree.standardId(), QStringLiteral("professionCards"))) {
        const QString name = tree.value(card, QStringLiteral("name"), language);
        list << (kk ? QStringLiteral("«") + name + QStringLiteral("» кәсібінің карточкасы")
                    : QStringLiteral("Карточка профессии «") + name + QStringLiteral("»"));
    }
    return list;
}

// Fails the test when a page's text area ends with a heading: it belongs to the next page.
void requireNoHeadingAtFoot(const QString& pdf, const QStringList& headings) {
    const QStringList pages = pdfText(pdf).split(QChar(0x0c));
    REQUIRE(pages.size() > 4);
    QStringList alone;
    for (int page = 0; page < pages.size(); ++page) {
        const QString text = squeezed(pages[page]);
        for (const QString& heading : headings)
            if (!text.isEmpty() && text.endsWith(squeezed(heading)))
                alone << QStringLiteral("page %1: %2").arg(page + 1).arg(heading);
    }
    INFO(alone.join(QLatin1Char('\n')).toStdString());
    REQUIRE(alone.isEmpty());
}

QByteArray readAll(const QString& path) {
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    return file.readAll();
}

} // namespace

TEST_CASE("PDF prints the approving order top right before the title, only when there is one") {
    QTemporaryDir dir;
    for (const QString& language : {QStringLiteral("ru"), QStringLiteral("kk")}) {
        SECTION(language.toStdString()) {
            const DocumentTree tree = sampleWithApproval();
            const QString path =
                writePdf(tree, dir.filePath(language + QStringLiteral(".pdf")), language);
            const QString title = language == QLatin1String("kk")
                                      ? QStringLiteral("«Кенді ашық тәсілмен өндіру» кәсіптік "
                                                       "стандарты")
                                      : QStringLiteral("Профессиональный стандарт «Добыча руды "
                                                       "открытым способом»");
            // The header, then the title, first on the first page.
            const QString header = approvalHeader(language).join(QLatin1Char(' '));
            REQUIRE(squeezed(pdfText(path, 1, 1)).startsWith(squeezed(header + title)));
            // Each of its words in the right half of the text width (30 mm + 165 mm / 2 from
            // the left edge: 319 pt).
            const QString boxes =
                runTool(QStringLiteral("pdftotext"),
                        {QStringLiteral("-bbox"), QStringLiteral("-f"), QStringLiteral("1"),
                         QStringLiteral("-l"), QStringLiteral("1"), path, QStringLiteral("-")});
            static const QRegularExpression word(
                QStringLiteral("<word xMin=\"([\\d.]+)\"[^>]*>([^<]*)</word>"));
            const QStringList words = header.split(QLatin1Char(' '), Qt::SkipEmptyParts);
            QRegularExpressionMatchIterator found = word.globalMatch(boxes);
            for (const QString& expected : words) {
                REQUIRE(found.hasNext());
                const QRegularExpressionMatch box = found.next();
                INFO(QString(expected + QStringLiteral(" printed as ") + box.captured(2))
                         .toStdString());
                REQUIRE(box.captured(1).toDouble() > 315);
            }
            // The title is centred on the whole width: it begins in the left half.
            REQUIRE(found.hasNext());
            REQUIRE(found.next().captured(1).toDouble() < 250);

            const QString draft = writePdf(
                sampleTree(), dir.filePath(language + QStringLiteral("-draft.pdf")), language);
            REQUIRE(squeezed(pdfText(draft, 1, 1)).startsWith(squeezed(title)));
        }
    }
}

TEST_CASE("PDF chapter 1 item 1 carries its label") {
    const DocumentTree tree = sampleTree();
    QTemporaryDir dir;
    const std::pair<const char*, const char*> labels[] = {
        {"ru", "1. Область применения профессионального стандарта:"},
        {"kk", "1. Кәсіптік стандарттың қолдану аясы:"}};
    for (const auto& [language, label] : labels) {
        const QString lang = QString::fromLatin1(language);
        const QString path = writePdf(tree, dir.filePath(lang + QStringLiteral(".pdf")), lang);
        REQUIRE(squeezed(pdfText(path, 1, 1))
                    .contains(squeezed(QString::fromUtf8(label) +
                                       tree.value(tree.standardId(), Field::Scope, lang))));
    }
}

TEST_CASE("PDF never leaves a chapter or card heading alone at the foot of a page") {
    QTemporaryDir dir;
    SECTION("the sample, in both languages") {
        // Its «Глава 4» fell alone at the foot of page 16.
        const DocumentTree tree = sampleTree();
        for (const QString& language : {QStringLiteral("ru"), QStringLiteral("kk")})
            requireNoHeadingAtFoot(
                writePdf(tree, dir.filePath(language + QStringLiteral(".pdf")), language),
                headings(tree, language));
    }
    SECTION("a large standard") {
        const DocumentTree tree = StandardGenerator::generate(StandardGenerator::large());
        requireNoHeadingAtFoot(
            writePdf(tree, dir.filePath(QStringLiteral("large.pdf")), QStringLiteral("ru")),
            headings(tree, QStringLiteral("ru")));
    }
}

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

TEST_CASE(
    "PDF laid out card by card beside the painting gives the pages of the whole laid out at once") {
    // The parallel path lays out each card in a text document of its own, starting where the card
    // before ends on its page; a part starting anywhere else would move every page after it.
    QTemporaryDir dir;
    StandardGenerator::Size size = StandardGenerator::typical();
    size.cards = 6;
    const DocumentTree generated = StandardGenerator::generate(size);
    struct Case {
        QString name;
        StandardLayout layout;
    };
    const Case cases[] = {
        {QStringLiteral("generated"),
         StandardLayout::ofStandard(generated, QStringLiteral("ru"), false)},
        {QStringLiteral("sample-with-notes"),
         StandardLayout::ofStandard(sampleWithComments(), QStringLiteral("kk"), true)},
    };
    for (const Case& each : cases) {
        SECTION(each.name.toStdString()) {
            QStringList pdfs;
            for (const auto threads :
                 {PdfStandardWriter::Threads::Serial, PdfStandardWriter::Threads::Parallel}) {
                const QString path = dir.filePath(each.name + QString::number(int(threads)) +
                                                  QStringLiteral(".pdf"));
                REQUIRE(PdfStandardWriter::writeLayout(each.layout, path, {}, threads));
                pdfs << path;
            }
            const int pages = pageCount(pdfs[0]);
            REQUIRE(pages > 4);
            REQUIRE(pageCount(pdfs[1]) == pages);
            REQUIRE(pdfText(pdfs[1], 0, 0, false) == pdfText(pdfs[0], 0, 0, false));
            // Every page's image, where a line a little higher or lower shows.
            QStringList folders;
            for (const QString& pdf : pdfs) {
                folders << pdf + QStringLiteral("-pages");
                REQUIRE(QDir().mkpath(folders.last()));
                runTool(QStringLiteral("pdftoppm"),
                        {QStringLiteral("-r"), QStringLiteral("50"), QStringLiteral("-gray"), pdf,
                         folders.last() + QStringLiteral("/page")});
            }
            const QStringList images = QDir(folders[0]).entryList(QDir::Files, QDir::Name);
            REQUIRE(images.size() == pages);
            QStringList differing;
            for (const QString& image : images)
                if (readAll(folders[0] + QLatin1Char('/') + image) !=
                    readAll(folders[1] + QLatin1Char('/') + image))
                    differing << image;
            INFO(differing.join(QLatin1Char(' ')).toStdString());
            REQUIRE(differing.isEmpty());
        }
    }
}
