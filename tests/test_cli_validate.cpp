#include "core/format/jsonstandardreader.h"
#include "core/format/jsonstandardwriter.h"
#include "core/validation/validator.h"
#include "testsupport.h"

#include <catch2/catch.hpp>

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>

using namespace kasibi;

namespace {

QJsonObject parseJson(const QString& text) {
    QJsonParseError error;
    const QJsonDocument json = QJsonDocument::fromJson(text.toUtf8(), &error);
    INFO(text.toStdString());
    REQUIRE(error.error == QJsonParseError::NoError);
    REQUIRE(json.isObject());
    return json.object();
}

// The sample with two errors: no name (1.1), and a state body e-mail that cannot be (3.1); and
// one warning: no other names in the first card (2.7).
QString writeBrokenSample(const QTemporaryDir& dir) {
    DocumentTree tree = test::sampleTree();
    const QString standard = tree.standardId();
    tree.removeValue(standard, QStringLiteral("passport/name@kk"));
    tree.removeValue(standard, QStringLiteral("passport/name@ru"));
    const QString stateBody = tree.children(standard, QStringLiteral("technicalData/stateBody"))[0];
    tree.setValue(stateBody, QStringLiteral("contact/email"), QStringLiteral("n.seitkali@example"));
    const QString card = tree.children(standard, QStringLiteral("professionCards"))[0];
    for (const QString& item : tree.children(card, QStringLiteral("otherNames")))
        tree.removeSubtree(item);
    const QString path = dir.filePath(QStringLiteral("broken.json"));
    const Status written = JsonStandardWriter().write(tree, path, {});
    REQUIRE(written.ok());
    return path;
}

} // namespace

TEST_CASE("kasibi-cli validate: the sample is clean", "[cli][validator]") {
    QString output;
    QString errors;
    CHECK(test::runCli({QStringLiteral("validate"), test::samplePath()}, &output, &errors) == 0);
    CHECK(errors.isEmpty());
    CHECK(output.contains(QStringLiteral("0 error(s), 0 warning(s)")));

    REQUIRE(test::runCli({QStringLiteral("validate"), test::samplePath(), QStringLiteral("--json")},
                         &output) == 0);
    const QJsonObject result = parseJson(output);
    CHECK(result.value(QStringLiteral("errors")).toInt(-1) == 0);
    CHECK(result.value(QStringLiteral("warnings")).toInt(-1) == 0);
    CHECK(result.value(QStringLiteral("findings")).toArray().isEmpty());
}

TEST_CASE("kasibi-cli validate: a broken standard exits 1 with its findings", "[cli][validator]") {
    QTemporaryDir dir;
    const QString path = writeBrokenSample(dir);

    QString output;
    REQUIRE(test::runCli({QStringLiteral("validate"), path, QStringLiteral("--json")}, &output) ==
            1);
    const QJsonObject result = parseJson(output);
    const QJsonArray findings = result.value(QStringLiteral("findings")).toArray();
    int errors = 0;
    int warnings = 0;
    QStringList seen;
    for (const QJsonValue& value : findings) {
        const QJsonObject finding = value.toObject();
        CHECK(finding.keys() ==
              QStringList{"criterion", "elementId", "language", "message", "path", "severity"});
        for (const QString& key : finding.keys())
            CHECK(finding.value(key).isString());
        const QString severity = finding.value(QStringLiteral("severity")).toString();
        CHECK((severity == QLatin1String("error") || severity == QLatin1String("warning")));
        (severity == QLatin1String("error") ? errors : warnings)++;
        CHECK_FALSE(finding.value(QStringLiteral("message")).toString().isEmpty());
        CHECK_FALSE(finding.value(QStringLiteral("elementId")).toString().isEmpty());
        seen << finding.value(QStringLiteral("criterion")).toString() + QLatin1Char(' ') +
                    finding.value(QStringLiteral("path")).toString();
    }
    CHECK(result.value(QStringLiteral("errors")).toInt() == errors);
    CHECK(result.value(QStringLiteral("warnings")).toInt() == warnings);
    CHECK(errors == 2);
    CHECK(warnings == 1);
    CHECK(seen.contains(QStringLiteral("1.1 /standard/passport/name")));
    CHECK(seen.contains(QStringLiteral("3.1 /standard/technicalData/stateBody/contact/email")));
    CHECK(seen.contains(QStringLiteral("2.7 /standard/professionCards/0/otherNames")));

    // The readable list: one line per finding and a total.
    REQUIRE(test::runCli({QStringLiteral("validate"), path}, &output) == 1);
    CHECK(output.contains(QStringLiteral("error [1.1] /standard/passport/name: Укажите")));
    CHECK(output.contains(QStringLiteral("warning [2.7] /standard/professionCards/0/otherNames")));
    CHECK(output.contains(QStringLiteral("broken.json: 2 error(s), 1 warning(s)")));
}

TEST_CASE("kasibi-cli validate --lang picks the language of the messages", "[cli][validator]") {
    QTemporaryDir dir;
    const QString path = writeBrokenSample(dir);
    Result<DocumentTree> tree = JsonStandardReader().read(path);
    REQUIRE(tree.ok());
    const Findings findings = Validator().validate(tree.value());
    REQUIRE_FALSE(findings.isEmpty());
    const Finding& first = findings.first();

    for (const char* language : {"ru", "kk", "en"}) {
        DYNAMIC_SECTION("--lang " << language) {
            QString output;
            REQUIRE(test::runCli({QStringLiteral("validate"), path, QStringLiteral("--json"),
                                  QStringLiteral("--lang"), QLatin1String(language)},
                                 &output) == 1);
            const QJsonObject finding =
                parseJson(output).value(QStringLiteral("findings")).toArray().first().toObject();
            CHECK(finding.value(QStringLiteral("path")).toString() == first.path);
            CHECK(finding.value(QStringLiteral("message")).toString() ==
                  first.message.in(QLatin1String(language)));
        }
    }
    QString output;
    REQUIRE(test::runCli(
                {QStringLiteral("validate"), path, QStringLiteral("--lang"), QStringLiteral("en")},
                &output) == 1);
    CHECK(output.contains(QStringLiteral("Enter the name of the standard")));
    REQUIRE(test::runCli(
                {QStringLiteral("validate"), path, QStringLiteral("--lang"), QStringLiteral("kk")},
                &output) == 1);
    CHECK(output.contains(QStringLiteral("кәсіптік стандарттың атауын")));

    QString errors;
    CHECK(test::runCli(
              {QStringLiteral("validate"), path, QStringLiteral("--lang"), QStringLiteral("de")},
              nullptr, &errors) == 2);
    CHECK(errors.contains(QStringLiteral("--lang")));
}

TEST_CASE("kasibi-cli validate: a document that cannot be read exits 2 naming the file",
          "[cli][validator]") {
    QTemporaryDir dir;
    QString output;
    QString errors;
    SECTION("a missing file") {
        const QString path = dir.filePath(QStringLiteral("nowhere.json"));
        CHECK(test::runCli({QStringLiteral("validate"), path, QStringLiteral("--json")}, &output,
                           &errors) == 2);
        CHECK(errors.contains(path));
        CHECK(output.isEmpty());
    }
    SECTION("garbage") {
        const QString path = dir.filePath(QStringLiteral("garbage.json"));
        test::writeBytes(path,
                         "{\"format\": \"kasibi-standard\", \"formatVersion\": 1, \"standard\":");
        CHECK(test::runCli({QStringLiteral("validate"), path}, &output, &errors) == 2);
        CHECK(errors.contains(path));
        CHECK(errors.contains(QStringLiteral("not valid JSON")));
    }
    SECTION("no document given") {
        CHECK(test::runCli({QStringLiteral("validate")}, &output, &errors) == 2);
        CHECK(errors.contains(QStringLiteral("validate takes one document")));
    }
}
