#include "core/format/docxstandardwriter.h"
#include "core/model/schema.h"
#include "core/model/standarddocument.h"
#include "core/reviewimport/reviewimport.h"
#include "core/reviewimport/reviewmark.h"
#include "core/store/documentstore.h"
#include "docxfixture.h"
#include "exportchecks.h"
#include "testsupport.h"

#include <catch2/catch.hpp>

#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>

using namespace kasibi;
using namespace kasibi::test;

namespace {

using RemarkKind = ImportedRemark::Kind;
using Anchor = ImportedRemark::Anchor;

const QString ru = QStringLiteral("ru");

QString exported(const DocumentTree& tree, const QString& path, bool withMarks = true) {
    ExportOptions options;
    options.language = ru;
    options.withMarks = withMarks;
    const Status written = DocxStandardWriter().write(tree, path, options);
    INFO((written ? QString() : written.error().toString()).toStdString());
    REQUIRE(written.ok());
    return path;
}

// A reviewer's LibreOffice: tracked changes made through UNO, comments written by LibreOffice
// (tests/tools/libreoffice_review.py), saved as Word 2007-365.
QString reviewedByLibreOffice(const QString& docx, const QJsonObject& spec, const QString& out) {
    REQUIRE(haveTool(QStringLiteral("soffice")));
    const QString specPath = out + QStringLiteral(".json");
    writeBytes(specPath, QJsonDocument(spec).toJson());
    runTool(QStringLiteral("/usr/bin/python3"),
            {sourcePath(QStringLiteral("tests/tools/libreoffice_review.py")), docx, specPath, out},
            600000);
    REQUIRE(QFileInfo(out).size() > 0);
    return out;
}

// `occurrence`: which occurrence of `find` in the printed standard, from 0.
QJsonObject change(const QString& find, const QString& replace, const QString& author,
                   int occurrence = 0) {
    return {{QStringLiteral("find"), find},
            {QStringLiteral("replace"), replace},
            {QStringLiteral("author"), author},
            {QStringLiteral("occurrence"), occurrence}};
}

QJsonObject comment(const QString& find, const QString& text, const QString& author,
                    const QString& date, bool resolved = false) {
    return {{QStringLiteral("find"), find},
            {QStringLiteral("text"), text},
            {QStringLiteral("author"), author},
            {QStringLiteral("date"), date},
            {QStringLiteral("resolved"), resolved}};
}

const ImportedRemark& remark(const ReviewImportResult& result, const QString& text) {
    for (const ImportedRemark& each : result.remarks)
        if (each.text == text || each.after.contains(text)) return each;
    FAIL("no remark " << text.toStdString());
    return result.remarks.first();
}

ReviewImportResult imported(const DocumentTree& tree, const QString& docx) {
    Result<ReviewImportResult> result = ReviewImport::read(tree, docx);
    INFO((result ? QString() : result.error().toString()).toStdString());
    REQUIRE(result.ok());
    return result.value();
}

// The places of the sample the tests speak of.
struct Sample {
    DocumentTree tree = sampleTree();
    QString standard = tree.standardId();
    QString card = tree.children(standard, Role::ProfessionCards).first();
    QString skill =
        tree.children(tree.children(card, Role::LaborFunctions).first(), Role::Skills).first();
    QStringList knowledge = tree.children(skill, Role::Knowledge);
    QStringList otherNames = tree.children(card, Role::OtherNames);
    QStringList competencies = tree.children(card, Role::PersonalCompetencies);
    QString ruText(const QString& id, const QString& field) const {
        return tree.value(id, field, ru);
    }
};

// The same content under another standard's id.
DocumentTree underAnotherId(const Sample& s) {
    DocumentTree renamed = sampleTree();
    const Node standardNode = renamed.nodes.take(s.standard);
    Node moved = standardNode;
    moved.id = QStringLiteral("another-standard");
    renamed.nodes.insert(moved.id, moved);
    renamed.nodes[renamed.rootId].children[Role::Standard] = {moved.id};
    for (Node& node : renamed.nodes)
        if (node.parentId == s.standard) node.parentId = moved.id;
    return renamed;
}

const QString aigerim = QStringLiteral("Айгерим Сапарова");
const QString nurlan = QStringLiteral("Нурлан Ахметов");

} // namespace

TEST_CASE("A review made in LibreOffice comes back: comments on their fields, changes as "
          "suggestions") {
    const Sample s;
    QTemporaryDir dir;
    const QString docx = exported(s.tree, dir.filePath(QStringLiteral("standard.docx")));
    const QJsonObject spec{
        {QStringLiteral("changes"),
         QJsonArray{
             change(QStringLiteral("разработан в соответствии"),
                    QStringLiteral("подготовлен в соответствии"), aigerim),
             change(QStringLiteral("Выемка руды"), QStringLiteral("Выемка железной руды"), nurlan),
             change(QStringLiteral("Устройство, принцип действия"),
                    QStringLiteral("Устройство и принцип действия"), aigerim),
             // A text replaced whole: LibreOffice drops the bookmark with it.
             change(QStringLiteral("Добыча металлических руд"),
                    QStringLiteral("Добыча металлических руд и концентратов"), aigerim),
             // The passport's list of cards prints the code first; the card's own comes next.
             change(QStringLiteral("8342-1-003"), QStringLiteral("8342-1-004"), nurlan, 1)}},
        {QStringLiteral("comments"),
         QJsonArray{
             comment(QStringLiteral("Горнодобывающая промышленность"),
                     QStringLiteral("Проверьте наименование секции"), nurlan,
                     QStringLiteral("2026-11-28T10:15:00")),
             // The same range, later: LibreOffice's reply.
             comment(QStringLiteral("Горнодобывающая промышленность"),
                     QStringLiteral("Совпадает с ОКЭД"), aigerim,
                     QStringLiteral("2026-11-28T11:00:00")),
             comment(QStringLiteral("5–6 разряд"), QStringLiteral("Разряд?"), nurlan,
                     QStringLiteral("2026-11-28T10:20:00"), true),
             comment(QStringLiteral("Перечень неисправностей"), QStringLiteral("Какой перечень?"),
                     aigerim, QStringLiteral("2026-11-28T10:30:00")),
             comment(QStringLiteral("Внимательность"), QStringLiteral("Внимательность к чему?"),
                     nurlan, QStringLiteral("2026-11-28T10:40:00")),
             comment(QStringLiteral("Требования к опыту работы"), QStringLiteral("Раздел не нужен"),
                     nurlan, QStringLiteral("2026-11-28T10:50:00"))}}};
    const QString reviewed =
        reviewedByLibreOffice(docx, spec, dir.filePath(QStringLiteral("reviewed.docx")));
    const ReviewImportResult result = imported(s.tree, reviewed);
    REQUIRE(result.language == ru);

    const ImportedRemark& section = remark(result, QStringLiteral("Проверьте наименование секции"));
    CHECK(section.kind == RemarkKind::Comment);
    CHECK(section.elementId == s.standard);
    CHECK(section.field == QStringLiteral("passport/oked/section/name"));
    CHECK(section.anchoredBy == Anchor::Mark);
    CHECK(section.author == nurlan);
    const ImportedRemark& reply = remark(result, QStringLiteral("Совпадает с ОКЭД"));
    CHECK(reply.replyTo == section.commentId);
    CHECK(reply.field == section.field);
    const ImportedRemark& grade = remark(result, QStringLiteral("Разряд?"));
    CHECK(grade.elementId == s.card);
    CHECK(grade.field == Field::TariffQualification);
    CHECK(grade.resolved);
    const ImportedRemark& list = remark(result, QStringLiteral("Какой перечень?"));
    CHECK(list.elementId == s.skill);
    CHECK(list.field == Role::Knowledge);
    CHECK(list.itemId == s.knowledge[1]);
    const ImportedRemark& competency = remark(result, QStringLiteral("Внимательность к чему?"));
    CHECK(competency.itemId == s.competencies[1]);
    CHECK(competency.field == Role::PersonalCompetencies);
    // A label has no mark and no text of the standard: on the standard, quoting it.
    const ImportedRemark& label = remark(result, QStringLiteral("Раздел не нужен"));
    CHECK(label.anchoredBy == Anchor::None);
    CHECK(label.elementId == s.standard);
    CHECK(label.quoted == QStringLiteral("Требования к опыту работы"));

    const QString scope = s.ruText(s.standard, Field::Scope);
    const ImportedRemark& scopeChange = remark(result, QStringLiteral("подготовлен в"));
    CHECK(scopeChange.kind == RemarkKind::Suggestion);
    CHECK(scopeChange.anchoredBy == Anchor::Mark);
    CHECK(scopeChange.field == Field::Scope);
    CHECK(scopeChange.language == ru);
    CHECK(scopeChange.author == aigerim);
    CHECK(scopeChange.before == scope);
    CHECK(scopeChange.after ==
          QString(scope).replace(QStringLiteral("разработан в соответствии"),
                                 QStringLiteral("подготовлен в соответствии")));
    const QString purpose = s.ruText(s.card, Field::MainPurpose);
    const ImportedRemark& purposeChange = remark(result, QStringLiteral("Выемка железной руды"));
    CHECK(purposeChange.elementId == s.card);
    CHECK(purposeChange.field == Field::MainPurpose);
    CHECK(purposeChange.author == nurlan);
    CHECK(purposeChange.before == purpose);
    CHECK(purposeChange.after == QString(purpose).replace(QStringLiteral("Выемка руды"),
                                                          QStringLiteral("Выемка железной руды")));
    const ImportedRemark& itemChange = remark(result, QStringLiteral("Устройство и принцип"));
    CHECK(itemChange.itemId == s.knowledge[0]);
    CHECK(itemChange.before == s.ruText(s.knowledge[0], Schema::TextItemField));
    CHECK(itemChange.after ==
          QStringLiteral("Устройство и принцип действия и технические характеристики "
                         "обслуживаемого экскаватора"));
    const ImportedRemark& division = remark(result, QStringLiteral("и концентратов"));
    CHECK(division.kind == RemarkKind::Suggestion);
    CHECK(division.anchoredBy != Anchor::None);
    CHECK(division.field == QStringLiteral("passport/oked/division/name"));
    CHECK(division.before == QStringLiteral("Добыча металлических руд"));
    CHECK(division.after == QStringLiteral("Добыча металлических руд и концентратов"));
    // A code has no languages: the suggestion has none either.
    const ImportedRemark& code = remark(result, QStringLiteral("8342-1-004"));
    CHECK(code.kind == RemarkKind::Suggestion);
    CHECK(code.elementId == s.card);
    CHECK(code.field == Field::NkzOccupationCode);
    CHECK(code.language.isEmpty());
    CHECK(code.before == QStringLiteral("8342-1-003"));

    REQUIRE(result.count(RemarkKind::Comment, Anchor::Mark) == 5);
    REQUIRE(result.count(RemarkKind::Comment, Anchor::None) == 1);
    REQUIRE(result.suggestions() == 5);
    REQUIRE(result.newComments.size() == 11);

    // Into the document in one go; the standard's texts stay as they were.
    const QString path = dir.filePath(QStringLiteral("standard.kasibi"));
    auto document = StandardDocument::create(path, s.tree);
    REQUIRE(document.ok());
    REQUIRE(ReviewImport::addTo(*document.value(), result).ok());
    const DocumentTree after = document.value()->tree();
    REQUIRE(after.value(s.standard, Field::Scope, ru) == scope);
    const QString suggestion = scopeChange.commentId;
    REQUIRE(after.value(suggestion, Field::TargetId) == s.standard);
    REQUIRE(after.value(suggestion, Field::CommentedField) == Field::Scope);
    REQUIRE(after.value(suggestion, Field::SuggestionLanguage) == ru);
    REQUIRE(after.value(suggestion, Field::SuggestionBefore) == scope);
    REQUIRE(after.value(suggestion, Field::SuggestionAfter) == scopeChange.after);
    REQUIRE(after.value(list.commentId, Field::TargetId) == s.knowledge[1]);
    REQUIRE(after.value(list.commentId, Field::CommentedField).isEmpty());
    REQUIRE(after.value(reply.commentId, Field::ReplyTo) == section.commentId);
    REQUIRE(after.value(grade.commentId, Field::Resolved) == QStringLiteral("true"));
    document.value().reset();

    // Imported again: every remark is already there, nothing is added.
    auto reopened = StandardDocument::open(path);
    REQUIRE(reopened.ok());
    const ReviewImportResult again = imported(reopened.value()->tree(), reviewed);
    REQUIRE(again.duplicates() == int(again.remarks.size()));
    REQUIRE(again.newComments.isEmpty());
}

TEST_CASE("Word's markup comes back: a reply and a done comment, a change across two runs, a "
          "comment on two elements") {
    const Sample s;
    const QString name = s.ruText(s.standard, Field::StandardName);
    REQUIRE(name == QStringLiteral("Добыча руды открытым способом"));
    const QString scope = s.ruText(s.standard, Field::Scope);
    const QString description = s.ruText(s.standard, Field::Description);
    const QString purpose = s.ruText(s.card, Field::MainPurpose);
    const auto mark = [](int id, const QString& element, const QString& field) -> QString {
        return QStringLiteral("<w:bookmarkStart w:id=\"%1\" w:name=\"%2\"/>")
            .arg(id)
            .arg(ReviewMark::name(element, field));
    };
    const auto end = [](int id) -> QString {
        return QStringLiteral("<w:bookmarkEnd w:id=\"%1\"/>").arg(id);
    };
    const auto run = [](const QString& text) -> QString {
        return QStringLiteral("<w:r><w:t xml:space=\"preserve\">%1</w:t></w:r>").arg(text);
    };
    const QString by =
        QStringLiteral("w:author=\"Word Reviewer\" w:date=\"2026-11-29T09:0%1:00Z\"");
    const QString body =
        // The name: a deletion across two runs, then an insertion, by one author.
        QStringLiteral("<w:p>") + mark(1, s.standard, Field::StandardName) + run("Добыча ") +
        QStringLiteral("<w:del w:id=\"20\" %1><w:r><w:delText>руды </w:delText></w:r>"
                       "<w:r><w:delText>открытым</w:delText></w:r></w:del>")
            .arg(by.arg(0)) +
        QStringLiteral("<w:ins w:id=\"21\" %1><w:r><w:t>железной руды карьерным</w:t></w:r>"
                       "</w:ins>")
            .arg(by.arg(1)) +
        run(" способом") + end(1) + QStringLiteral("</w:p>") +
        // A comment from inside the scope to inside the description: on the scope.
        QStringLiteral("<w:p>") + mark(2, s.standard, Field::Scope) + run(scope.left(20)) +
        QStringLiteral("<w:commentRangeStart w:id=\"0\"/>") + run(scope.mid(20)) + end(2) +
        QStringLiteral("</w:p><w:p>") + mark(3, s.standard, Field::Description) +
        QStringLiteral("<w:commentRangeStart w:id=\"2\"/>") + run(description.left(30)) +
        QStringLiteral("<w:commentRangeEnd w:id=\"0\"/><w:r><w:commentReference w:id=\"0\"/>"
                       "</w:r>") +
        run(description.mid(30)) +
        QStringLiteral("<w:commentRangeEnd w:id=\"2\"/><w:r><w:commentReference w:id=\"2\"/>"
                       "</w:r>") +
        end(3) + QStringLiteral("</w:p>") +
        // Pasted without its mark: found by its text.
        QStringLiteral("<w:p><w:commentRangeStart w:id=\"3\"/>") + run(purpose) +
        QStringLiteral("<w:commentRangeEnd w:id=\"3\"/></w:p>");
    const QByteArray comments =
        commentsPart({{0,
                       QStringLiteral("Word Reviewer"),
                       QStringLiteral("2026-11-29T10:00:00Z"),
                       {QStringLiteral("Первая строка"), QStringLiteral("Вторая строка")},
                       QStringLiteral("1A000000")},
                      {1,
                       QStringLiteral("Author Reply"),
                       QStringLiteral("2026-11-29T11:00:00Z"),
                       {QStringLiteral("Ответ")},
                       QStringLiteral("1B000000")},
                      {2,
                       QStringLiteral("Word Reviewer"),
                       QStringLiteral("2026-11-29T10:05:00Z"),
                       {QStringLiteral("Готово")},
                       QStringLiteral("1C000000")},
                      {3,
                       QStringLiteral("Word Reviewer"),
                       QStringLiteral("2026-11-29T10:06:00Z"),
                       {QStringLiteral("Без закладки")},
                       QStringLiteral("1D000000")}});
    const QString extended = QStringLiteral(
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?><w15:commentsEx "
        "xmlns:w15=\"http://schemas.microsoft.com/office/word/2012/wordml\">"
        "<w15:commentEx w15:paraId=\"1A000000\" w15:done=\"0\"/>"
        "<w15:commentEx w15:paraId=\"1B000000\" w15:paraIdParent=\"1A000000\" w15:done=\"0\"/>"
        "<w15:commentEx w15:paraId=\"1C000000\" w15:done=\"1\"/>"
        "<w15:commentEx w15:paraId=\"1D000000\" w15:done=\"0\"/></w15:commentsEx>");
    const QByteArray app =
        R"(<?xml version="1.0" encoding="UTF-8"?><Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties"><Application>Microsoft Office Word</Application></Properties>)";
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("word.docx"));
    writeDocx(path, body);
    addParts(path, {{QStringLiteral("word/_rels/document.xml.rels"), commentRelationships(true)},
                    {QStringLiteral("word/comments.xml"), comments},
                    {QStringLiteral("word/commentsExtended.xml"), extended.toUtf8()},
                    {QStringLiteral("docProps/app.xml"), app}});

    const ReviewImportResult result = imported(s.tree, path);
    const ImportedRemark& nameChange = remark(result, QStringLiteral("железной руды"));
    CHECK(nameChange.kind == RemarkKind::Suggestion);
    CHECK(nameChange.anchoredBy == Anchor::Mark);
    CHECK(nameChange.field == Field::StandardName);
    CHECK(nameChange.author == QStringLiteral("Word Reviewer"));
    CHECK(nameChange.created == QStringLiteral("2026-11-29T09:01:00Z")); // its last change's
    CHECK(nameChange.before == name);
    CHECK(nameChange.after == QStringLiteral("Добыча железной руды карьерным способом"));
    CHECK(nameChange.text == QStringLiteral("Replace «руды открытым» with «железной руды "
                                            "карьерным»"));

    const ImportedRemark& spanning = remark(result, QStringLiteral("Первая строка\nВторая строка"));
    CHECK(spanning.field == Field::Scope);
    CHECK(spanning.anchoredBy == Anchor::Mark);
    CHECK(spanning.initials == QStringLiteral("WR"));
    CHECK(!spanning.resolved);
    const ImportedRemark& answer = remark(result, QStringLiteral("Ответ"));
    CHECK(answer.replyTo == spanning.commentId);
    CHECK(answer.field == Field::Scope);
    const ImportedRemark& done = remark(result, QStringLiteral("Готово"));
    CHECK(done.field == Field::Description);
    CHECK(done.resolved);
    CHECK(done.replyTo.isEmpty());
    const ImportedRemark& pasted = remark(result, QStringLiteral("Без закладки"));
    CHECK(pasted.anchoredBy == Anchor::Text);
    CHECK(pasted.elementId == s.card);
    CHECK(pasted.field == Field::MainPurpose);

    // The reply follows the comment it answers.
    int spanningAt = -1;
    int answerAt = -1;
    for (int i = 0; i < result.remarks.size(); ++i) {
        if (result.remarks[i].commentId == spanning.commentId) spanningAt = i;
        if (result.remarks[i].commentId == answer.commentId) answerAt = i;
    }
    CHECK(spanningAt >= 0);
    CHECK(answerAt == spanningAt + 1);
}

TEST_CASE("A review of another standard is refused unless the user confirms it") {
    const Sample s;
    QTemporaryDir dir;
    const QString docx = exported(s.tree, dir.filePath(QStringLiteral("standard.docx")));
    REQUIRE(ReviewImport::standardIdOf(docx).value() == s.standard);

    const DocumentTree renamed = underAnotherId(s);
    Result<ReviewImportResult> refused = ReviewImport::read(renamed, docx);
    REQUIRE(!refused.ok());
    REQUIRE(refused.error().where == docx);
    REQUIRE(refused.error().message.contains(QStringLiteral("another standard")));
    REQUIRE(ReviewImport::read(renamed, docx, true).ok());

    // The command line says how to go on, and goes on with --force.
    const QString renamedPath = dir.filePath(QStringLiteral("renamed.kasibi"));
    REQUIRE(DocumentStore::create(renamedPath, renamed, false).ok());
    QString output;
    QString error;
    REQUIRE(runCli({QStringLiteral("review"), QStringLiteral("import"), renamedPath, docx}, &output,
                   &error) == 2);
    REQUIRE(error.contains(QStringLiteral("another standard")));
    REQUIRE(error.contains(QStringLiteral("--force")));
    REQUIRE(runCli({QStringLiteral("review"), QStringLiteral("import"), renamedPath, docx,
                    QStringLiteral("--force")},
                   &output, &error) == 0);
}

TEST_CASE("kasibi-cli review import that fails leaves the document file as it was, byte for "
          "byte") {
    const Sample s;
    QTemporaryDir dir;
    const QString docx = exported(s.tree, dir.filePath(QStringLiteral("standard.docx")));
    const QString kasibi = dir.filePath(QStringLiteral("other.kasibi"));
    REQUIRE(DocumentStore::create(kasibi, underAnotherId(s), false).ok());
    const QByteArray before = readBytes(kasibi);
    const auto refused = [&](const QString& reviewed, const QString& reason) {
        const QStringList files = QDir(dir.path()).entryList(QDir::Files | QDir::Hidden);
        QString output;
        QString error;
        REQUIRE(runCli({QStringLiteral("review"), QStringLiteral("import"), kasibi, reviewed},
                       &output, &error) == 2);
        INFO(error.toStdString());
        CHECK(error.contains(reviewed));
        CHECK(error.contains(reason));
        // SQLite counts every write in the header (bytes 24 to 27): not even that changes.
        CHECK(readBytes(kasibi) == before);
        CHECK(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden) == files);
    };

    SECTION("a truncated reviewed file") {
        const QString truncated = dir.filePath(QStringLiteral("truncated.docx"));
        writeBytes(truncated, readBytes(docx).left(int(QFileInfo(docx).size() / 2)));
        refused(truncated, QStringLiteral("is not a readable DOCX document"));
    }
    SECTION("a review of another standard, without --force") {
        refused(docx, QStringLiteral("--force"));
    }
}

TEST_CASE("Remarks whose marks were lost are anchored by text, and kasibi-cli counts them") {
    const Sample s;
    QTemporaryDir dir;
    // A copy without marks or properties, as when the text is pasted into a new document.
    const QString docx = exported(s.tree, dir.filePath(QStringLiteral("clean.docx")), false);
    const QJsonObject spec{
        {QStringLiteral("changes"),
         QJsonArray{change(QStringLiteral("Выемка руды"), QStringLiteral("Выемка железной руды"),
                           nurlan)}},
        {QStringLiteral("comments"),
         QJsonArray{
             comment(QStringLiteral("Горнодобывающая промышленность"),
                     QStringLiteral("Проверьте наименование секции"), nurlan,
                     QStringLiteral("2026-11-28T10:15:00")),
             comment(QStringLiteral("Перечень неисправностей"), QStringLiteral("Какой перечень?"),
                     aigerim, QStringLiteral("2026-11-28T10:30:00")),
             comment(QStringLiteral("Требования к опыту работы"), QStringLiteral("Раздел не нужен"),
                     nurlan, QStringLiteral("2026-11-28T10:50:00"))}}};
    const QString reviewed =
        reviewedByLibreOffice(docx, spec, dir.filePath(QStringLiteral("reviewed.docx")));
    const ReviewImportResult result = imported(s.tree, reviewed);
    const ImportedRemark& section = remark(result, QStringLiteral("Проверьте наименование секции"));
    CHECK(section.anchoredBy == Anchor::Text);
    CHECK(section.field == QStringLiteral("passport/oked/section/name"));
    const ImportedRemark& list = remark(result, QStringLiteral("Какой перечень?"));
    CHECK(list.anchoredBy == Anchor::Text);
    CHECK(list.itemId == s.knowledge[1]);
    const ImportedRemark& purpose = remark(result, QStringLiteral("Выемка железной руды"));
    CHECK(purpose.kind == RemarkKind::Suggestion);
    CHECK(purpose.anchoredBy == Anchor::Text);
    CHECK(purpose.field == Field::MainPurpose);
    CHECK(purpose.before == s.ruText(s.card, Field::MainPurpose));

    const QString kasibi = dir.filePath(QStringLiteral("standard.kasibi"));
    REQUIRE(runCli({QStringLiteral("import"), samplePath(), QStringLiteral("-o"), kasibi}) == 0);
    QString output;
    QString error;
    INFO(error.toStdString());
    REQUIRE(runCli({QStringLiteral("review"), QStringLiteral("import"), kasibi, reviewed}, &output,
                   &error) == 0);
    REQUIRE(output.contains(QStringLiteral("0 comment(s) anchored by mark, 2 by text, "
                                           "1 unanchored; 1 suggestion(s)")));
    REQUIRE(runCli({QStringLiteral("review"), QStringLiteral("import"), kasibi, reviewed,
                    QStringLiteral("--json")},
                   &output, &error) == 0);
    const QJsonObject json = QJsonDocument::fromJson(output.toUtf8()).object();
    const QJsonArray remarks = json.value(QStringLiteral("remarks")).toArray();
    REQUIRE(remarks.size() == 4);
    bool sawSuggestion = false;
    for (const QJsonValue& value : remarks) {
        const QJsonObject object = value.toObject();
        CHECK(object.value(QStringLiteral("duplicate")).toBool()); // imported a moment ago
        if (object.value(QStringLiteral("kind")).toString() != QStringLiteral("suggestion"))
            continue;
        sawSuggestion = true;
        CHECK(object.value(QStringLiteral("anchoredBy")).toString() == QStringLiteral("text"));
        CHECK(object.value(QStringLiteral("elementId")).toString() == s.card);
        CHECK(object.value(QStringLiteral("field")).toString() == Field::MainPurpose);
        CHECK(object.value(QStringLiteral("language")).toString() == ru);
        CHECK(object.value(QStringLiteral("before")).toString() ==
              s.ruText(s.card, Field::MainPurpose));
    }
    REQUIRE(sawSuggestion);
}
