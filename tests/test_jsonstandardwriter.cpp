#include "core/format/jsonstandardreader.h"
#include "core/format/jsonstandardwriter.h"
#include "core/format/kasibidocumentreader.h"
#include "core/store/documentstore.h"
#include "standardgenerator.h"
#include "testsupport.h"

#include <catch2/catch.hpp>

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>

using namespace kasibi;

namespace {

QJsonObject throughDocumentFile(const DocumentTree& tree) {
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("standard.kasibi"));
    REQUIRE(DocumentStore::create(path, tree, false).ok());
    Result<DocumentTree> reread = KasibiDocumentReader().read(path);
    INFO((reread ? QString() : reread.error().toString()).toStdString());
    REQUIRE(reread.ok());
    const QString json = dir.filePath(QStringLiteral("standard.json"));
    REQUIRE(JsonStandardWriter().write(reread.value(), json, {}).ok());
    return QJsonDocument::fromJson(test::readBytes(json)).object();
}

} // namespace

TEST_CASE("JSON to .kasibi to JSON keeps the sample identical", "[json][roundtrip]") {
    const QJsonObject original =
        QJsonDocument::fromJson(test::readBytes(test::samplePath())).object();
    REQUIRE_FALSE(original.isEmpty());
    const QJsonObject back = throughDocumentFile(test::sampleTree());
    CHECK(back == original);
}

TEST_CASE("JSON to .kasibi to JSON keeps a large generated standard identical",
          "[json][roundtrip]") {
    const DocumentTree generated = StandardGenerator::generate(StandardGenerator::large());
    const QJsonObject first = JsonStandardWriter().toJson(generated);
    Result<DocumentTree> parsed =
        JsonStandardReader().parse(QJsonDocument(first).toJson(), QStringLiteral("large.json"));
    REQUIRE(parsed.ok());
    CHECK(throughDocumentFile(parsed.value()) == first);
}

TEST_CASE("Review comments and the conclusion survive the round trip", "[json][roundtrip]") {
    QJsonObject top = QJsonDocument::fromJson(test::readBytes(test::samplePath())).object();
    const QString cardId =
        top[QStringLiteral("standard")][QStringLiteral("professionCards")][0][QStringLiteral("id")]
            .toString();
    top[QStringLiteral("review")] = QJsonObject{
        {QStringLiteral("comments"),
         QJsonArray{QJsonObject{{QStringLiteral("id"), QStringLiteral("c-1")},
                                {QStringLiteral("targetId"), cardId},
                                {QStringLiteral("field"), QStringLiteral("mainPurpose")},
                                {QStringLiteral("author"), QStringLiteral("Эксперт")},
                                {QStringLiteral("created"), QStringLiteral("2025-03-01T10:00:00")},
                                {QStringLiteral("text"), QStringLiteral("Уточните цель <&>")},
                                {QStringLiteral("resolved"), false}}}},
        {QStringLiteral("conclusion"),
         QJsonObject{{QStringLiteral("stateBody"), QStringLiteral("Министерство")},
                     {QStringLiteral("examinationDate"), QStringLiteral("2025-03-20")},
                     {QStringLiteral("assessments"),
                      QJsonArray{QJsonObject{{QStringLiteral("criterion"), QStringLiteral("1.2a")},
                                             {QStringLiteral("verdict"), QStringLiteral("meets")},
                                             {QStringLiteral("remark"), QStringLiteral("")}}}}}}};
    Result<DocumentTree> parsed =
        JsonStandardReader().parse(QJsonDocument(top).toJson(), QStringLiteral("reviewed.json"));
    REQUIRE(parsed.ok());
    CHECK(throughDocumentFile(parsed.value()) == top);
}

TEST_CASE("A JSON export into a folder that does not exist fails and names the file", "[json]") {
    const Status written =
        JsonStandardWriter().write(test::sampleTree(), QStringLiteral("/nonexistent/out.json"), {});
    REQUIRE_FALSE(written.ok());
    CHECK(written.error().toString().contains(QStringLiteral("/nonexistent/out.json")));
}
