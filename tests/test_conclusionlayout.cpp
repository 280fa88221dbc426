#include "conclusionfixture.h"
#include "core/format/docxstandardwriter.h"
#include "core/format/jsonstandardwriter.h"
#include "core/format/pdfstandardwriter.h"
#include "exportchecks.h"
#include "testsupport.h"

#include <catch2/catch.hpp>

#include <QJsonDocument>
#include <QTemporaryDir>

using namespace kasibi;
using namespace kasibi::test;

// The conclusion form (ConclusionLayout) as each printed format writes it (LayoutWriters).

TEST_CASE("Conclusion form as DOCX: title, standard, state body, date, every criterion assessed") {
    const ConclusionFixture fixture;
    QTemporaryDir dir;
    for (const QString& language : {QStringLiteral("ru"), QStringLiteral("kk")}) {
        SECTION(language.toStdString()) {
            const QString path = dir.filePath(language + QStringLiteral(".docx"));
            const Status written = DocxStandardWriter().write(
                StandardLayout::ofConclusion(fixture.tree, language), path);
            INFO((written ? QString() : written.error().toString()).toStdString());
            REQUIRE(written.ok());
            const DocxContent docx = readDocx(path);
            requireInOrder(docx.paragraphs.join(QLatin1Char('\n')),
                           fixture.expectedTexts(language));
            REQUIRE(docx.styles.first() == QLatin1String("Title"));
            // The state body and the remark in the form's language only.
            for (const QString& other : fixture.otherLanguageTexts(language))
                CHECK_FALSE(docx.paragraphs.join(QLatin1Char('\n')).contains(other));
            // Word's rival reads it whole: the same texts in its PDF.
            requireInOrder(pdfText(convertWithLibreOffice(path, dir.path()), 0, 0, false),
                           fixture.expectedTexts(language));
        }
    }
}

TEST_CASE("kasibi-cli conclusion drafts the assessments when the document has none") {
    QTemporaryDir dir;
    const QString out = dir.filePath(QStringLiteral("conclusion.docx"));
    REQUIRE(runCli({QStringLiteral("conclusion"), samplePath(), QStringLiteral("-o"), out}) == 0);
    const QString text = readDocx(out).paragraphs.join(QLatin1Char('\n'));
    // The sample validates clean: every criterion of the draft is met.
    REQUIRE(text.count(QStringLiteral("Соответствует")) > 20);
    REQUIRE(!text.contains(QStringLiteral("Не соответствует")));
    REQUIRE(runCli({QStringLiteral("conclusion"), samplePath(), QStringLiteral("-o"),
                    dir.filePath(QStringLiteral("conclusion.json"))}) == 2);

    // With the classifiers: an occupation code the NKZ edition does not know fails 2.1.
    const QString store = dir.filePath(QStringLiteral("classifiers.sqlite"));
    REQUIRE(runCli({QStringLiteral("classifier"), QStringLiteral("load"), QStringLiteral("nkz"),
                    sourcePath(QStringLiteral("tests/data/nkz-sample-utf8.csv")),
                    QStringLiteral("--edition"), QStringLiteral("test"), QStringLiteral("--store"),
                    store}) == 0);
    DocumentTree tree = sampleTree();
    const QString card =
        tree.children(tree.standardId(), QStringLiteral("professionCards")).first();
    tree.setValue(card, QStringLiteral("nkzOccupationCode"), QStringLiteral("8342-1-999"));
    const QString unknown = dir.filePath(QStringLiteral("unknown.json"));
    writeBytes(unknown, QJsonDocument(JsonStandardWriter().toJson(tree)).toJson());
    const QString checked = dir.filePath(QStringLiteral("checked.docx"));
    REQUIRE(runCli({QStringLiteral("conclusion"), unknown, QStringLiteral("-o"), checked,
                    QStringLiteral("--store"), store}) == 0);
    const QString checkedText = readDocx(checked).paragraphs.join(QLatin1Char('\n'));
    CHECK(checkedText.contains(QStringLiteral("Не соответствует")));
    CHECK(checkedText.contains(QStringLiteral("8342-1-999")));
    // The remark speaks of the standard: not of the edition it was checked in.
    CHECK_FALSE(checkedText.contains(QStringLiteral("редакци")));
    // In Kazakh, the form and its drafted remarks are Kazakh.
    const QString kazakh = dir.filePath(QStringLiteral("checked-kk.docx"));
    REQUIRE(runCli({QStringLiteral("conclusion"), unknown, QStringLiteral("-o"), kazakh,
                    QStringLiteral("--store"), store, QStringLiteral("--lang"),
                    QStringLiteral("kk")}) == 0);
    const QString kazakhText = readDocx(kazakh).paragraphs.join(QLatin1Char('\n'));
    CHECK(kazakhText.contains(QStringLiteral("Сәйкес келмейді")));
    CHECK(kazakhText.contains(QStringLiteral("«8342-1-999» коды")));
    CHECK_FALSE(kazakhText.contains(QStringLiteral("Не соответствует")));
    CHECK_FALSE(kazakhText.contains(QStringLiteral("не найден")));
}

TEST_CASE("Conclusion DOCX exported over a file on a full disk leaves that file as it was") {
    requireExportOverFullDisk(
        DocxStandardWriter(),
        StandardLayout::ofConclusion(ConclusionFixture().tree, QStringLiteral("ru")),
        QStringLiteral("conclusion.docx"), "PK");
}

TEST_CASE("Conclusion form as PDF: every criterion assessed, searchable, fonts embedded") {
    const ConclusionFixture fixture;
    QTemporaryDir dir;
    for (const QString& language : {QStringLiteral("ru"), QStringLiteral("kk")}) {
        SECTION(language.toStdString()) {
            const QString path = dir.filePath(language + QStringLiteral(".pdf"));
            const Status written = PdfStandardWriter().write(
                StandardLayout::ofConclusion(fixture.tree, language), path);
            INFO((written ? QString() : written.error().toString()).toStdString());
            REQUIRE(written.ok());
            const QString text = pdfText(path);
            requireInOrder(text, fixture.expectedTexts(language));
            // The state body and the remark in the form's language only.
            for (const QString& other : fixture.otherLanguageTexts(language))
                CHECK_FALSE(text.simplified().contains(other.simplified()));
            requireFontsEmbedded(path);
        }
    }
}

TEST_CASE("kasibi-cli conclusion writes PDF headless") {
    QTemporaryDir dir;
    const QString out = dir.filePath(QStringLiteral("conclusion.pdf"));
    REQUIRE(runCli({QStringLiteral("conclusion"), samplePath(), QStringLiteral("-o"), out,
                    QStringLiteral("--lang"), QStringLiteral("kk")}) == 0);
    REQUIRE(pdfText(out).contains(QStringLiteral("Сараптама күні")));
}

TEST_CASE("Conclusion PDF exported over a file on a full disk leaves that file as it was") {
    requireExportOverFullDisk(
        PdfStandardWriter(),
        StandardLayout::ofConclusion(ConclusionFixture().tree, QStringLiteral("ru")),
        QStringLiteral("conclusion.pdf"), "%PDF");
}
