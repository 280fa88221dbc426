#include "core/layout/changereportlayout.h"
#include "core/lifecycle/standarddiff.h"
#include "core/model/schema.h"
#include "core/model/standarddocument.h"
#include "exportchecks.h"
#include "testsupport.h"

#include <catch2/catch.hpp>

#include <QTemporaryDir>

using namespace kasibi;

namespace {

// Every text of the layout in order, table cells joined by " | ".
QStringList layoutLines(const StandardLayout& layout) {
    QStringList lines;
    for (const LayoutBlock& block : layout.blocks) {
        if (block.type == LayoutBlock::Type::Paragraph) {
            lines << block.paragraph.text;
            continue;
        }
        for (const LayoutRow& row : block.table.rows) {
            QStringList cells;
            for (const LayoutCell& cell : row.cells) {
                QStringList texts;
                for (const LayoutParagraph& paragraph : cell.paragraphs)
                    texts << paragraph.text;
                cells << texts.join(QLatin1Char('\n'));
            }
            lines << cells.join(QStringLiteral(" | "));
        }
    }
    return lines;
}

int lineWith(const QStringList& lines, const QString& text) {
    for (int i = 0; i < lines.size(); ++i)
        if (lines[i].contains(text)) return i;
    return -1;
}

struct Edited {
    DocumentTree before = test::sampleTree();
    DocumentTree after = before;
    QString standard = before.standardId();
    QString card, function, skill, knowledge, newSkill;

    Edited() {
        card = before.children(standard, QStringLiteral("professionCards"))[1];
        function = before.children(card, QStringLiteral("laborFunctions"))[0];
        skill = before.children(function, QStringLiteral("skills"))[0];
        knowledge = before.children(skill, QStringLiteral("knowledge")).first();
        after.setValue(knowledge, QStringLiteral("text@ru"),
                       QStringLiteral("Требования к цифровым системам диспетчеризации"));
        Node added{QStringLiteral("added-skill"), Kind::Skill};
        added.values.insert(QStringLiteral("name@ru"), QStringLiteral("Ведение журнала смены"));
        added.values.insert(QStringLiteral("name@kk"), QStringLiteral("Ауысым журналын жүргізу"));
        after.insertSubtree(function, QStringLiteral("skills"), 1, {added});
        newSkill = added.id;
        // Outside the cards: chapter 4's version, which must come after the cards.
        after.setValue(standard, QStringLiteral("technicalData/version"), QStringLiteral("2.0"));
    }
};

} // namespace

TEST_CASE("The change report lists the states, the verdict and each change at its place",
          "[changereport]") {
    const Edited edit;
    const QVector<Change> changes = StandardDiff::compare(edit.before, edit.after);
    REQUIRE(changes.size() == 3);
    const ChangeReportLayout::State sent{QStringLiteral("Направлено в государственный орган"),
                                         QDateTime(QDate(2025, 10, 23), QTime(10, 30))};
    const StandardLayout report =
        ChangeReportLayout::build(edit.before, sent, edit.after, {}, changes, QStringLiteral("ru"));
    const QStringList lines = layoutLines(report);
    CHECK(report.title == QStringLiteral("Отчет об изменениях профессионального стандарта"));
    CHECK(lines.first() == report.title);
    CHECK(lineWith(lines, QStringLiteral("Прежняя редакция | Направлено в государственный орган, "
                                         "23.10.2025 10:30")) >= 0);
    CHECK(lineWith(lines, QStringLiteral("Новая редакция | текущее содержание")) >= 0);

    const int verdict = lineWith(lines, QStringLiteral("Изменение значимое (пункт 17 Правил)."));
    REQUIRE(verdict >= 0);
    CHECK(lineWith(lines, QStringLiteral("Изменено содержание карточек профессий")) > verdict);

    const QString cardName = edit.after.text(edit.card, QStringLiteral("name")).ru;
    const QString skillName = edit.after.text(edit.skill, QStringLiteral("name")).ru;
    const int cardHeading = lines.indexOf(QStringLiteral("Карточка профессии «%1»").arg(cardName));
    REQUIRE(cardHeading > verdict);
    const int changed = lineWith(
        lines, QStringLiteral("Навык «%1» › Знание | Изменено | %2 | %3")
                   .arg(skillName, edit.before.text(edit.knowledge, Schema::TextItemField).ru,
                        QStringLiteral("Требования к цифровым системам "
                                       "диспетчеризации")));
    CHECK(changed > cardHeading);
    CHECK(lines[changed].contains(
        QStringLiteral(". | Карточка профессии «%1» › Трудовая функция «").arg(cardName)));
    const int added =
        lineWith(lines, QStringLiteral("Навык «Ведение журнала смены» | Добавлено |  | Ведение "
                                       "журнала смены"));
    CHECK(added > cardHeading);
    const int chapter4 =
        lines.indexOf(QStringLiteral("Глава 4. Технические данные профессионального стандарта"));
    CHECK(chapter4 > std::max(changed, added));
    CHECK(lineWith(lines, QStringLiteral("версия | Изменено")) > chapter4);

    // In Kazakh: a change made in the Russian text says so.
    const QStringList kazakh = layoutLines(ChangeReportLayout::build(
        edit.before, sent, edit.after, {}, changes, QStringLiteral("kk")));
    CHECK(kazakh.first() == QStringLiteral("Кәсіптік стандарттағы өзгерістер туралы есеп"));
    CHECK(lineWith(kazakh, QStringLiteral("Өзгеріс маңызды (Қағидалардың 17-тармағы).")) >= 0);
    CHECK(lineWith(kazakh, QStringLiteral("Өзгертілді (орыс тілінде)")) >= 0);
}

TEST_CASE("A change report of typo fixes only says the change is not significant",
          "[changereport]") {
    const Edited edit;
    DocumentTree after = edit.before;
    QString text = edit.before.text(edit.knowledge, Schema::TextItemField).ru;
    const qsizetype word = text.indexOf(QLatin1Char(' ')) + 3;
    REQUIRE(word > 3);
    text[word] = text[word] == QChar(u'о') ? QChar(u'а') : QChar(u'о');
    after.setValue(edit.knowledge, QStringLiteral("text@ru"), text);
    const QVector<Change> changes = StandardDiff::compare(edit.before, after);
    REQUIRE(changes.size() == 1);
    REQUIRE(changes.first().typoFix);
    const QStringList lines = layoutLines(
        ChangeReportLayout::build(edit.before, {QStringLiteral("v1"), {}}, after,
                                  {QStringLiteral("v2"), {}}, changes, QStringLiteral("ru")));
    CHECK(lineWith(lines, QStringLiteral("Изменение незначимое (пункт 18 Правил).")) >= 0);
    CHECK(lineWith(lines, QStringLiteral("Исправлены только опечатки в карточках профессий (1)")) >=
          0);
    CHECK(lineWith(lines, QStringLiteral("Знание | Исправлена опечатка")) >= 0);

    // Not confirmed as a typo fix by the user: the same edit is a change of card content.
    QVector<Change> unconfirmed = changes;
    unconfirmed.first().typoFix = false;
    CHECK(lineWith(layoutLines(ChangeReportLayout::build(edit.before, {}, after, {}, unconfirmed,
                                                         QStringLiteral("ru"))),
                   QStringLiteral("Изменение значимое")) >= 0);
}

TEST_CASE("kasibi-cli diff writes the change report as DOCX and PDF", "[changereport][cli]") {
    QTemporaryDir dir;
    const Edited edit;
    const QString document = dir.filePath(QStringLiteral("s.kasibi"));
    {
        auto created = StandardDocument::create(document, edit.before);
        REQUIRE(created.ok());
        REQUIRE(created.value()->saveVersion(QStringLiteral("sent")).ok());
        REQUIRE(created.value()->replaceContent(edit.after));
    }
    const QString docx = dir.filePath(QStringLiteral("report.docx"));
    REQUIRE(test::runCli({QStringLiteral("diff"), document + QStringLiteral("@sent"), document,
                          QStringLiteral("-o"), docx, QStringLiteral("--lang"),
                          QStringLiteral("kk")}) == 0);
    const test::DocxContent content = test::readDocx(docx);
    const QString all = content.paragraphs.join(QLatin1Char('\n'));
    test::requireInOrder(all, {QStringLiteral("Кәсіптік стандарттағы өзгерістер туралы есеп"),
                               QStringLiteral("sent"),
                               QStringLiteral("Өзгеріс маңызды (Қағидалардың 17-тармағы)."),
                               // The knowledge of the first skill, then the skill added after it.
                               QStringLiteral("Требования к цифровым системам диспетчеризации"),
                               QStringLiteral("Ауысым журналын жүргізу")});

    const QString pdf = dir.filePath(QStringLiteral("report.pdf"));
    QString output;
    REQUIRE(test::runCli({QStringLiteral("diff"), document + QStringLiteral("@sent"), document,
                          QStringLiteral("-o"), pdf},
                         &output) == 0);
    CHECK(output.contains(QStringLiteral("3 change(s)")));
    test::requireInOrder(test::pdfText(pdf, 0, 0, /*textAreaOnly=*/false),
                         {QStringLiteral("Отчет об изменениях"),
                          QStringLiteral("Изменение значимое"),
                          QStringLiteral("Ведение журнала смены")});

    QString errors;
    CHECK(test::runCli({QStringLiteral("diff"), document + QStringLiteral("@sent"), document,
                        QStringLiteral("-o"), dir.filePath(QStringLiteral("report.txt"))},
                       nullptr, &errors) == 2);
    CHECK(errors.contains(QStringLiteral("report.txt")));
}
