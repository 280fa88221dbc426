#include "core/format/docxstandardreader.h"
#include "core/import/approvalheader.h"
#include "core/import/labelvariants.h"
#include "core/model/schema.h"
#include "core/ooxml/worddocumentreader.h"
#include "testsupport.h"

#include <catch2/catch.hpp>

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>

using namespace kasibi;

namespace {

QString realStandard(const QString& name) {
    return kasibi::test::sharedPath(QStringLiteral("real-standards/") + name);
}

QJsonObject expected() {
    static const QJsonObject all =
        QJsonDocument::fromJson(
            kasibi::test::readBytes(realStandard(QStringLiteral("expected.json"))))
            .object();
    return all;
}

RecognizedStandard imported(const QString& name) {
    Result<RecognizedStandard> read = DocxStandardReader().readWithReport(realStandard(name));
    INFO((read ? QString() : read.error().toString()).toStdString());
    REQUIRE(read.ok());
    return read.value();
}

// Names compared as a reader would: case, spacing and punctuation aside.
QString comparable(const QString& text) {
    return text.toLower()
        .remove(QRegularExpression(QStringLiteral("[^\\w]+"),
                                   QRegularExpression::UseUnicodePropertiesOption))
        .remove(QLatin1Char('_'));
}

QString ru(const DocumentTree& tree, const QString& id, const QString& field) {
    return tree.value(id, field, QStringLiteral("ru"));
}

// Words as a reader counts them: runs of letters, and numbers of three digits or more (list
// numbers are renumbered by the layout, not text).
QSet<QString> wordsOf(const QString& text) {
    QSet<QString> words;
    static const QRegularExpression word(QStringLiteral("\\p{L}+|\\d{3,}"),
                                         QRegularExpression::UseUnicodePropertiesOption);
    auto it = word.globalMatch(text.toLower());
    while (it.hasNext())
        words.insert(it.next().captured(0));
    return words;
}

void collect(const std::vector<WordBlock>& blocks, QString& text) {
    for (const WordBlock& block : blocks) {
        if (!block.isTable()) {
            text += block.paragraph.text + QLatin1Char('\n');
            continue;
        }
        for (const WordRow& row : block.table->rows)
            for (const WordCell& cell : row.cells)
                collect(cell.blocks, text);
    }
}

const QStringList& files() {
    static const QStringList names = [] {
        QStringList list = expected().keys();
        list.sort();
        return list;
    }();
    return names;
}

} // namespace

TEST_CASE("Every real standard imports with its cards, functions and skills as counted by hand",
          "[import][real]") {
    REQUIRE(files().size() == 10);
    for (const QString& file : files()) {
        INFO(file.toStdString());
        const QJsonObject answer = expected().value(file).toObject();
        const RecognizedStandard read = imported(file);
        CHECK(read.language == QStringLiteral("ru"));
        const DocumentTree& tree = read.tree;
        const QString standard = tree.standardId();
        const QStringList cards = tree.children(standard, QStringLiteral("professionCards"));
        const QJsonArray expectedCards = answer.value(QStringLiteral("cards")).toArray();
        REQUIRE(cards.size() == expectedCards.size());
        int abilities = 0, knowledge = 0;
        for (int c = 0; c < cards.size(); ++c) {
            INFO("card " << c + 1);
            const QJsonObject card = expectedCards[c].toObject();
            CHECK(comparable(ru(tree, cards[c], QStringLiteral("name"))) ==
                  comparable(card.value(QStringLiteral("profession")).toString()));
            CHECK(tree.value(cards[c], QStringLiteral("orkLevel")) ==
                  card.value(QStringLiteral("ork")).toString());
            const QStringList functions = tree.children(cards[c], QStringLiteral("laborFunctions"));
            const QJsonArray expectedFunctions =
                card.value(QStringLiteral("labourFunctions")).toArray();
            REQUIRE(functions.size() == expectedFunctions.size());
            for (int f = 0; f < functions.size(); ++f) {
                INFO("labour function " << f + 1);
                const QJsonObject function = expectedFunctions[f].toObject();
                CHECK(comparable(ru(tree, functions[f], QStringLiteral("name"))) ==
                      comparable(function.value(QStringLiteral("name")).toString()));
                const QString kind = function.value(QStringLiteral("kind")).toString();
                CHECK(tree.value(functions[f], QStringLiteral("kind")) ==
                      (kind.isEmpty() ? QStringLiteral("mandatory") : kind));
                const QStringList skills = tree.children(functions[f], QStringLiteral("skills"));
                const QJsonArray expectedSkills =
                    function.value(QStringLiteral("skills")).toArray();
                REQUIRE(skills.size() == expectedSkills.size());
                for (int s = 0; s < skills.size(); ++s) {
                    const QJsonObject skill = expectedSkills[s].toObject();
                    CHECK(comparable(ru(tree, skills[s], QStringLiteral("name"))) ==
                          comparable(skill.value(QStringLiteral("name")).toString()));
                    abilities += tree.children(skills[s], QStringLiteral("abilities")).size();
                    knowledge += tree.children(skills[s], QStringLiteral("knowledge")).size();
                }
            }
        }
        const QJsonObject totals = answer.value(QStringLiteral("totals")).toObject();
        const double expectedAbilities = totals.value(QStringLiteral("abilities")).toDouble();
        const double expectedKnowledge = totals.value(QStringLiteral("knowledge")).toDouble();
        CHECK(std::abs(abilities - expectedAbilities) <= 0.02 * expectedAbilities);
        CHECK(std::abs(knowledge - expectedKnowledge) <= 0.02 * expectedKnowledge);
    }
}

TEST_CASE("The Russian text of each card field lands in that field", "[import][real]") {
    const RecognizedStandard graphics = imported(QStringLiteral("kind2-13.docx"));
    const DocumentTree& tree = graphics.tree;
    const QString standard = tree.standardId();
    CHECK(ru(tree, standard, QStringLiteral("passport/name")) ==
          QStringLiteral("Администрирование графических и операционных систем"));
    CHECK(tree.value(standard, QStringLiteral("passport/oked/section/code")) ==
          QStringLiteral("J"));
    CHECK(tree.value(standard, QStringLiteral("passport/oked/division/code")) ==
          QStringLiteral("62"));
    const QString card = tree.children(standard, QStringLiteral("professionCards")).first();
    CHECK(tree.value(card, QStringLiteral("nkzOccupationCode")) == QStringLiteral("2523-0-001"));
    CHECK(tree.value(card, QStringLiteral("nkzGroupCode")) == QStringLiteral("2523"));
    CHECK(ru(tree, card, QStringLiteral("mainPurpose")) ==
          QStringLiteral("Проведение конфигурирования и поддержки графических систем"));
    const QStringList related = tree.children(card, QStringLiteral("relatedProfessions"));
    REQUIRE(related.size() == 1);
    CHECK(ru(tree, related[0], QStringLiteral("name")) ==
          QStringLiteral("Администратор операционных систем"));
    CHECK(tree.value(related[0], QStringLiteral("orkLevel")) == QStringLiteral("5"));
    const QStringList function = tree.children(card, QStringLiteral("laborFunctions"));
    const QString skill = tree.children(function[0], QStringLiteral("skills")).first();
    CHECK(ru(tree, tree.children(skill, QStringLiteral("knowledge")).first(),
             Schema::TextItemField) ==
          QStringLiteral("Методы управления в ГС аппаратно-программными комплексами."));
    const QStringList education = tree.children(card, QStringLiteral("education"));
    REQUIRE(education.size() == 1);
    CHECK(ru(tree, education[0], QStringLiteral("specialty"))
              .startsWith(QStringLiteral("1304000 Вычислительная техника")));

    const RecognizedStandard databases = imported(QStringLiteral("default-1.docx"));
    const DocumentTree& old = databases.tree;
    const QString first = old.children(old.standardId(), QStringLiteral("professionCards")).first();
    CHECK(ru(old, first, QStringLiteral("name")) == QStringLiteral("Администратор баз данных"));
    CHECK(old.value(first, QStringLiteral("nkzGroupCode")) == QStringLiteral("2139"));
    const QStringList competencies = old.children(first, QStringLiteral("personalCompetencies"));
    REQUIRE(competencies.size() == 1);
    CHECK(ru(old, competencies[0], Schema::TextItemField)
              .startsWith(QStringLiteral("Организованность, инициативность, внимательность")));
    CHECK(ru(old, old.standardId(), QStringLiteral("generalProvisions/scope"))
              .startsWith(QStringLiteral("Профессиональный стандарт «Администрирование баз "
                                         "данных» предназначен")));
    const QStringList terms =
        old.children(old.standardId(), QStringLiteral("generalProvisions/terms"));
    REQUIRE(terms.size() == 10);
    CHECK(ru(old, terms[0], QStringLiteral("term")) == QStringLiteral("квалификация"));
    CHECK(
        old.children(old.standardId(), QStringLiteral("generalProvisions/abbreviations")).size() ==
        9);
}

TEST_CASE("The approving order is read from the header of every real standard", "[import][real]") {
    for (const QString& file : files()) {
        INFO(file.toStdString());
        const DocumentTree tree = imported(file).tree;
        const QString standard = tree.standardId();
        CHECK(ru(tree, standard, QStringLiteral("approval/issuer"))
                  .endsWith(QStringLiteral("Национальной палаты предпринимателей Республики "
                                           "Казахстан «Атамекен»")));
        CHECK_FALSE(tree.value(standard, QStringLiteral("approval/orderNumber")).isEmpty());
        CHECK_FALSE(tree.value(standard, QStringLiteral("approval/orderDate")).isEmpty());
        CHECK_FALSE(tree.value(standard, QStringLiteral("approval/appendixNumber")).isEmpty());
    }
    const DocumentTree tree = imported(QStringLiteral("kind2-47.docx")).tree;
    CHECK(tree.value(tree.standardId(), QStringLiteral("approval/orderNumber")) ==
          QStringLiteral("259"));
    CHECK(tree.value(tree.standardId(), QStringLiteral("approval/orderDate")) ==
          QStringLiteral("2019-12-24"));
    CHECK(tree.value(tree.standardId(), QStringLiteral("approval/appendixNumber")) ==
          QStringLiteral("47"));
}

TEST_CASE("No word of a real standard is lost: each is in the imported document",
          "[import][real]") {
    // Labels and the approval formula are structure: the document holds what they announce.
    QSet<QString> structure;
    for (const QString& word : LabelVariants::words())
        structure.unite(wordsOf(word));
    for (const QString& word : ApprovalHeader::formulaWords())
        structure.unite(wordsOf(word));
    for (const QString& file : files()) {
        INFO(file.toStdString());
        Result<WordDocument> source = WordDocumentReader().read(realStandard(file));
        REQUIRE(source.ok());
        QString sourceText;
        collect(source.value().body, sourceText);
        const DocumentTree tree = imported(file).tree;
        QString resultText;
        for (const Node& node : tree.nodes)
            for (auto it = node.values.constBegin(); it != node.values.constEnd(); ++it)
                resultText += it.value() + QLatin1Char(' ');
        resultText.replace(QRegularExpression(QStringLiteral("(\\d{4})-(\\d{2})-(\\d{2})")),
                           QStringLiteral("\\1 \\2 \\3"));
        const QSet<QString> found = wordsOf(resultText);
        QStringList missing;
        for (const QString& word : wordsOf(sourceText))
            if (!found.contains(word) && !structure.contains(word)) missing << word;
        INFO(missing.join(QStringLiteral(", ")).toStdString());
        CHECK(missing.isEmpty());
    }
}

TEST_CASE("A Kazakh standard in the pre-2023 template imports with its Kazakh texts in place",
          "[import][kk]") {
    // No real Kazakh standard is at hand: a generator writes one as the Kazakh published
    // standards word it, in the table layout of the Russian real files, and says what is in it.
    QTemporaryDir dir;
    const QString docx = dir.filePath(QStringLiteral("kk-legacy.docx"));
    QProcess generator;
    generator.start(
        QStringLiteral("/usr/bin/python3"),
        {kasibi::test::sourcePath(QStringLiteral("tests/data/make-kazakh-legacy-standard.py")),
         docx});
    REQUIRE(generator.waitForFinished(60000));
    INFO(generator.readAllStandardError().toStdString());
    REQUIRE(generator.exitCode() == 0);
    const QString output = QString::fromUtf8(generator.readAllStandardOutput());
    const QJsonObject expect = QJsonDocument::fromJson(output.toUtf8()).object();
    REQUIRE(!expect.isEmpty());
    const QString kk = QStringLiteral("kk");

    Result<RecognizedStandard> read = DocxStandardReader().readWithReport(docx);
    INFO((read ? QString() : read.error().toString()).toStdString());
    REQUIRE(read.ok());
    const RecognizedStandard& recognized = read.value();
    CHECK(recognized.language == kk);
    const DocumentTree& tree = recognized.tree;
    const QString standard = tree.standardId();
    // Every text of the source has its place: nothing went to "Unplaced text".
    for (const ImportNote& note : recognized.report.notes) {
        INFO(note.message.toStdString());
        CHECK(note.kind != ImportNote::Kind::Unplaced);
    }

    const QJsonObject approval = expect.value(QStringLiteral("approval")).toObject();
    CHECK(tree.value(standard, Field::ApprovalIssuer, kk) ==
          approval.value(QStringLiteral("issuer")).toString());
    for (const QString& field :
         {Field::ApprovalOrderNumber, Field::ApprovalOrderDate, Field::ApprovalAppendixNumber})
        CHECK(tree.value(standard, field) ==
              approval.value(field.section(QLatin1Char('/'), 1)).toString());
    CHECK(tree.value(standard, Field::StandardName, kk) ==
          expect.value(QStringLiteral("name")).toString());
    CHECK(tree.value(standard, Field::StandardName, QStringLiteral("ru")).isEmpty());

    const QJsonArray cards = expect.value(QStringLiteral("cards")).toArray();
    const QStringList cardIds = tree.children(standard, Role::ProfessionCards);
    REQUIRE(cardIds.size() == cards.size());
    for (int c = 0; c < cards.size(); ++c) {
        const QJsonObject card = cards[c].toObject();
        const QString& id = cardIds[c];
        INFO(card.value(QStringLiteral("name")).toString().toStdString());
        CHECK(tree.value(id, Field::Name, kk) == card.value(QStringLiteral("name")).toString());
        CHECK(tree.value(id, Field::Name, QStringLiteral("ru")).isEmpty());
        CHECK(tree.value(id, Field::NkzOccupationCode) ==
              card.value(QStringLiteral("code")).toString());
        CHECK(tree.value(id, Field::NkzGroupCode) ==
              card.value(QStringLiteral("group")).toString());
        CHECK(tree.value(id, Field::OrkLevel) == card.value(QStringLiteral("ork")).toString());
        CHECK(tree.value(id, Field::MainPurpose, kk) ==
              card.value(QStringLiteral("purpose")).toString());
        const QJsonArray functions = card.value(QStringLiteral("functions")).toArray();
        const QStringList functionIds = tree.children(id, Role::LaborFunctions);
        REQUIRE(functionIds.size() == functions.size());
        for (int f = 0; f < functions.size(); ++f) {
            const QJsonObject function = functions[f].toObject();
            CHECK(tree.value(functionIds[f], Field::Kind) ==
                  function.value(QStringLiteral("kind")).toString());
            CHECK(tree.value(functionIds[f], Field::Name, kk) ==
                  function.value(QStringLiteral("name")).toString());
            const QJsonArray skills = function.value(QStringLiteral("skills")).toArray();
            const QStringList skillIds = tree.children(functionIds[f], Role::Skills);
            REQUIRE(skillIds.size() == skills.size());
            for (int s = 0; s < skills.size(); ++s) {
                const QJsonObject skill = skills[s].toObject();
                CHECK(tree.value(skillIds[s], Field::Name, kk) ==
                      skill.value(QStringLiteral("name")).toString());
                const QStringList abilities = tree.children(skillIds[s], Role::Abilities);
                CHECK(abilities.size() == skill.value(QStringLiteral("abilities")).toInt());
                CHECK(tree.children(skillIds[s], Role::Knowledge).size() ==
                      skill.value(QStringLiteral("knowledge")).toInt());
                REQUIRE(!abilities.isEmpty());
                CHECK(tree.value(abilities[0], Schema::TextItemField, kk) ==
                      skill.value(QStringLiteral("firstAbility")).toString());
                CHECK(tree.value(abilities[0], Schema::TextItemField, QStringLiteral("ru"))
                          .isEmpty());
            }
        }
    }
}
