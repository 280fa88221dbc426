#include "core/format/docxstandardwriter.h"
#include "core/layout/standardlayout.h"
#include "core/model/schema.h"
#include "core/reviewimport/reviewmark.h"
#include "exportchecks.h"
#include "testsupport.h"

#include <catch2/catch.hpp>

#include <QFileInfo>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QUrl>

using namespace kasibi;
using namespace kasibi::test;

namespace {

// name -> the text between the bookmark's start and end, as stored in document.xml.
QHash<QString, QString> bookmarks(const QString& docx) {
    const QString xml = QString::fromUtf8(zipEntry(docx, QStringLiteral("word/document.xml")));
    static const QRegularExpression start(
        QStringLiteral("<w:bookmarkStart w:id=\"(\\d+)\" w:name=\"([^\"]+)\"/>"));
    QHash<QString, QString> found;
    for (const QRegularExpressionMatch& match : start.globalMatch(xml)) {
        const QString end = QStringLiteral("<w:bookmarkEnd w:id=\"%1\"/>").arg(match.captured(1));
        const qsizetype from = match.capturedEnd();
        const qsizetype to = xml.indexOf(end, from);
        QString inside = to < 0 ? QString() : xml.mid(from, to - from);
        inside.replace(QRegularExpression(QStringLiteral("<w:br/>")), QStringLiteral("\n"));
        inside.remove(QRegularExpression(QStringLiteral("<[^>]*>")));
        found.insert(match.captured(2), inside);
    }
    return found;
}

QString customProperty(const QString& docx, const QString& name) {
    const QString xml = QString::fromUtf8(zipEntry(docx, QStringLiteral("docProps/custom.xml")));
    const QRegularExpression property(QStringLiteral("name=\"%1\"><vt:lpwstr>([^<]*)<").arg(name));
    return property.match(xml).captured(1);
}

// LibreOffice opens the file and saves it as Word 2007-365, as a reviewer's LibreOffice does.
QString resavedByLibreOffice(const QString& docx, const QString& folder) {
    REQUIRE(haveTool(QStringLiteral("soffice")));
    runTool(QStringLiteral("soffice"),
            {QStringLiteral("-env:UserInstallation=") +
                 QUrl::fromLocalFile(folder + QStringLiteral("/profile")).toString(),
             QStringLiteral("--headless"), QStringLiteral("--convert-to"),
             QStringLiteral("docx:MS Word 2007 XML"), QStringLiteral("--outdir"), folder, docx},
            300000);
    const QString saved = folder + QLatin1Char('/') + QFileInfo(docx).fileName();
    REQUIRE(QFileInfo(saved).size() > 0);
    return saved;
}

} // namespace

TEST_CASE("Word export puts each printed text in a bookmark named after its element and field") {
    const DocumentTree tree = sampleTree();
    QTemporaryDir dir;
    const QString docx =
        writeChecked(DocxStandardWriter(), tree, dir.filePath(QStringLiteral("marked.docx")),
                     QStringLiteral("ru"));
    const QHash<QString, QString> marks = bookmarks(docx);

    // One bookmark for each text the printed layout knows the place of, and no other.
    QSet<QString> expected;
    const StandardLayout layout = StandardLayout::ofStandard(tree, QStringLiteral("ru"), false);
    for (const LayoutBlock& block : layout.blocks) {
        QVector<LayoutParagraph> paragraphs{block.paragraph};
        for (const LayoutRow& row : block.table.rows)
            for (const LayoutCell& cell : row.cells)
                paragraphs << cell.paragraphs;
        for (const LayoutParagraph& paragraph : paragraphs)
            for (const LayoutMark& mark : paragraph.marks)
                expected.insert(ReviewMark::name(mark.elementId, mark.field));
    }
    REQUIRE(expected.size() > 300);
    REQUIRE(QSet<QString>(marks.keyBegin(), marks.keyEnd()) == expected);
    // Word's limits for a bookmark's name: 40 characters, a letter first.
    for (auto it = marks.cbegin(); it != marks.cend(); ++it) {
        INFO(it.key().toStdString());
        REQUIRE(it.key().size() <= 40);
        REQUIRE(it.key().front().isLetter());
        REQUIRE(ReviewMark::isMarkName(it.key()));
    }

    // Each encloses exactly the value it is named after, not the label in front of it.
    const QString standard = tree.standardId();
    const QString card = tree.children(standard, Role::ProfessionCards).first();
    const QString skill =
        tree.children(tree.children(card, Role::LaborFunctions).first(), Role::Skills).first();
    const QString knowledge = tree.children(skill, Role::Knowledge).first();
    const QString ru = QStringLiteral("ru");
    REQUIRE(marks.value(ReviewMark::name(standard, Field::StandardName)) ==
            tree.value(standard, Field::StandardName, ru));
    REQUIRE(marks.value(ReviewMark::name(card, Field::MainPurpose)) ==
            tree.value(card, Field::MainPurpose, ru));
    REQUIRE(marks.value(ReviewMark::name(card, Field::NkzOccupationCode)) ==
            tree.value(card, Field::NkzOccupationCode));
    REQUIRE(marks.value(ReviewMark::name(knowledge, Schema::TextItemField)) ==
            tree.value(knowledge, Schema::TextItemField, ru));
    REQUIRE(
        marks.value(ReviewMark::name(standard, QStringLiteral("passport/oked/division/name"))) ==
        tree.value(standard, QStringLiteral("passport/oked/division/name"), ru));

    // The standard it was exported from, for the import to tell a review of another one.
    REQUIRE(customProperty(docx, ReviewMark::StandardIdProperty) == standard);
    REQUIRE(customProperty(docx, ReviewMark::LanguageProperty) == ru);
    REQUIRE(zipEntry(docx, QStringLiteral("_rels/.rels")).contains("docProps/custom.xml"));
}

TEST_CASE("kasibi-cli export --no-marks writes a clean copy without bookmarks or properties") {
    QTemporaryDir dir;
    const QString marked = dir.filePath(QStringLiteral("marked.docx"));
    const QString clean = dir.filePath(QStringLiteral("clean.docx"));
    REQUIRE(runCli({QStringLiteral("export"), samplePath(), QStringLiteral("-o"), marked,
                    QStringLiteral("--lang"), QStringLiteral("kk")}) == 0);
    REQUIRE(runCli({QStringLiteral("export"), samplePath(), QStringLiteral("-o"), clean,
                    QStringLiteral("--no-marks")}) == 0);
    REQUIRE(bookmarks(marked).size() > 300);
    REQUIRE(customProperty(marked, ReviewMark::LanguageProperty) == QStringLiteral("kk"));
    REQUIRE(bookmarks(clean).isEmpty());
    REQUIRE(zipEntry(clean, QStringLiteral("docProps/custom.xml")).isEmpty());
    REQUIRE(!zipEntry(clean, QStringLiteral("_rels/.rels")).contains("custom"));
}

TEST_CASE("The marks and the standard's id survive LibreOffice's saving and do not show in print") {
    const DocumentTree tree = sampleTree();
    QTemporaryDir dir;
    const QString marked =
        writeChecked(DocxStandardWriter(), tree, dir.filePath(QStringLiteral("marked.docx")),
                     QStringLiteral("ru"), true);
    QDir().mkpath(dir.filePath(QStringLiteral("saved")));
    const QString saved = resavedByLibreOffice(marked, dir.filePath(QStringLiteral("saved")));
    const QHash<QString, QString> before = bookmarks(marked);
    const QHash<QString, QString> after = bookmarks(saved);
    REQUIRE(QSet<QString>(after.keyBegin(), after.keyEnd()) ==
            QSet<QString>(before.keyBegin(), before.keyEnd()));
    for (auto it = before.cbegin(); it != before.cend(); ++it) {
        INFO(it.key().toStdString());
        REQUIRE(after.value(it.key()) == it.value());
    }
    REQUIRE(customProperty(saved, ReviewMark::StandardIdProperty) == tree.standardId());

    // Printed, the marked file is the clean one: same pages, same text.
    ExportOptions cleanOptions;
    cleanOptions.language = QStringLiteral("ru");
    cleanOptions.withComments = true;
    cleanOptions.withMarks = false;
    const QString clean = dir.filePath(QStringLiteral("clean.docx"));
    REQUIRE(DocxStandardWriter().write(tree, clean, cleanOptions).ok());
    const QString markedPdf = convertWithLibreOffice(marked, dir.filePath(QStringLiteral("m")));
    const QString cleanPdf = convertWithLibreOffice(clean, dir.filePath(QStringLiteral("c")));
    REQUIRE(pdfText(markedPdf, 0, 0, false) == pdfText(cleanPdf, 0, 0, false));
    const auto pages = [](const QString& pdf) {
        return runTool(QStringLiteral("pdfinfo"), {pdf})
            .section(QStringLiteral("Pages:"), 1)
            .section(QLatin1Char('\n'), 0, 0)
            .trimmed();
    };
    REQUIRE(pages(markedPdf) == pages(cleanPdf));
    REQUIRE(pages(markedPdf).toInt() > 5);
}
