#include "core/format/jsonstandardwriter.h"
#include "core/layout/planlayout.h"
#include "core/model/schema.h"
#include "exportchecks.h"
#include "testsupport.h"

#include <catch2/catch.hpp>

#include <QDate>
#include <QTemporaryDir>

using namespace kasibi;

namespace {

QStringList rowTexts(const LayoutRow& row) {
    QStringList texts;
    for (const LayoutCell& cell : row.cells) {
        QStringList lines;
        for (const LayoutParagraph& paragraph : cell.paragraphs)
            lines << paragraph.text;
        texts << lines.join(QLatin1Char('\n'));
    }
    return texts;
}

} // namespace

TEST_CASE("The Appendix 2 plan lists each standard with its cards, deadline and responsible person",
          "[plan]") {
    const DocumentTree sample = test::sampleTree();
    DocumentTree second = DocumentTree::newStandard();
    second.setValue(second.standardId(), QStringLiteral("passport/name@ru"),
                    QStringLiteral("Обогащение руды"));

    const StandardLayout plan = PlanLayout::build({sample, second}, 2027, QStringLiteral("ru"));
    CHECK(plan.title ==
          QStringLiteral(
              "План по разработке и (или) актуализации профессиональных стандартов на 2027 год"));
    const LayoutBlock* table = nullptr;
    for (const LayoutBlock& block : plan.blocks)
        if (block.type == LayoutBlock::Type::Table) table = &block;
    REQUIRE(table);
    REQUIRE(table->table.rows.size() == 3);
    CHECK(table->table.rows[0].header);
    CHECK(table->table.rows[0].cells.size() == 7);

    const QStringList first = rowTexts(table->table.rows[1]);
    const QString standard = sample.standardId();
    CHECK(first[0] == QStringLiteral("1."));
    const QString developer =
        sample.children(standard, QStringLiteral("technicalData/developers")).first();
    CHECK(first[1].contains(sample.text(developer, QStringLiteral("name")).ru));
    CHECK(first[2].startsWith(QStringLiteral("B – ")));
    CHECK(first[3].contains(QStringLiteral("Добыча руды открытым способом")));
    CHECK(first[3].contains(QStringLiteral("B07102012")));
    for (const QString& card : sample.children(standard, QStringLiteral("professionCards")))
        CHECK(first[4].contains(sample.text(card, QStringLiteral("name")).ru));
    const QDate planned = QDate::fromString(
        sample.value(standard, QStringLiteral("technicalData/plannedUpdateDate")), Qt::ISODate);
    CHECK(first[5] == planned.toString(QStringLiteral("dd.MM.yyyy")));
    const QString stateBody =
        sample.children(standard, QStringLiteral("technicalData/stateBody")).first();
    CHECK(first[6] == sample.value(stateBody, QStringLiteral("contact/fullName")));

    const QStringList incomplete = rowTexts(table->table.rows[2]);
    CHECK(incomplete[3] == QStringLiteral("Обогащение руды"));
    CHECK(incomplete[5].isEmpty());
}

TEST_CASE("kasibi-cli plan writes the plan as DOCX and PDF", "[plan][cli]") {
    QTemporaryDir dir;
    const QString json = dir.filePath(QStringLiteral("sample.json"));
    REQUIRE(JsonStandardWriter().write(test::sampleTree(), json, {}).ok());
    const QString docx = dir.filePath(QStringLiteral("plan.docx"));
    REQUIRE(test::runCli({QStringLiteral("plan"), json, QStringLiteral("--year"),
                          QStringLiteral("2027"), QStringLiteral("-o"), docx,
                          QStringLiteral("--lang"), QStringLiteral("kk")}) == 0);
    const test::DocxContent content = test::readDocx(docx);
    const QString all = content.paragraphs.join(QLatin1Char('\n'));
    CHECK(all.contains(QStringLiteral("2027 жылға арналған")));
    CHECK(all.contains(QStringLiteral("Кенді ашық тәсілмен өндіру")));

    const QString pdf = dir.filePath(QStringLiteral("plan.pdf"));
    REQUIRE(test::runCli({QStringLiteral("plan"), json, QStringLiteral("--year"),
                          QStringLiteral("2027"), QStringLiteral("-o"), pdf}) == 0);
    test::requireInOrder(
        test::pdfText(pdf, 0, 0, /*textAreaOnly=*/false),
        {QStringLiteral("на 2027 год"), QStringLiteral("Добыча руды открытым способом")});

    QString errors;
    CHECK(test::runCli({QStringLiteral("plan"), json, QStringLiteral("-o"), pdf}, nullptr,
                       &errors) == 2);
    CHECK(errors.contains(QStringLiteral("--year")));
}
