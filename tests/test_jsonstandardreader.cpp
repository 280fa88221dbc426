#include "core/format/jsonstandardreader.h"
#include "core/format/jsonstandardwriter.h"
#include "core/model/schema.h"
#include "testsupport.h"

#include <catch2/catch.hpp>

#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>

using namespace kasibi;

namespace {

QByteArray sampleWith(const std::function<void(QJsonObject&)>& change) {
    QJsonObject top = QJsonDocument::fromJson(test::readBytes(test::samplePath())).object();
    change(top);
    return QJsonDocument(top).toJson();
}

// Sets a value at a JSON Pointer-like path of object keys and array indexes.
QJsonValue withValue(const QJsonValue& at, QStringList path, const QJsonValue& value) {
    if (path.isEmpty()) return value;
    const QString key = path.takeFirst();
    if (at.isArray()) {
        QJsonArray array = at.toArray();
        const int index = key.toInt();
        array[index] = withValue(array.at(index), path, value);
        return array;
    }
    QJsonObject object = at.toObject();
    if (path.isEmpty() && value.isUndefined()) {
        object.remove(key);
        return object;
    }
    object[key] = withValue(object.value(key), path, value);
    return object;
}

Error readError(const QByteArray& bytes) {
    Result<DocumentTree> tree = JsonStandardReader().parse(bytes, QStringLiteral("draft.json"));
    REQUIRE_FALSE(tree.ok());
    return tree.error();
}

Error errorAfterSetting(const QString& pointer, const QJsonValue& value) {
    return readError(sampleWith([&](QJsonObject& top) {
        top = withValue(top, pointer.mid(1).split(QLatin1Char('/')), value).toObject();
    }));
}

} // namespace

TEST_CASE("The sample standard is read whole", "[json]") {
    const DocumentTree tree = test::sampleTree();
    const QString standard = tree.standardId();
    CHECK(tree.standardCode() == QStringLiteral("B07102012"));
    CHECK(tree.children(standard, QStringLiteral("professionCards")).size() == 4);
    CHECK_FALSE(tree.text(standard, QStringLiteral("passport/name")).kk.isEmpty());
    CHECK_FALSE(tree.text(standard, QStringLiteral("passport/name")).ru.isEmpty());
    const QString card = tree.children(standard, QStringLiteral("professionCards")).first();
    CHECK(tree.jsonPointer(card, QStringLiteral("mainPurpose")) ==
          QStringLiteral("/standard/professionCards/0/mainPurpose"));
}

TEST_CASE("A wrong type is refused with its JSON path and what was expected", "[json]") {
    const Error error = errorAfterSetting(
        QStringLiteral("/standard/professionCards/1/laborFunctions"), QStringLiteral("none"));
    CHECK(error.where.contains(QStringLiteral("draft.json")));
    CHECK(error.where.contains(QStringLiteral("/standard/professionCards/1/laborFunctions")));
    CHECK(error.message.contains(QStringLiteral("expected an array")));
    CHECK(error.message.contains(QStringLiteral("a string")));

    const Error year = errorAfterSetting(QStringLiteral("/standard/technicalData/releaseYear"),
                                         QStringLiteral("2025"));
    CHECK(year.where.endsWith(QStringLiteral("/standard/technicalData/releaseYear")));
    CHECK(year.message.contains(QStringLiteral("whole number")));

    const Error text = errorAfterSetting(QStringLiteral("/standard/passport/name/kk"), 5);
    CHECK(text.where.endsWith(QStringLiteral("/standard/passport/name/kk")));
}

TEST_CASE("A missing required key is refused with the path of its object", "[json]") {
    const Error id = errorAfterSetting(QStringLiteral("/standard/professionCards/2/id"),
                                       QJsonValue(QJsonValue::Undefined));
    CHECK(id.where.endsWith(QStringLiteral("/standard/professionCards/2")));
    CHECK(id.message.contains(QStringLiteral("\"id\"")));

    const Error kind =
        errorAfterSetting(QStringLiteral("/standard/professionCards/0/laborFunctions/1/kind"),
                          QJsonValue(QJsonValue::Undefined));
    CHECK(kind.where.endsWith(QStringLiteral("/standard/professionCards/0/laborFunctions/1")));
    CHECK(kind.message.contains(QStringLiteral("\"kind\"")));

    const Error passport =
        errorAfterSetting(QStringLiteral("/standard/passport"), QJsonValue(QJsonValue::Undefined));
    CHECK(passport.message.contains(QStringLiteral("\"passport\"")));

    const Error cards = errorAfterSetting(QStringLiteral("/standard/professionCards"),
                                          QJsonValue(QJsonValue::Undefined));
    CHECK(cards.message.contains(QStringLiteral("\"professionCards\"")));
}

TEST_CASE("Values outside the schema's patterns and enums are refused", "[json]") {
    CHECK(errorAfterSetting(QStringLiteral("/standard/passport/serialNumber"), QStringLiteral("12"))
              .where.endsWith(QStringLiteral("/standard/passport/serialNumber")));
    CHECK(errorAfterSetting(QStringLiteral("/standard/technicalData/plannedUpdateDate"),
                            QStringLiteral("2028-02-30"))
              .message.contains(QStringLiteral("not a date")));
    CHECK(errorAfterSetting(QStringLiteral("/standard/professionCards/0/laborFunctions/0/kind"),
                            QStringLiteral("optional"))
              .message.contains(QStringLiteral("mandatory, additional")));
    CHECK(errorAfterSetting(QStringLiteral("/standard/professionCards/0/orkLevel"),
                            QStringLiteral("9"))
              .where.endsWith(QStringLiteral("/standard/professionCards/0/orkLevel")));
}

TEST_CASE("Two elements with one id are refused", "[json]") {
    const QJsonObject top = QJsonDocument::fromJson(test::readBytes(test::samplePath())).object();
    const QString firstCardId =
        top[QStringLiteral("standard")][QStringLiteral("professionCards")][0][QStringLiteral("id")]
            .toString();
    const Error error =
        errorAfterSetting(QStringLiteral("/standard/professionCards/3/id"), firstCardId);
    CHECK(error.where.endsWith(QStringLiteral("/standard/professionCards/3/id")));
    CHECK(error.message.contains(QStringLiteral("/standard/professionCards/0")));
}

TEST_CASE("Invalid UTF-8, broken JSON and foreign JSON are refused with where", "[json]") {
    QByteArray bytes = test::readBytes(test::samplePath());
    const qsizetype at = bytes.indexOf("Добыча");
    REQUIRE(at > 0);
    bytes[at + 1] = char(0xFF);
    const Error utf8 = readError(bytes);
    CHECK(utf8.where == QStringLiteral("draft.json"));
    CHECK(utf8.message.contains(QStringLiteral("UTF-8")));
    CHECK(utf8.message.contains(QStringLiteral("line")));

    const Error broken = readError(test::readBytes(test::samplePath()).chopped(5));
    CHECK(broken.message.contains(QStringLiteral("not valid JSON")));

    CHECK(
        readError(R"({"name": "something else"})").message.contains(QStringLiteral("\"format\"")));
    CHECK(readError("[1, 2]").message.contains(QStringLiteral("object")));
    CHECK(readError(R"({"format": "kasibi-standard", "formatVersion": 2, "standard": {}})")
              .message.contains(QStringLiteral("newer")));
}

TEST_CASE("A missing file is reported with its name", "[json]") {
    Result<DocumentTree> tree =
        JsonStandardReader().read(QStringLiteral("/nonexistent/draft.json"));
    REQUIRE_FALSE(tree.ok());
    CHECK(tree.error().toString().contains(QStringLiteral("/nonexistent/draft.json")));
}

TEST_CASE("A key this Kasibi does not keep is refused by its JSON Pointer, never dropped",
          "[json][strict]") {
    const QString newer = QStringLiteral("newer Kasibi");
    // Keys of nobody's format, at every depth: the top, an element, an object inside one, a
    // wording, a list item, the review.
    for (const QString& pointer :
         {QStringLiteral("/somethingNew"), QStringLiteral("/standard/somethingNew"),
          QStringLiteral("/standard/passport/somethingNew"),
          QStringLiteral("/standard/passport/oked/section/somethingNew"),
          QStringLiteral("/standard/passport/name/en"),
          QStringLiteral("/standard/professionCards/0/somethingNew"),
          QStringLiteral("/standard/technicalData/stateBody/contact/fax"),
          QStringLiteral("/standard/professionCards/0/laborFunctions/0/skills/0/abilities/1/en"),
          QStringLiteral("/review/somethingNew")}) {
        INFO(pointer.toStdString());
        const Error error = errorAfterSetting(pointer, QStringLiteral("x"));
        CHECK(error.where == QStringLiteral("draft.json at ") + pointer);
        CHECK(error.message.contains(newer));
    }
    // The approving order is kept (the model has it), so it is read, not refused, and a wrong
    // key inside it is refused like any other.
    const QJsonObject approval{{QStringLiteral("orderNumber"), QStringLiteral("222")},
                               {QStringLiteral("orderDate"), QStringLiteral("2022-12-05")}};
    Result<DocumentTree> approved = JsonStandardReader().parse(
        sampleWith([&](QJsonObject& top) {
            top = withValue(top, {QStringLiteral("standard"), QStringLiteral("approval")}, approval)
                      .toObject();
        }),
        QStringLiteral("draft.json"));
    INFO((approved ? QString() : approved.error().toString()).toStdString());
    REQUIRE(approved.ok());
    CHECK(JsonStandardWriter().toJson(
              approved.value())[QStringLiteral("standard")][QStringLiteral("approval")] ==
          approval);
    const Error approvalKey = errorAfterSetting(
        QStringLiteral("/standard/approval/orderNumberSuffix"), QStringLiteral("a"));
    CHECK(approvalKey.where ==
          QStringLiteral("draft.json at /standard/approval/orderNumberSuffix"));
    CHECK(approvalKey.message.contains(newer));
    // A list item holds its wording and its id (ListItem), nothing else.
    const Error itemKey = errorAfterSetting(
        QStringLiteral("/standard/professionCards/0/laborFunctions/0/skills/0/abilities/0/note"),
        QStringLiteral("a1"));
    CHECK(itemKey.where.endsWith(QStringLiteral("/skills/0/abilities/0/note")));
    CHECK(itemKey.message.contains(newer));
    // What the format has is read as before.
    REQUIRE(JsonStandardReader().parse(sampleWith([](QJsonObject&) {}), QStringLiteral("x")).ok());
}

TEST_CASE("A comment on no element of the standard, or a reply to no comment, is refused",
          "[json][strict]") {
    const auto withComments = [](const QString& target, const QString& replyTo) {
        return sampleWith([&](QJsonObject& top) {
            const QString card = top[QStringLiteral("standard")][QStringLiteral("professionCards")]
                                    [0][QStringLiteral("id")]
                                        .toString();
            const auto comment = [](const QString& id, const QString& on, const QString& reply) {
                QJsonObject object{
                    {QStringLiteral("id"), id},
                    {QStringLiteral("targetId"), on},
                    {QStringLiteral("author"), QStringLiteral("Эксперт")},
                    {QStringLiteral("created"), QStringLiteral("2025-03-01T10:00:00Z")},
                    {QStringLiteral("text"), QStringLiteral("Замечание")}};
                if (!reply.isEmpty()) object.insert(QStringLiteral("replyTo"), reply);
                return object;
            };
            top[QStringLiteral("review")] =
                QJsonObject{{QStringLiteral("comments"),
                             QJsonArray{comment(QStringLiteral("c-1"), card, {}),
                                        comment(QStringLiteral("c-2"),
                                                target.isEmpty() ? card : target, replyTo)}}};
        });
    };
    REQUIRE(JsonStandardReader()
                .parse(withComments({}, QStringLiteral("c-1")), QStringLiteral("draft.json"))
                .ok());
    const Error target = readError(withComments(QStringLiteral("no-such-element"), {}));
    CHECK(target.where == QStringLiteral("draft.json at /review/comments/1/targetId"));
    CHECK(target.message.contains(QStringLiteral("no-such-element")));
    // A comment is not an element of the standard to comment on.
    CHECK(readError(withComments(QStringLiteral("c-1"), {}))
              .where.endsWith(QStringLiteral("/review/comments/1/targetId")));
    const Error reply = readError(withComments({}, QStringLiteral("c-9")));
    CHECK(reply.where == QStringLiteral("draft.json at /review/comments/1/replyTo"));
    CHECK(reply.message.contains(QStringLiteral("c-9")));
    CHECK(readError(withComments({}, QStringLiteral("c-2")))
              .where.endsWith(QStringLiteral("/review/comments/1/replyTo")));
}

TEST_CASE("kasibi-cli refuses a standard with an unknown key: exit 2, nothing written",
          "[json][strict][cli]") {
    QTemporaryDir dir;
    const QString json = dir.filePath(QStringLiteral("newer.json"));
    test::writeBytes(json, sampleWith([](QJsonObject& top) {
                         top = withValue(top,
                                         {QStringLiteral("standard"), QStringLiteral("passport"),
                                          QStringLiteral("somethingNew")},
                                         QStringLiteral("x"))
                                   .toObject();
                     }));
    const QString out = dir.filePath(QStringLiteral("newer.kasibi"));
    QString error;
    CHECK(test::runCli({QStringLiteral("import"), json, QStringLiteral("-o"), out}, nullptr,
                       &error) == 2);
    INFO(error.toStdString());
    CHECK(error.contains(QStringLiteral("newer.json")));
    CHECK(error.contains(QStringLiteral("/standard/passport/somethingNew")));
    CHECK(error.contains(QStringLiteral("newer Kasibi")));
    CHECK(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden) ==
          QStringList{QStringLiteral("newer.json")});
    CHECK(test::runCli({QStringLiteral("validate"), json}) == 2);
    const QString exported = dir.filePath(QStringLiteral("out.json"));
    CHECK(test::runCli({QStringLiteral("export"), json, QStringLiteral("-o"), exported}) == 2);
    CHECK_FALSE(QFileInfo::exists(exported));
}

TEST_CASE("A conclusion without the Kasibi extension gives each string to its language",
          "[json][conclusion]") {
    QJsonObject top = QJsonDocument::fromJson(test::readBytes(test::samplePath())).object();
    const auto assessment = [](const char* criterion, const QString& remark) {
        return QJsonObject{{QStringLiteral("criterion"), QLatin1String(criterion)},
                           {QStringLiteral("verdict"), QStringLiteral("does-not-meet")},
                           {QStringLiteral("remark"), remark}};
    };
    top[QStringLiteral("review")] = QJsonObject{
        {QStringLiteral("conclusion"),
         QJsonObject{{QStringLiteral("stateBody"), QStringLiteral("Еңбек министрлігі")},
                     {QStringLiteral("assessments"),
                      QJsonArray{assessment("2.6", QStringLiteral("Не раскрыта связь")),
                                 assessment("2.7", QStringLiteral("Атаулары көрсетілмеген")),
                                 assessment("2.8", QString())}}}}};
    Result<DocumentTree> parsed =
        JsonStandardReader().parse(QJsonDocument(top).toJson(), QStringLiteral("other.json"));
    INFO((parsed ? QString() : parsed.error().toString()).toStdString());
    REQUIRE(parsed.ok());
    const DocumentTree& tree = parsed.value();
    CHECK(tree.text(tree.rootId, QStringLiteral("review/conclusion/kasibi/stateBody")) ==
          LocalizedText{QStringLiteral("Еңбек министрлігі"), QString()});
    const QStringList ids =
        tree.children(tree.rootId, QStringLiteral("review/conclusion/assessments"));
    REQUIRE(ids.size() == 3);
    CHECK(tree.text(ids[0], QStringLiteral("kasibi/remark")) ==
          LocalizedText{QString(), QStringLiteral("Не раскрыта связь")});
    CHECK(tree.text(ids[1], QStringLiteral("kasibi/remark")) ==
          LocalizedText{QStringLiteral("Атаулары көрсетілмеген"), QString()});
    CHECK(tree.text(ids[2], QStringLiteral("kasibi/remark")).isEmpty());

    // Written back: the same strings, and both languages under the extension.
    const QJsonObject back = JsonStandardWriter().toJson(tree);
    const QJsonObject conclusion =
        back[QStringLiteral("review")][QStringLiteral("conclusion")].toObject();
    CHECK(conclusion[QStringLiteral("stateBody")].toString() ==
          QStringLiteral("Еңбек министрлігі"));
    CHECK(conclusion[QStringLiteral("kasibi")][QStringLiteral("stateBody")][QStringLiteral("kk")]
              .toString() == QStringLiteral("Еңбек министрлігі"));
    const QJsonArray assessments = conclusion[QStringLiteral("assessments")].toArray();
    CHECK(assessments[0][QStringLiteral("remark")].toString() ==
          QStringLiteral("Не раскрыта связь"));
    CHECK(assessments[1][QStringLiteral("remark")].toString() ==
          QStringLiteral("Атаулары көрсетілмеген"));

    // A string another program edited, beside an extension it did not know, is kept.
    QJsonObject edited = back;
    QJsonObject review = edited[QStringLiteral("review")].toObject();
    QJsonObject edit = review[QStringLiteral("conclusion")].toObject();
    edit[QStringLiteral("stateBody")] = QStringLiteral("Министерство труда");
    review[QStringLiteral("conclusion")] = edit;
    edited[QStringLiteral("review")] = review;
    Result<DocumentTree> reread =
        JsonStandardReader().parse(QJsonDocument(edited).toJson(), QStringLiteral("edited.json"));
    REQUIRE(reread.ok());
    CHECK(reread.value().text(reread.value().rootId,
                              QStringLiteral("review/conclusion/kasibi/stateBody")) ==
          LocalizedText{QStringLiteral("Еңбек министрлігі"), QStringLiteral("Министерство труда")});

    // The extension holds its texts and nothing else.
    QJsonObject unknown = back;
    review = unknown[QStringLiteral("review")].toObject();
    edit = review[QStringLiteral("conclusion")].toObject();
    edit[QStringLiteral("kasibi")] =
        QJsonObject{{QStringLiteral("signature"), QStringLiteral("x")}};
    review[QStringLiteral("conclusion")] = edit;
    unknown[QStringLiteral("review")] = review;
    Result<DocumentTree> refused =
        JsonStandardReader().parse(QJsonDocument(unknown).toJson(), QStringLiteral("new.json"));
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().where.contains(QStringLiteral("/review/conclusion/kasibi/signature")));
}
