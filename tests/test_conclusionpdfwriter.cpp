#include "conclusionfixture.h"
#include "core/format/pdfstandardwriter.h"
#include "exportchecks.h"
#include "testsupport.h"

#include <catch2/catch.hpp>

#include <QTemporaryDir>

using namespace kasibi;
using namespace kasibi::test;

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
