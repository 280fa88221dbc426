#include "core/format/docxstandardwriter.h"
#include "core/format/jsonstandardwriter.h"
#include "core/import/wordimport.h"
#include "standardgenerator.h"
#include "testsupport.h"

#include <catch2/catch.hpp>

#include <QJsonArray>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>

using namespace kasibi;

namespace {

// The interchange JSON of a standard without its ids (a new document gets new ones).
QJsonValue comparable(const QJsonValue& value) {
    if (value.isArray()) {
        QJsonArray list;
        for (const QJsonValue& item : value.toArray())
            list.append(comparable(item));
        return list;
    }
    if (!value.isObject()) return value;
    QJsonObject object;
    const QJsonObject source = value.toObject();
    for (auto it = source.begin(); it != source.end(); ++it)
        if (it.key() != QLatin1String("id")) object.insert(it.key(), comparable(it.value()));
    return object;
}

QJsonObject standardOf(const DocumentTree& tree) {
    return comparable(JsonStandardWriter().toJson(tree).value(QStringLiteral("standard")))
        .toObject();
}

QString exported(const DocumentTree& tree, const QString& folder, const QString& language) {
    const QString path = folder + QStringLiteral("/standard-") + language + QStringLiteral(".docx");
    ExportOptions options;
    options.language = language;
    const Status written = DocxStandardWriter().write(tree, path, options);
    INFO((written ? QString() : written.error().toString()).toStdString());
    REQUIRE(written.ok());
    return path;
}

WordImportResult importedOk(const QStringList& paths) {
    Result<WordImportResult> result = WordImport::run(paths);
    INFO((result ? QString() : result.error().toString()).toStdString());
    REQUIRE(result.ok());
    return result.value();
}

// What differs, as JSON, for the failure message.
std::string differences(const QJsonObject& a, const QJsonObject& b) {
    QStringList keys;
    for (const QString& key : a.keys() + b.keys())
        if (a.value(key) != b.value(key) && !keys.contains(key)) keys << key;
    return keys.join(QStringLiteral(", ")).toStdString();
}

void checkRoundTrip(const DocumentTree& original, bool throughLibreOffice) {
    QTemporaryDir dir;
    QStringList files{exported(original, dir.path(), QStringLiteral("kk")),
                      exported(original, dir.path(), QStringLiteral("ru"))};
    if (throughLibreOffice) {
        const QString soffice = QStandardPaths::findExecutable(QStringLiteral("soffice"));
        if (soffice.isEmpty()) {
            WARN("LibreOffice is not installed: the re-saved round trip is not checked");
            return;
        }
        // LibreOffice rewrites every part of the package the way another program would.
        QDir(dir.path()).mkdir(QStringLiteral("resaved"));
        QProcess office;
        office.start(soffice, {QStringLiteral("-env:UserInstallation=file://") + dir.path() +
                                   QStringLiteral("/profile"),
                               QStringLiteral("--headless"), QStringLiteral("--convert-to"),
                               QStringLiteral("docx"), QStringLiteral("--outdir"),
                               dir.filePath(QStringLiteral("resaved")), files[0], files[1]});
        REQUIRE(office.waitForFinished(600000));
        for (QString& file : files)
            file = dir.filePath(QStringLiteral("resaved/") + QFileInfo(file).fileName());
        REQUIRE(QFileInfo::exists(files[0]));
        REQUIRE(QFileInfo::exists(files[1]));
    }
    const WordImportResult result = importedOk(files);
    CHECK(result.languages == QStringList{QStringLiteral("kk"), QStringLiteral("ru")});
    INFO(result.report.toText().left(2000).toStdString());
    CHECK(result.report.notes.isEmpty());
    const QJsonObject expected = standardOf(original);
    const QJsonObject actual = standardOf(result.tree);
    INFO(differences(expected, actual));
    CHECK(actual == expected);

    // The other order: the Russian file first, the Kazakh one aligned to it.
    const WordImportResult reversed = importedOk({files[1], files[0]});
    CHECK(standardOf(reversed.tree) == expected);
}

} // namespace

TEST_CASE("Kasibi's own DOCX in Kazakh and Russian gives back the same standard",
          "[import][roundtrip]") {
    // Approved by an order: its header is printed and read back in both languages.
    checkRoundTrip(kasibi::test::sampleWithApproval(), false);
}

TEST_CASE("The round trip holds after LibreOffice has opened and saved the DOCX again",
          "[import][roundtrip][libreoffice]") {
    checkRoundTrip(kasibi::test::sampleWithApproval(), true);
}

TEST_CASE("A large generated standard makes the round trip through its own DOCX",
          "[import][roundtrip][large]") {
    checkRoundTrip(StandardGenerator::generate(StandardGenerator::large()), false);
}

TEST_CASE("Two files in the same language are refused", "[import]") {
    QTemporaryDir dir;
    const QString ru = exported(kasibi::test::sampleTree(), dir.path(), QStringLiteral("ru"));
    Result<WordImportResult> result = WordImport::run({ru, ru});
    REQUIRE_FALSE(result.ok());
    CHECK(result.error().message.contains(QStringLiteral("both files are written in Russian")));
}
