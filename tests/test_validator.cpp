#include "core/model/schema.h"
#include "core/validation/conclusiondraft.h"
#include "core/validation/criterion.h"
#include "core/validation/validator.h"
#include "standardgenerator.h"
#include "testsupport.h"

#include <catch2/catch.hpp>

#include <QSet>

#include <algorithm>
#include <limits>

using namespace kasibi;

namespace {

const QDate kToday(2026, 11, 25);

Findings validate(const DocumentTree& tree) {
    return Validator().validate(tree, kToday);
}

std::string describe(const Findings& findings) {
    QStringList lines;
    for (const Finding& f : findings)
        lines << QStringLiteral("%1 %2 %3 (%4): %5")
                     .arg(severityName(f.severity), f.criterion, f.path, f.language, f.message.en);
    return lines.join(QLatin1Char('\n')).toStdString();
}

// The finding of `criterion` at `path`, or null.
const Finding* findingAt(const Findings& findings, const QString& criterion, const QString& path) {
    for (const Finding& f : findings)
        if (f.criterion == criterion && f.path == path) return &f;
    return nullptr;
}

// The one thing broken shows as `criterion` at `path` on `elementId`, and nothing else is an
// error. Every finding speaks the three languages. Returns a copy: callers pass the findings of
// validate() as a temporary, which is gone by the time they read what is returned.
Finding requireOnly(const Findings& findings, const QString& criterion, const QString& path,
                    const QString& elementId, Severity severity = Severity::Error) {
    INFO(describe(findings));
    const Finding* finding = findingAt(findings, criterion, path);
    REQUIRE(finding);
    CHECK(finding->severity == severity);
    CHECK(finding->elementId == elementId);
    for (const Finding& f : findings) {
        if (f.severity == Severity::Error) CHECK(f.criterion == criterion);
        CHECK_FALSE(f.message.ru.isEmpty());
        CHECK_FALSE(f.message.kk.isEmpty());
        CHECK_FALSE(f.message.en.isEmpty());
        CHECK(f.message.ru != f.message.en);
        CHECK(f.message.kk != f.message.ru);
        CHECK(f.path == f.path.trimmed());
    }
    return *finding;
}

void removeText(DocumentTree& tree, const QString& id, const QString& field) {
    for (const QString& language : Schema::languages())
        tree.removeValue(id, Node::valueKey(field, language));
}

void removeChildren(DocumentTree& tree, const QString& id, const QString& role) {
    for (const QString& child : tree.children(id, role))
        tree.removeSubtree(child);
}

struct Sample {
    DocumentTree tree = test::sampleTree();
    QString standard = tree.standardId();

    QString card(int i) const {
        return tree.children(standard, QStringLiteral("professionCards"))[i];
    }
    QString function(int c, int f) const {
        return tree.children(card(c), QStringLiteral("laborFunctions"))[f];
    }
    QString skill(int c, int f, int s) const {
        return tree.children(function(c, f), QStringLiteral("skills"))[s];
    }
    QString stateBody() const {
        return tree.children(standard, QStringLiteral("technicalData/stateBody"))[0];
    }
    QString developer(int i) const {
        return tree.children(standard, QStringLiteral("technicalData/developers"))[i];
    }
    void set(const QString& id, const QString& field, const QString& value) {
        tree.setValue(id, field, value);
    }
};

} // namespace

TEST_CASE("Criterion lists the 24 numbered lines of the Appendix 3 form in order", "[validator]") {
    // The form prints 24 numbered criteria under three group headings; the glossary's second
    // "1.2" is "1.2a".
    const QVector<Criterion>& all = Criterion::all();
    QStringList numbers;
    for (const Criterion& c : all)
        numbers << c.number;
    CHECK(numbers == QStringList{"1.1",  "1.2",  "1.2a", "1.3", "1.4", "1.5", "1.6", "2.1",
                                 "2.2",  "2.3",  "2.4",  "2.5", "2.6", "2.7", "2.8", "2.9",
                                 "2.10", "2.11", "2.12", "3.1", "3.2", "3.3", "3.4", "3.5"});
    REQUIRE(all.size() == 24);
    for (const Criterion& c : all) {
        CHECK(c.group == c.number.left(1).toInt());
        CHECK_FALSE(c.title.ru.isEmpty());
        CHECK_FALSE(c.title.kk.isEmpty());
        CHECK_FALSE(c.title.en.isEmpty());
        CHECK(Criterion::find(c.number) == &c);
    }
    CHECK(Criterion::find(QStringLiteral("1.2a"))->title.ru == QStringLiteral("Наличие глоссария"));
    CHECK(Criterion::find(QStringLiteral("2.10"))->title.in(QStringLiteral("en")) ==
          QStringLiteral("The list and description of labour functions are given"));
    CHECK(Criterion::find(QStringLiteral("4.1")) == nullptr);
    for (int group = 1; group <= 3; ++group)
        for (const char* language : {"ru", "kk", "en"})
            CHECK_FALSE(Criterion::groupTitle(group, QLatin1String(language)).isEmpty());
}

TEST_CASE("The sample standard validates clean", "[validator]") {
    const Findings findings = validate(test::sampleTree());
    INFO(describe(findings));
    CHECK(findings.isEmpty());
}

TEST_CASE("An empty new standard fails the criteria of its main part and technical data",
          "[validator]") {
    const Findings findings = validate(DocumentTree::newStandard());
    QSet<QString> errors;
    QSet<QString> warnings;
    QSet<QString> information;
    for (const Finding& f : findings)
        (f.severity == Severity::Error     ? errors
         : f.severity == Severity::Warning ? warnings
                                           : information)
            << f.criterion;
    INFO(describe(findings));
    CHECK(errors == QSet<QString>{"1.1", "1.2", "1.2a", "1.3", "1.4", "1.5", "3.1", "3.4", "3.5"});
    // The sectoral council's protocol is not due before the National body's conclusion.
    CHECK(warnings == QSet<QString>{"3.3"});
    // The serial number is the platform's to assign.
    CHECK(information == QSet<QString>{"1.3"});
}

TEST_CASE("Each criterion broken on its own is reported at its field", "[validator]") {
    Sample s;
    const QString standard = s.standard;

    SECTION("1.1 name") {
        removeText(s.tree, standard, QStringLiteral("passport/name"));
        const Finding& f =
            requireOnly(validate(s.tree), "1.1", "/standard/passport/name", standard);
        CHECK(f.field == QStringLiteral("passport/name"));
        CHECK(f.language.isEmpty());
        CHECK(f.message.ru.startsWith(QStringLiteral("Укажите")));
        CHECK(f.message.kk.endsWith(QStringLiteral("көрсетіңіз")));
        CHECK(f.message.en.startsWith(QStringLiteral("Enter")));
    }
    SECTION("1.2 scope") {
        removeText(s.tree, standard, QStringLiteral("generalProvisions/scope"));
        requireOnly(validate(s.tree), "1.2", "/standard/generalProvisions/scope", standard);
    }
    SECTION("1.2a glossary: no terms") {
        removeChildren(s.tree, standard, QStringLiteral("generalProvisions/terms"));
        const Finding& f =
            requireOnly(validate(s.tree), "1.2a", "/standard/generalProvisions/terms", standard);
        CHECK(f.field == QStringLiteral("generalProvisions/terms"));
    }
    SECTION("1.2a glossary: a term without its definition") {
        const QString term =
            s.tree.children(standard, QStringLiteral("generalProvisions/terms"))[2];
        removeText(s.tree, term, QStringLiteral("definition"));
        requireOnly(validate(s.tree), "1.2a", "/standard/generalProvisions/terms/2/definition",
                    term);
    }
    SECTION("1.3 OKED: a level missing") {
        s.tree.removeValue(standard, QStringLiteral("passport/oked/group/code"));
        requireOnly(validate(s.tree), "1.3", "/standard/passport/oked/group/code", standard);
    }
    SECTION("1.3 OKED: a level's name missing") {
        removeText(s.tree, standard, QStringLiteral("passport/oked/division/name"));
        requireOnly(validate(s.tree), "1.3", "/standard/passport/oked/division/name", standard);
    }
    SECTION("1.3 OKED: the subclass outside its class") {
        s.set(standard, QStringLiteral("passport/oked/subclass/code"), QStringLiteral("07.20.2"));
        requireOnly(validate(s.tree), "1.3", "/standard/passport/oked/subclass/code", standard);
    }
    SECTION("1.3 OKED: the class outside its group") {
        s.set(standard, QStringLiteral("passport/oked/class/code"), QStringLiteral("07.21"));
        const Findings findings = validate(s.tree);
        requireOnly(findings, "1.3", "/standard/passport/oked/class/code", standard);
        // The subclass 07.10.2 now lies outside the class 07.21 too.
        CHECK(findingAt(findings, "1.3", "/standard/passport/oked/subclass/code"));
    }
    SECTION("1.3 OKED: the group outside its division") {
        s.set(standard, QStringLiteral("passport/oked/division/code"), QStringLiteral("08"));
        requireOnly(validate(s.tree), "1.3", "/standard/passport/oked/group/code", standard);
    }
    SECTION("1.3 OKED: the division outside its section") {
        s.set(standard, QStringLiteral("passport/oked/section/code"), QStringLiteral("C"));
        const Finding& f =
            requireOnly(validate(s.tree), "1.3", "/standard/passport/oked/division/code", standard);
        CHECK(f.message.ru.contains(QStringLiteral("«07»")));
        CHECK(f.message.ru.contains(QStringLiteral("«C»")));
    }
    SECTION("1.3 OKED: a malformed code") {
        s.set(standard, QStringLiteral("passport/oked/class/code"), QStringLiteral("7.10"));
        const Findings findings = validate(s.tree);
        requireOnly(findings, "1.3", "/standard/passport/oked/class/code", standard);
        CHECK(Validator::errorCount(findings) == 1);
    }
    SECTION("1.3 OKED: the serial number of the code") {
        s.set(standard, QStringLiteral("passport/serialNumber"), QStringLiteral("12"));
        requireOnly(validate(s.tree), "1.3", "/standard/passport/serialNumber", standard);
    }
    SECTION("1.3 a draft's serial number is left to the platform: information, not an error") {
        s.tree.removeValue(standard, QStringLiteral("passport/serialNumber"));
        const Findings findings = validate(s.tree);
        const Finding& f = requireOnly(findings, "1.3", "/standard/passport/serialNumber", standard,
                                       Severity::Info);
        CHECK(f.message.ru.contains(QStringLiteral("цифровой платформе")));
        CHECK(Validator::errorCount(findings) == 0);
        CHECK(Validator::warningCount(findings) == 0);
        // The code shows what is known.
        CHECK(s.tree.standardCode() == QStringLiteral("B07102···"));
        // The drafted conclusion does not hold it against the draft.
        for (const QVector<Node>& assessment : ConclusionDraft::assessments(s.tree, findings))
            if (assessment.first().values.value(QStringLiteral("criterion")) == "1.3")
                CHECK_FALSE(assessment.first()
                                .values.value(QStringLiteral("kasibi/remark@ru"))
                                .contains(QStringLiteral("платформе")));
    }
    SECTION("1.4 short description") {
        removeText(s.tree, standard, QStringLiteral("passport/description"));
        requireOnly(validate(s.tree), "1.4", "/standard/passport/description", standard);
    }
    SECTION("1.4 an appendix without its title") {
        // Further chapters and appendices have no line of their own in the form.
        const QString appendix = s.tree.children(standard, QStringLiteral("extraSections"))[0];
        removeText(s.tree, appendix, QStringLiteral("title"));
        requireOnly(validate(s.tree), "1.4", "/standard/extraSections/0/title", appendix);
    }
    SECTION("1.5 list of cards") {
        removeChildren(s.tree, standard, QStringLiteral("professionCards"));
        const Finding& f =
            requireOnly(validate(s.tree), "1.5", "/standard/professionCards", standard);
        CHECK(f.field == QStringLiteral("professionCards"));
    }
    SECTION("1.6 cards match the list: one line of the list twice") {
        // Card 3 (a blaster, ORK level 4) renamed in Russian after card 1 (ORK level 4 as well).
        s.tree.setValue(s.card(2), QStringLiteral("name@ru"),
                        s.tree.value(s.card(0), QStringLiteral("name"), QStringLiteral("ru")));
        const Finding& f =
            requireOnly(validate(s.tree), "1.6", "/standard/professionCards/2/name", s.card(2));
        CHECK(f.language == QStringLiteral("ru"));
    }
    SECTION("2.1 NKZ occupation code missing") {
        s.tree.removeValue(s.card(1), QStringLiteral("nkzOccupationCode"));
        requireOnly(validate(s.tree), "2.1", "/standard/professionCards/1/nkzOccupationCode",
                    s.card(1));
    }
    SECTION("2.1 NKZ occupation code malformed") {
        s.set(s.card(1), QStringLiteral("nkzOccupationCode"), QStringLiteral("8111-1-09"));
        requireOnly(validate(s.tree), "2.1", "/standard/professionCards/1/nkzOccupationCode",
                    s.card(1));
    }
    SECTION("2.2 NKZ group code missing") {
        s.tree.removeValue(s.card(1), QStringLiteral("nkzGroupCode"));
        requireOnly(validate(s.tree), "2.2", "/standard/professionCards/1/nkzGroupCode", s.card(1));
    }
    SECTION("2.2 the occupation code does not begin with the group code") {
        s.set(s.card(1), QStringLiteral("nkzGroupCode"), QStringLiteral("8112"));
        requireOnly(validate(s.tree), "2.2", "/standard/professionCards/1/nkzGroupCode", s.card(1));
    }
    SECTION("2.2 NKZ group code malformed") {
        s.set(s.card(1), QStringLiteral("nkzGroupCode"), QStringLiteral("811"));
        requireOnly(validate(s.tree), "2.2", "/standard/professionCards/1/nkzGroupCode", s.card(1));
    }
    SECTION("2.3 profession name") {
        removeText(s.tree, s.card(3), QStringLiteral("name"));
        const Finding& f =
            requireOnly(validate(s.tree), "2.3", "/standard/professionCards/3/name", s.card(3));
        // The card has no name to be told by: its number stands in.
        CHECK(f.message.ru.startsWith(QStringLiteral("Карточка 4: укажите")));
    }
    SECTION("2.4 NRK level malformed") {
        s.set(s.card(0), QStringLiteral("nrkLevel"), QStringLiteral("9"));
        requireOnly(validate(s.tree), "2.4", "/standard/professionCards/0/nrkLevel", s.card(0));
    }
    SECTION("2.4 NRK level missing is a warning") {
        s.tree.removeValue(s.card(0), QStringLiteral("nrkLevel"));
        const Findings findings = validate(s.tree);
        requireOnly(findings, "2.4", "/standard/professionCards/0/nrkLevel", s.card(0),
                    Severity::Warning);
        CHECK(Validator::errorCount(findings) == 0);
    }
    SECTION("2.4 NRK level apart from the ORK level is a warning") {
        s.set(s.card(0), QStringLiteral("nrkLevel"), QStringLiteral("6"));
        const Findings findings = validate(s.tree);
        requireOnly(findings, "2.4", "/standard/professionCards/0/nrkLevel", s.card(0),
                    Severity::Warning);
        CHECK(Validator::errorCount(findings) == 0);
    }
    SECTION("2.5 education missing") {
        removeChildren(s.tree, s.card(2), QStringLiteral("education"));
        requireOnly(validate(s.tree), "2.5", "/standard/professionCards/2/education", s.card(2));
    }
    SECTION("2.5 education level missing") {
        const QString education = s.tree.children(s.card(3), QStringLiteral("education"))[1];
        removeText(s.tree, education, QStringLiteral("level"));
        requireOnly(validate(s.tree), "2.5", "/standard/professionCards/3/education/1/level",
                    education);
    }
    SECTION("2.6 non-formal and informal education") {
        removeText(s.tree, s.card(1), QStringLiteral("nonFormalEducation"));
        requireOnly(validate(s.tree), "2.6", "/standard/professionCards/1/nonFormalEducation",
                    s.card(1));
    }
    SECTION("2.7 other names: none is a warning") {
        removeChildren(s.tree, s.card(0), QStringLiteral("otherNames"));
        const Findings findings = validate(s.tree);
        const Finding& f = requireOnly(findings, "2.7", "/standard/professionCards/0/otherNames",
                                       s.card(0), Severity::Warning);
        CHECK(f.field == QStringLiteral("otherNames"));
        CHECK(Validator::errorCount(findings) == 0);
    }
    SECTION("2.7 other names: an empty line") {
        const QString item = s.tree.children(s.card(0), QStringLiteral("otherNames"))[1];
        removeText(s.tree, item, Schema::TextItemField);
        const Finding& f =
            requireOnly(validate(s.tree), "2.7", "/standard/professionCards/0/otherNames/1", item);
        CHECK(f.field == Schema::TextItemField);
    }
    SECTION("2.8 ORK level") {
        s.tree.removeValue(s.card(2), QStringLiteral("orkLevel"));
        requireOnly(validate(s.tree), "2.8", "/standard/professionCards/2/orkLevel", s.card(2));
    }
    SECTION("2.8 ORK level malformed") {
        s.set(s.card(2), QStringLiteral("orkLevel"), QStringLiteral("4,2"));
        requireOnly(validate(s.tree), "2.8", "/standard/professionCards/2/orkLevel", s.card(2));
    }
    SECTION("2.9 main purpose") {
        removeText(s.tree, s.card(3), QStringLiteral("mainPurpose"));
        requireOnly(validate(s.tree), "2.9", "/standard/professionCards/3/mainPurpose", s.card(3));
    }
    SECTION("2.10 no labour functions") {
        removeChildren(s.tree, s.card(1), QStringLiteral("laborFunctions"));
        const Finding& f = requireOnly(validate(s.tree), "2.10",
                                       "/standard/professionCards/1/laborFunctions", s.card(1));
        CHECK(f.field == QStringLiteral("laborFunctions"));
    }
    SECTION("2.10 no mandatory labour function") {
        for (const QString& function : s.tree.children(s.card(1), QStringLiteral("laborFunctions")))
            s.set(function, QStringLiteral("kind"), QStringLiteral("additional"));
        requireOnly(validate(s.tree), "2.10", "/standard/professionCards/1/laborFunctions",
                    s.card(1));
    }
    SECTION("2.10 a function without skills") {
        removeChildren(s.tree, s.function(1, 0), QStringLiteral("skills"));
        requireOnly(validate(s.tree), "2.10", "/standard/professionCards/1/laborFunctions/0/skills",
                    s.function(1, 0));
    }
    SECTION("2.10 a function with one skill is a warning") {
        s.tree.removeSubtree(s.skill(1, 0, 1));
        const Findings findings = validate(s.tree);
        requireOnly(findings, "2.10", "/standard/professionCards/1/laborFunctions/0/skills",
                    s.function(1, 0), Severity::Warning);
        CHECK(Validator::errorCount(findings) == 0);
    }
    SECTION("2.10 a skill without knowledge") {
        removeChildren(s.tree, s.skill(2, 0, 1), QStringLiteral("knowledge"));
        const Finding& f = requireOnly(
            validate(s.tree), "2.10",
            "/standard/professionCards/2/laborFunctions/0/skills/1/knowledge", s.skill(2, 0, 1));
        CHECK(f.field == QStringLiteral("knowledge"));
        CHECK(f.message.ru.startsWith(
            QStringLiteral("Карточка «Взрывник», трудовая функция 1, навык 2:")));
        CHECK(f.message.kk.startsWith(
            QStringLiteral("«Жарушы» карточкасы, 1-еңбек функциясы, 2-дағды:")));
        CHECK(f.message.en.startsWith(
            QStringLiteral("Card \"Взрывник\", labour function 1, skill 2:")));
    }
    SECTION("2.10 a skill without abilities") {
        removeChildren(s.tree, s.skill(3, 1, 0), QStringLiteral("abilities"));
        requireOnly(validate(s.tree), "2.10",
                    "/standard/professionCards/3/laborFunctions/1/skills/0/abilities",
                    s.skill(3, 1, 0));
    }
    SECTION("2.10 an empty ability") {
        const QString ability = s.tree.children(s.skill(0, 2, 1), QStringLiteral("abilities"))[0];
        removeText(s.tree, ability, Schema::TextItemField);
        requireOnly(validate(s.tree), "2.10",
                    "/standard/professionCards/0/laborFunctions/2/skills/1/abilities/0", ability);
    }
    SECTION("2.10 a skill without a name") {
        removeText(s.tree, s.skill(0, 1, 0), QStringLiteral("name"));
        requireOnly(validate(s.tree), "2.10",
                    "/standard/professionCards/0/laborFunctions/1/skills/0/name", s.skill(0, 1, 0));
    }
    SECTION("2.10 a function without a name") {
        removeText(s.tree, s.function(0, 1), QStringLiteral("name"));
        requireOnly(validate(s.tree), "2.10", "/standard/professionCards/0/laborFunctions/1/name",
                    s.function(0, 1));
    }
    SECTION("2.11 whole-task assessment comment") {
        removeText(s.tree, s.card(2), QStringLiteral("wholeTaskAssessment"));
        requireOnly(validate(s.tree), "2.11", "/standard/professionCards/2/wholeTaskAssessment",
                    s.card(2));
    }
    SECTION("2.12 links with other professions") {
        removeChildren(s.tree, s.card(3), QStringLiteral("relatedProfessions"));
        requireOnly(validate(s.tree), "2.12", "/standard/professionCards/3/relatedProfessions",
                    s.card(3));
    }
    SECTION("2.12 a related profession without a name") {
        const QString related = s.tree.children(s.card(3), QStringLiteral("relatedProfessions"))[2];
        removeText(s.tree, related, QStringLiteral("name"));
        requireOnly(validate(s.tree), "2.12",
                    "/standard/professionCards/3/relatedProfessions/2/name", related);
    }
    SECTION("3.1 state body missing") {
        s.tree.removeSubtree(s.stateBody());
        const Finding& f =
            requireOnly(validate(s.tree), "3.1", "/standard/technicalData/stateBody", standard);
        CHECK(f.field == QStringLiteral("technicalData/stateBody"));
    }
    SECTION("3.1 state body's phone missing") {
        s.tree.removeValue(s.stateBody(), QStringLiteral("contact/phone"));
        requireOnly(validate(s.tree), "3.1", "/standard/technicalData/stateBody/contact/phone",
                    s.stateBody());
    }
    SECTION("3.2 an expert's e-mail missing") {
        s.tree.removeValue(s.developer(1), QStringLiteral("contact/email"));
        requireOnly(validate(s.tree), "3.2", "/standard/technicalData/developers/1/contact/email",
                    s.developer(1));
    }
    SECTION("3.2 experts are optional") {
        removeChildren(s.tree, standard, QStringLiteral("technicalData/developers"));
        CHECK(validate(s.tree).isEmpty());
    }
    SECTION("3.3 sectoral council protocol after the National body's conclusion") {
        s.tree.removeValue(standard, QStringLiteral("technicalData/sectoralCouncil/protocolDate"));
        requireOnly(validate(s.tree), "3.3", "/standard/technicalData/sectoralCouncil/protocolDate",
                    standard);
    }
    SECTION("3.4 version") {
        s.tree.removeValue(standard, QStringLiteral("technicalData/version"));
        requireOnly(validate(s.tree), "3.4", "/standard/technicalData/version", standard);
    }
    SECTION("3.4 year of release") {
        s.tree.removeValue(standard, QStringLiteral("technicalData/releaseYear"));
        requireOnly(validate(s.tree), "3.4", "/standard/technicalData/releaseYear", standard);
    }
    SECTION("3.5 planned update date") {
        s.tree.removeValue(standard, QStringLiteral("technicalData/plannedUpdateDate"));
        requireOnly(validate(s.tree), "3.5", "/standard/technicalData/plannedUpdateDate", standard);
    }
}

TEST_CASE("A text in one required language only is reported for the missing language",
          "[validator]") {
    Sample s;
    s.tree.removeValue(s.card(3), QStringLiteral("mainPurpose@kk"));
    SECTION("both languages required (the default)") {
        const Findings findings = validate(s.tree);
        const Finding& f =
            requireOnly(findings, "2.9", "/standard/professionCards/3/mainPurpose", s.card(3));
        CHECK(f.language == QStringLiteral("kk"));
        CHECK(f.message.ru.contains(QStringLiteral("на казахском языке")));
        CHECK(f.message.kk.contains(QStringLiteral("қазақ тілінде")));
        CHECK(f.message.en.contains(QStringLiteral("in Kazakh")));
        CHECK(findings.size() == 1);
    }
    SECTION("absent languages field means both") {
        s.tree.removeValue(s.standard, QStringLiteral("languages"));
        CHECK(findingAt(validate(s.tree), "2.9", "/standard/professionCards/3/mainPurpose"));
    }
    SECTION("a standard required in Russian only") {
        s.set(s.standard, QStringLiteral("languages"), QStringLiteral("ru"));
        CHECK(validate(s.tree).isEmpty());
    }
    SECTION("an optional text written in one language only") {
        s.tree.removeValue(s.card(0), QStringLiteral("tariffQualification@ru"));
        const Findings findings = validate(s.tree);
        const Finding* f =
            findingAt(findings, "2.4", "/standard/professionCards/0/tariffQualification");
        REQUIRE(f);
        CHECK(f->language == QStringLiteral("ru"));
        CHECK(f->severity == Severity::Error);
    }
    SECTION("list items of a standard required in Russian only") {
        s.set(s.standard, QStringLiteral("languages"), QStringLiteral("ru"));
        const QStringList items = s.tree.children(s.skill(1, 1, 0), QStringLiteral("knowledge"));
        s.tree.removeValue(items[0], QStringLiteral("text@kk"));
        CHECK(validate(s.tree).isEmpty());
        s.tree.removeValue(items[1], QStringLiteral("text@ru"));
        const Finding& f = requireOnly(
            validate(s.tree), "2.10",
            "/standard/professionCards/1/laborFunctions/1/skills/0/knowledge/1", items[1]);
        CHECK(f.language == QStringLiteral("ru"));
    }
    SECTION("a text of spaces is not written") {
        const QString item = s.tree.children(s.skill(1, 1, 0), QStringLiteral("abilities"))[1];
        s.tree.setValue(item, QStringLiteral("text@kk"), QStringLiteral("  \t "));
        s.tree.setValue(s.card(3), QStringLiteral("mainPurpose@kk"), QStringLiteral("Мақсат"));
        const Finding& f =
            requireOnly(validate(s.tree), "2.10",
                        "/standard/professionCards/1/laborFunctions/1/skills/0/abilities/1", item);
        CHECK(f.language == QStringLiteral("kk"));
    }
    SECTION("a knowledge item in one language only") {
        const QString item = s.tree.children(s.skill(1, 1, 0), QStringLiteral("knowledge"))[0];
        s.tree.removeValue(item, QStringLiteral("text@ru"));
        s.tree.setValue(s.card(3), QStringLiteral("mainPurpose@kk"), QStringLiteral("Мақсат"));
        const Finding& f =
            requireOnly(validate(s.tree), "2.10",
                        "/standard/professionCards/1/laborFunctions/1/skills/0/knowledge/0", item);
        CHECK(f.language == QStringLiteral("ru"));
    }
}

TEST_CASE("The same NKZ occupation in two cards", "[validator]") {
    Sample s;
    const QString code = s.tree.value(s.card(0), QStringLiteral("nkzOccupationCode"));
    const QString group = s.tree.value(s.card(0), QStringLiteral("nkzGroupCode"));
    SECTION("at the same ORK level is an error") {
        // Card 3 has ORK level 4, as card 1 has.
        s.set(s.card(2), QStringLiteral("nkzOccupationCode"), code);
        s.set(s.card(2), QStringLiteral("nkzGroupCode"), group);
        const Finding& f = requireOnly(validate(s.tree), "2.1",
                                       "/standard/professionCards/2/nkzOccupationCode", s.card(2));
        CHECK(f.message.ru.contains(QStringLiteral("карточке 1")));
    }
    SECTION("at another ORK level is a warning") {
        s.set(s.card(1), QStringLiteral("nkzOccupationCode"), code);
        s.set(s.card(1), QStringLiteral("nkzGroupCode"), group);
        const Findings findings = validate(s.tree);
        requireOnly(findings, "2.1", "/standard/professionCards/1/nkzOccupationCode", s.card(1),
                    Severity::Warning);
        CHECK(Validator::errorCount(findings) == 0);
    }
}

TEST_CASE("E-mail and phone that cannot be right", "[validator]") {
    Sample s;
    const QString email = QStringLiteral("contact/email");
    const QString phone = QStringLiteral("contact/phone");
    const QString emailPath = QStringLiteral("/standard/technicalData/stateBody/contact/email");
    const QString phonePath = QStringLiteral("/standard/technicalData/stateBody/contact/phone");
    for (const char* bad : {"n.seitkali@example", "n.seitkali.example.com",
                            "n seitkali@example.com", "n@seitkali@example.com", "@example.com"}) {
        DYNAMIC_SECTION("e-mail " << bad) {
            s.set(s.stateBody(), email, QLatin1String(bad));
            requireOnly(validate(s.tree), "3.1", emailPath, s.stateBody());
        }
    }
    for (const char* bad :
         {"87172983215", "+7 7172", "+7 (7172) 98-32-15 доб. 3", "+7 7172 98 32 15 00 00 00 1"}) {
        DYNAMIC_SECTION("phone " << bad) {
            s.set(s.stateBody(), phone, QLatin1String(bad));
            requireOnly(validate(s.tree), "3.1", phonePath, s.stateBody());
        }
    }
    SECTION("plausible forms pass") {
        s.set(s.stateBody(), email, QStringLiteral("a.b-c@mintrud.gov.kz"));
        s.set(s.stateBody(), phone, QStringLiteral("+7 (7172) 74-32-15"));
        s.set(s.developer(0), phone, QStringLiteral("+77011234567"));
        CHECK(validate(s.tree).isEmpty());
    }
    SECTION("an expert's bad phone is criterion 3.2") {
        s.set(s.developer(0), phone, QStringLiteral("55-08-41"));
        requireOnly(validate(s.tree), "3.2", "/standard/technicalData/developers/0/contact/phone",
                    s.developer(0));
    }
}

TEST_CASE("Dates in the future where they cannot be", "[validator]") {
    Sample s;
    const QString standard = s.standard;
    SECTION("the sectoral council's protocol") {
        s.set(standard, QStringLiteral("technicalData/sectoralCouncil/protocolDate"),
              QStringLiteral("2026-11-26"));
        const Finding& f =
            requireOnly(validate(s.tree), "3.3",
                        "/standard/technicalData/sectoralCouncil/protocolDate", standard);
        CHECK(f.message.ru.contains(QStringLiteral("2026-11-26")));
    }
    SECTION("today is not the future") {
        s.set(standard, QStringLiteral("technicalData/sectoralCouncil/protocolDate"),
              QStringLiteral("2026-11-25"));
        CHECK(validate(s.tree).isEmpty());
    }
    SECTION("the National body's conclusion") {
        s.set(standard, QStringLiteral("technicalData/nationalBodyConclusionDate"),
              QStringLiteral("2027-01-10"));
        requireOnly(validate(s.tree), "3.3", "/standard/technicalData/nationalBodyConclusionDate",
                    standard);
    }
    SECTION("Atameken's recommendations") {
        s.set(standard, QStringLiteral("technicalData/atamekenRecommendationDate"),
              QStringLiteral("2027-01-10"));
        requireOnly(validate(s.tree), "3.3", "/standard/technicalData/atamekenRecommendationDate",
                    standard);
    }
    SECTION("the conclusion's examination") {
        s.set(s.tree.rootId, QStringLiteral("review/conclusion/examinationDate"),
              QStringLiteral("2027-01-10"));
        requireOnly(validate(s.tree), "3.3", "/review/conclusion/examinationDate", s.tree.rootId);
    }
    SECTION("the planned update date is meant to be in the future") {
        s.set(standard, QStringLiteral("technicalData/plannedUpdateDate"),
              QStringLiteral("2027-06-01"));
        CHECK(validate(s.tree).isEmpty());
    }
    SECTION("a date that is no date") {
        s.set(standard, QStringLiteral("technicalData/atamekenRecommendationDate"),
              QStringLiteral("2025-02-30"));
        requireOnly(validate(s.tree), "3.3", "/standard/technicalData/atamekenRecommendationDate",
                    standard);
    }
}

TEST_CASE("3.3: the protocol is a warning until the National body's conclusion is dated",
          "[validator]") {
    Sample s;
    const QString standard = s.standard;
    const QString protocolDate = QStringLiteral("technicalData/sectoralCouncil/protocolDate");
    s.tree.removeValue(standard, protocolDate);
    removeText(s.tree, standard, QStringLiteral("technicalData/sectoralCouncil/name"));
    SECTION("before the conclusion: warnings") {
        s.tree.removeValue(standard, QStringLiteral("technicalData/nationalBodyConclusionDate"));
        const Findings findings = validate(s.tree);
        requireOnly(findings, "3.3", "/standard/technicalData/sectoralCouncil/protocolDate",
                    standard, Severity::Warning);
        requireOnly(findings, "3.3", "/standard/technicalData/sectoralCouncil/name", standard,
                    Severity::Warning);
        CHECK(Validator::errorCount(findings) == 0);
    }
    SECTION("after the conclusion: errors") {
        const Findings findings = validate(s.tree);
        requireOnly(findings, "3.3", "/standard/technicalData/sectoralCouncil/protocolDate",
                    standard);
        requireOnly(findings, "3.3", "/standard/technicalData/sectoralCouncil/name", standard);
        CHECK(Validator::errorCount(findings) == 2);
    }
    SECTION("a protocol dated before the conclusion is worth a look") {
        s.set(standard, protocolDate, QStringLiteral("2025-03-01"));
        s.set(standard, QStringLiteral("technicalData/sectoralCouncil/name@kk"),
              QStringLiteral("Кеңес"));
        s.set(standard, QStringLiteral("technicalData/sectoralCouncil/name@ru"),
              QStringLiteral("Совет"));
        const Findings findings = validate(s.tree);
        requireOnly(findings, "3.3", "/standard/technicalData/sectoralCouncil/protocolDate",
                    standard, Severity::Warning);
        CHECK(findings.size() == 1);
    }
}

TEST_CASE("3.5: the planned update no later than three years after the release (rule 16)",
          "[validator]") {
    Sample s;
    const QString standard = s.standard;
    const QString planned = QStringLiteral("technicalData/plannedUpdateDate");
    // The sample was released in 2025.
    SECTION("the last day of the third year is in time") {
        s.set(standard, planned, QStringLiteral("2028-12-31"));
        CHECK(validate(s.tree).isEmpty());
    }
    SECTION("the fourth year is too late") {
        s.set(standard, planned, QStringLiteral("2029-01-01"));
        const Finding& f = requireOnly(validate(s.tree), "3.5",
                                       "/standard/technicalData/plannedUpdateDate", standard);
        CHECK(f.message.ru.contains(QStringLiteral("2028")));
    }
    SECTION("before the release is wrong too") {
        s.set(standard, planned, QStringLiteral("2024-06-01"));
        requireOnly(validate(s.tree), "3.5", "/standard/technicalData/plannedUpdateDate", standard);
    }
}

TEST_CASE("The large benchmark standard validates clean", "[validator]") {
    // Its speed is measured by bench/ (kasibi-bench), not here.
    const DocumentTree tree = StandardGenerator::generate(StandardGenerator::large());
    const Findings findings = validate(tree);
    INFO(describe(findings));
    CHECK(findings.isEmpty());
}
