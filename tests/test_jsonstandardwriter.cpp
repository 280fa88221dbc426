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
#include <QProcess>
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
         QJsonArray{
             QJsonObject{{QStringLiteral("id"), QStringLiteral("c-1")},
                         {QStringLiteral("targetId"), cardId},
                         {QStringLiteral("field"), QStringLiteral("mainPurpose")},
                         {QStringLiteral("author"), QStringLiteral("Эксперт")},
                         {QStringLiteral("created"), QStringLiteral("2025-03-01T10:00:00")},
                         {QStringLiteral("text"), QStringLiteral("Уточните цель <&>")},
                         {QStringLiteral("resolved"), false}},
             // A reviewer's tracked change from Word: kept under the "kasibi" extension.
             QJsonObject{
                 {QStringLiteral("id"), QStringLiteral("c-2")},
                 {QStringLiteral("targetId"), cardId},
                 {QStringLiteral("field"), QStringLiteral("mainPurpose")},
                 {QStringLiteral("author"), QStringLiteral("Рецензент")},
                 {QStringLiteral("created"), QStringLiteral("2025-03-02T09:30:00")},
                 {QStringLiteral("text"), QStringLiteral("Предлагаемая редакция")},
                 {QStringLiteral("kasibi"),
                  QJsonObject{
                      {QStringLiteral("suggestion"),
                       QJsonObject{{QStringLiteral("language"), QStringLiteral("ru")},
                                   {QStringLiteral("before"), QStringLiteral("Сварка металлов")},
                                   {QStringLiteral("after"),
                                    QStringLiteral("Сварка и резка металлов")}}}}}}}},
        {QStringLiteral("conclusion"),
         QJsonObject{
             {QStringLiteral("stateBody"), QStringLiteral("Министерство")},
             {QStringLiteral("kasibi"),
              QJsonObject{{QStringLiteral("stateBody"),
                           QJsonObject{{QStringLiteral("kk"), QStringLiteral("Министрлік")},
                                       {QStringLiteral("ru"), QStringLiteral("Министерство")}}}}},
             {QStringLiteral("examinationDate"), QStringLiteral("2025-03-20")},
             {QStringLiteral("assessments"),
              QJsonArray{
                  QJsonObject{{QStringLiteral("criterion"), QStringLiteral("1.2a")},
                              {QStringLiteral("verdict"), QStringLiteral("meets")}},
                  QJsonObject{
                      {QStringLiteral("criterion"), QStringLiteral("2.6")},
                      {QStringLiteral("verdict"), QStringLiteral("does-not-meet")},
                      // Kazakh only: the format's string is the Kazakh.
                      {QStringLiteral("remark"), QStringLiteral("Байланысы ашылмаған")},
                      {QStringLiteral("kasibi"),
                       QJsonObject{{QStringLiteral("remark"),
                                    QJsonObject{{QStringLiteral("kk"),
                                                 QStringLiteral("Байланысы ашылмаған")}}}}}}}}}}};
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

TEST_CASE("JSON exported over a file on a full disk leaves that file as it was", "[json][disk]") {
    test::requireExportOverFullDisk(JsonStandardWriter(), test::sampleTree(),
                                    QStringLiteral("standard.json"), "{");
}

namespace {

// Checks a file against ../shared/format/standard-v1.schema.json with python3-jsonschema, a
// validator that owes nothing to Kasibi's reader or writer; fails the test with its findings.
void requireValidAgainstSchema(const QString& path) {
    static const char* script = R"(
import json, sys
import jsonschema
schema = json.load(open(sys.argv[1], encoding="utf-8"))
document = json.load(open(sys.argv[2], encoding="utf-8"))
validator = jsonschema.Draft202012Validator(schema)
jsonschema.Draft202012Validator.check_schema(schema)
errors = sorted(validator.iter_errors(document), key=lambda e: list(e.absolute_path))
for error in errors:
    print("/" + "/".join(str(p) for p in error.absolute_path) + ": " + error.message)
sys.exit(1 if errors else 0)
)";
    QProcess python;
    python.setProcessChannelMode(QProcess::MergedChannels);
    python.start(QStringLiteral("/usr/bin/python3"),
                 {QStringLiteral("-c"), QString::fromUtf8(script),
                  test::sharedPath(QStringLiteral("format/standard-v1.schema.json")), path});
    REQUIRE(python.waitForFinished(60000));
    INFO(path.toStdString() << ":\n" << python.readAll().toStdString());
    REQUIRE(python.exitStatus() == QProcess::NormalExit);
    REQUIRE(python.exitCode() == 0);
}

} // namespace

TEST_CASE("Exported JSON is valid against the format's schema, by an independent validator",
          "[json][schema]") {
    QTemporaryDir dir;
    const QString sample = dir.filePath(QStringLiteral("sample.json"));
    REQUIRE(JsonStandardWriter().write(test::sampleTree(), sample, {}).ok());
    requireValidAgainstSchema(sample);

    const QString large = dir.filePath(QStringLiteral("large.json"));
    REQUIRE(JsonStandardWriter()
                .write(StandardGenerator::generate(StandardGenerator::large()), large, {})
                .ok());
    requireValidAgainstSchema(large);

    // With the review: a comment, a reply, the conclusion.
    QJsonObject reviewed = QJsonDocument::fromJson(test::readBytes(sample)).object();
    const QString cardId = reviewed[QStringLiteral("standard")][QStringLiteral("professionCards")]
                                   [0][QStringLiteral("id")]
                                       .toString();
    const auto comment = [&](const QString& id, const QString& replyTo) {
        QJsonObject object{{QStringLiteral("id"), id},
                           {QStringLiteral("targetId"), cardId},
                           {QStringLiteral("field"), QStringLiteral("mainPurpose")},
                           {QStringLiteral("author"), QStringLiteral("Эксперт")},
                           {QStringLiteral("created"), QStringLiteral("2025-03-01T10:00:00+05:00")},
                           {QStringLiteral("text"), QStringLiteral("Уточните цель")},
                           {QStringLiteral("resolved"), false}};
        if (!replyTo.isEmpty())
            object.insert(QStringLiteral("replyTo"), replyTo);
        else
            object.insert(
                QStringLiteral("kasibi"),
                QJsonObject{{QStringLiteral("suggestion"),
                             QJsonObject{{QStringLiteral("language"), QStringLiteral("kk")},
                                         {QStringLiteral("before"), QStringLiteral("а")},
                                         {QStringLiteral("after"), QStringLiteral("б")}}}});
        return object;
    };
    reviewed[QStringLiteral("review")] = QJsonObject{
        {QStringLiteral("comments"),
         QJsonArray{comment(QStringLiteral("c-1"), {}),
                    comment(QStringLiteral("c-2"), QStringLiteral("c-1"))}},
        {QStringLiteral("conclusion"),
         QJsonObject{
             {QStringLiteral("stateBody"), QStringLiteral("Министерство")},
             {QStringLiteral("examinationDate"), QStringLiteral("2025-03-20")},
             {QStringLiteral("assessments"),
              QJsonArray{QJsonObject{{QStringLiteral("criterion"), QStringLiteral("2.10")},
                                     {QStringLiteral("verdict"), QStringLiteral("does-not-meet")},
                                     {QStringLiteral("remark"), QStringLiteral("…")}}}}}}};
    Result<DocumentTree> parsed = JsonStandardReader().parse(QJsonDocument(reviewed).toJson(),
                                                             QStringLiteral("reviewed.json"));
    REQUIRE(parsed.ok());
    const QString review = dir.filePath(QStringLiteral("reviewed.json"));
    REQUIRE(JsonStandardWriter().write(parsed.value(), review, {}).ok());
    REQUIRE(test::readBytes(review).contains("does-not-meet"));
    requireValidAgainstSchema(review);

    // The validator is not one that passes anything: a file breaking the schema fails it.
    QJsonObject broken = QJsonDocument::fromJson(test::readBytes(sample)).object();
    QJsonObject standard = broken[QStringLiteral("standard")].toObject();
    standard.insert(QStringLiteral("professionCards"), QStringLiteral("none"));
    broken.insert(QStringLiteral("standard"), standard);
    const QString invalid = dir.filePath(QStringLiteral("invalid.json"));
    test::writeBytes(invalid, QJsonDocument(broken).toJson());
    QProcess python;
    python.start(QStringLiteral("/usr/bin/python3"),
                 {QStringLiteral("-c"),
                  QStringLiteral("import json, sys, jsonschema\n"
                                 "jsonschema.validate(json.load(open(sys.argv[2])), "
                                 "json.load(open(sys.argv[1])), "
                                 "cls=jsonschema.Draft202012Validator)\n"),
                  test::sharedPath(QStringLiteral("format/standard-v1.schema.json")), invalid});
    REQUIRE(python.waitForFinished(60000));
    CHECK(python.exitCode() != 0);
}
