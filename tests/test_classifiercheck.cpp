#include "core/classifier/classifiercheck.h"
#include "core/classifier/classifierstore.h"
#include "testsupport.h"

#include <catch2/catch.hpp>

#include <QTemporaryDir>

using namespace kasibi;
using kasibi::test::sourcePath;

namespace {

struct Fixture {
    QTemporaryDir dir;
    std::unique_ptr<ClassifierStore> store;
    DocumentTree tree = kasibi::test::sampleTree();

    explicit Fixture(bool loadEditions = true) {
        Result<std::unique_ptr<ClassifierStore>> opened =
            ClassifierStore::open(dir.filePath(QStringLiteral("c.sqlite")));
        REQUIRE(opened.ok());
        store = std::move(opened.value());
        if (!loadEditions) return;
        for (const auto& [classifier, file] :
             {std::pair{Classifier::Oked, QStringLiteral("oked-sample-utf8.csv")},
              std::pair{Classifier::Nkz, QStringLiteral("nkz-sample-utf8.csv")}}) {
            Result<ClassifierEdition> loaded =
                store->loadFile(classifier, sourcePath(QStringLiteral("tests/data/") + file),
                                QStringLiteral("sample"), ClassifierStore::IfLoaded::Refuse);
            REQUIRE(loaded.ok());
        }
    }

    QVector<ClassifierCheck::Outcome> check() const { return ClassifierCheck(*store).check(tree); }
    QString card(int index) const {
        return tree.children(tree.standardId(), QStringLiteral("professionCards")).at(index);
    }
    void set(const QString& id, const QString& field, const QString& language,
             const QString& value) {
        tree.setValue(id, Node::valueKey(field, language), value);
    }
};

QString describe(const QVector<ClassifierCheck::Outcome>& outcomes) {
    QStringList lines;
    for (const auto& outcome : outcomes)
        lines << outcome.finding.criterion + QLatin1Char(' ') + outcome.finding.path +
                     QStringLiteral(": ") + outcome.finding.message.en;
    return lines.join(QLatin1Char('\n'));
}

} // namespace

TEST_CASE("The sample standard agrees with the sample editions", "[classifier]") {
    Fixture fixture;
    const auto outcomes = fixture.check();
    INFO(describe(outcomes).toStdString());
    CHECK(outcomes.isEmpty());
}

TEST_CASE("A wrong NKZ name is found and fixed with the edition's wording", "[classifier]") {
    Fixture fixture;
    const QString card = fixture.card(0);
    fixture.set(card, QStringLiteral("name"), QStringLiteral("ru"),
                QStringLiteral("Машинист  экскаватора ЭКГ"));
    const auto outcomes = fixture.check();
    INFO(describe(outcomes).toStdString());
    REQUIRE(outcomes.size() == 1);
    const ClassifierCheck::Outcome& outcome = outcomes.first();
    CHECK(outcome.finding.criterion == QStringLiteral("2.3"));
    CHECK(outcome.finding.severity == Severity::Warning);
    CHECK(outcome.finding.elementId == card);
    CHECK(outcome.finding.field == QStringLiteral("name"));
    CHECK(outcome.finding.language == QStringLiteral("ru"));
    CHECK(outcome.finding.path == QStringLiteral("/standard/professionCards/0/name"));
    CHECK(outcome.finding.message.ru.contains(QStringLiteral("«Машинист экскаватора»")));
    REQUIRE(outcome.fix.has_value());
    CHECK(outcome.fix->elementId == card);
    CHECK(outcome.fix->field == QStringLiteral("name"));
    CHECK(outcome.fix->language == QStringLiteral("ru"));
    CHECK(outcome.fix->value == QStringLiteral("Машинист экскаватора"));

    // Applying the fix clears the finding.
    fixture.set(outcome.fix->elementId, outcome.fix->field, outcome.fix->language,
                outcome.fix->value);
    CHECK(fixture.check().isEmpty());
}

TEST_CASE("Unknown NKZ codes are errors of 2.1 and 2.2", "[classifier]") {
    Fixture fixture;
    const QString card = fixture.card(1);
    fixture.set(card, QStringLiteral("nkzOccupationCode"), {}, QStringLiteral("8111-1-999"));
    fixture.set(card, QStringLiteral("nkzGroupCode"), {}, QStringLiteral("8119"));
    const auto outcomes = fixture.check();
    INFO(describe(outcomes).toStdString());
    REQUIRE(outcomes.size() == 2);
    CHECK(outcomes[0].finding.criterion == QStringLiteral("2.2"));
    CHECK(outcomes[0].finding.field == QStringLiteral("nkzGroupCode"));
    CHECK(outcomes[0].finding.severity == Severity::Error);
    CHECK(outcomes[1].finding.criterion == QStringLiteral("2.1"));
    CHECK(outcomes[1].finding.field == QStringLiteral("nkzOccupationCode"));
    CHECK(outcomes[1].finding.severity == Severity::Error);
    CHECK(outcomes[1].finding.message.ru.contains(QStringLiteral("«8111-1-999»")));
    CHECK_FALSE(outcomes[1].fix.has_value());
}

TEST_CASE("OKED: an unknown subclass is an error, a reworded name a warning with its fix",
          "[classifier]") {
    Fixture fixture;
    const QString standard = fixture.tree.standardId();
    fixture.set(standard, QStringLiteral("passport/oked/subclass/code"), {},
                QStringLiteral("07.10.9"));
    fixture.set(standard, QStringLiteral("passport/oked/division/name"), QStringLiteral("kk"),
                QStringLiteral("Металл кенін өндіру"));
    const auto outcomes = fixture.check();
    INFO(describe(outcomes).toStdString());
    REQUIRE(outcomes.size() == 2);
    CHECK(outcomes[0].finding.criterion == QStringLiteral("1.3"));
    CHECK(outcomes[0].finding.severity == Severity::Warning);
    CHECK(outcomes[0].finding.field == QStringLiteral("passport/oked/division/name"));
    CHECK(outcomes[0].finding.language == QStringLiteral("kk"));
    REQUIRE(outcomes[0].fix.has_value());
    CHECK(outcomes[0].fix->value == QStringLiteral("Металл кендерін өндіру"));
    CHECK(outcomes[1].finding.criterion == QStringLiteral("1.3"));
    CHECK(outcomes[1].finding.severity == Severity::Error);
    CHECK(outcomes[1].finding.path == QStringLiteral("/standard/passport/oked/subclass/code"));
}

TEST_CASE("Where the edition does not reach a level, one warning and never an error",
          "[classifier]") {
    Fixture fixture(false); // the built-in editions only: sections and divisions, major groups
    auto outcomes = fixture.check();
    INFO(describe(outcomes).toStdString());
    REQUIRE(outcomes.size() == 2);
    for (const auto& outcome : outcomes)
        CHECK(outcome.finding.severity == Severity::Warning);
    CHECK(outcomes[0].finding.criterion == QStringLiteral("1.3"));
    CHECK(outcomes[0].finding.field == QStringLiteral("passport/oked/group/code"));
    CHECK(
        outcomes[0].finding.message.en.contains(QStringLiteral("does not reach the group level")));
    // The built-in edition is named in each message's own language.
    CHECK(outcomes[0].finding.message.ru.contains(
        QStringLiteral("Редакция ОКЭД «встроенная в Kasibi (секции и разделы)»")));
    CHECK(outcomes[0].finding.message.kk.contains(
        QStringLiteral("ЭҚЖЖ «Kasibi-ге кірістірілген (секциялар мен бөлімдер)» редакциясы")));
    CHECK(outcomes[0].finding.message.en.contains(
        QStringLiteral("The OKED edition \"Kasibi built-in (sections and divisions)\"")));
    CHECK(outcomes[1].finding.criterion == QStringLiteral("2.2"));
    CHECK(outcomes[1].finding.field == QStringLiteral("nkzGroupCode"));

    // Names are not judged against the built-in wording (see resources/classifiers/README.md).
    fixture.set(fixture.tree.standardId(), QStringLiteral("passport/oked/section/name"),
                QStringLiteral("ru"), QStringLiteral("Горнодобывающая промышленность"));
    outcomes = fixture.check();
    CHECK(outcomes.size() == 2);
}

TEST_CASE("Related professions: an unknown NKZ code is an error of 2.12, a reworded name a "
          "warning with its fix",
          "[classifier]") {
    Fixture fixture;
    const QStringList related =
        fixture.tree.children(fixture.card(0), QStringLiteral("relatedProfessions"));
    REQUIRE(related.size() >= 2);
    fixture.set(related[0], QStringLiteral("name"), QStringLiteral("kk"),
                QStringLiteral("Экскаватор машинисінің көмекшісі (ЭКГ)"));
    fixture.set(related[1], QStringLiteral("nkzOccupationCode"), {}, QStringLiteral("3121-1-099"));
    const auto outcomes = fixture.check();
    INFO(describe(outcomes).toStdString());
    REQUIRE(outcomes.size() == 2);
    CHECK(outcomes[0].finding.criterion == QStringLiteral("2.12"));
    CHECK(outcomes[0].finding.severity == Severity::Warning);
    CHECK(outcomes[0].finding.path ==
          QStringLiteral("/standard/professionCards/0/relatedProfessions/0/name"));
    REQUIRE(outcomes[0].fix.has_value());
    CHECK(outcomes[0].fix->elementId == related[0]);
    CHECK(outcomes[0].fix->field == QStringLiteral("name"));
    CHECK(outcomes[0].fix->language == QStringLiteral("kk"));
    CHECK(outcomes[0].fix->value == QStringLiteral("Экскаватор машинисінің көмекшісі"));
    CHECK(outcomes[1].finding.criterion == QStringLiteral("2.12"));
    CHECK(outcomes[1].finding.severity == Severity::Error);
    CHECK(outcomes[1].finding.elementId == related[1]);
    CHECK(outcomes[1].finding.path ==
          QStringLiteral("/standard/professionCards/0/relatedProfessions/1/nkzOccupationCode"));
    CHECK_FALSE(outcomes[1].fix.has_value());
}
