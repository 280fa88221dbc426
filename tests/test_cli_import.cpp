// `kasibi-cli import` of published standards from Word.
#include "core/format/anydocumentreader.h"
#include "docxfixture.h"
#include "testsupport.h"

#include <catch2/catch.hpp>

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>

using namespace kasibi;
using kasibi::test::runCli;

namespace {

QString realStandard(const QString& name) {
    return kasibi::test::sharedPath(QStringLiteral("real-standards/") + name);
}

} // namespace

TEST_CASE("kasibi-cli import makes a document of a published Word standard, with its report",
          "[cli][import]") {
    QTemporaryDir dir;
    const QString output = dir.filePath(QStringLiteral("databases.kasibi"));
    const QString report = dir.filePath(QStringLiteral("report.json"));
    QString printed, errors;
    REQUIRE(runCli({QStringLiteral("import"), realStandard(QStringLiteral("default-1.docx")),
                    QStringLiteral("-o"), output, QStringLiteral("--report"), report},
                   &printed, &errors) == 0);
    INFO(errors.toStdString());
    CHECK(printed.contains(QStringLiteral("imported from default-1.docx (ru)")));
    Result<DocumentTree> tree = AnyDocumentReader().read(output);
    REQUIRE(tree.ok());
    CHECK(tree.value()
              .children(tree.value().standardId(), QStringLiteral("professionCards"))
              .size() == 3);
    const QJsonObject json = QJsonDocument::fromJson(kasibi::test::readBytes(report)).object();
    const QJsonArray notes = json.value(QStringLiteral("notes")).toArray();
    REQUIRE_FALSE(notes.isEmpty());
    QSet<QString> kinds;
    for (const QJsonValue& note : notes) {
        const QJsonObject object = note.toObject();
        kinds.insert(object.value(QStringLiteral("kind")).toString());
        CHECK(object.value(QStringLiteral("source"))
                  .toString()
                  .startsWith(QStringLiteral("default-1.docx")));
        CHECK_FALSE(object.value(QStringLiteral("message")).toString().isEmpty());
    }
    CHECK(kinds.contains(QStringLiteral("mapped")));
    CHECK(kinds.contains(QStringLiteral("missing")));
    // The report's paths point into the new document.
    CHECK(notes[0]
              .toObject()
              .value(QStringLiteral("path"))
              .toString()
              .startsWith(QStringLiteral("/standard")));

    // An existing file is not replaced without --force.
    REQUIRE(runCli({QStringLiteral("import"), realStandard(QStringLiteral("default-1.docx")),
                    QStringLiteral("-o"), output},
                   nullptr, &errors) == 2);
    CHECK(errors.contains(QStringLiteral("--force")));
}

TEST_CASE("kasibi-cli import refuses hostile and foreign files and leaves no output",
          "[cli][import]") {
    QTemporaryDir dir;
    const QString output = dir.filePath(QStringLiteral("out.kasibi"));
    const QString report = dir.filePath(QStringLiteral("out.json"));
    const auto refused = [&](const QString& input) {
        QString errors;
        const int status = runCli({QStringLiteral("import"), input, QStringLiteral("-o"), output,
                                   QStringLiteral("--report"), report},
                                  nullptr, &errors);
        CHECK(status == 2);
        CHECK(errors.contains(input));
        CHECK_FALSE(QFileInfo::exists(output));
        CHECK_FALSE(QFileInfo::exists(report));
        return errors.toStdString();
    };
    const QString dtd = dir.filePath(QStringLiteral("dtd.docx"));
    kasibi::test::writeDocx(dtd, QStringLiteral("<w:p><w:r><w:t>&big;</w:t></w:r></w:p>"),
                            R"(<?xml version="1.0"?><!DOCTYPE w:document [<!ENTITY big "x">]>)");
    CHECK_THAT(refused(dtd), Catch::Contains("document type declaration"));

    const QString letter = dir.filePath(QStringLiteral("letter.docx"));
    kasibi::test::writeDocx(letter, QStringLiteral("<w:p><w:r><w:t>Уважаемые коллеги, направляем "
                                                   "письмо.</w:t></w:r></w:p>"));
    CHECK_THAT(refused(letter), Catch::Contains("has no professional standard in it"));

    const QString pdf = dir.filePath(QStringLiteral("standard.pdf"));
    kasibi::test::writeBytes(pdf, "%PDF-1.7\n");
    CHECK_THAT(refused(pdf), Catch::Contains("import the Word (.docx) file"));

    const QString doc = dir.filePath(QStringLiteral("standard.doc"));
    kasibi::test::writeBytes(doc, QByteArray("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", 8) +
                                      QByteArray(504, '\0'));
    CHECK_THAT(refused(doc), Catch::Contains("save it as .docx"));
}

TEST_CASE("A Word file given where a document is expected says to import it", "[cli][import]") {
    QTemporaryDir dir;
    QString errors;
    CHECK(runCli({QStringLiteral("export"), realStandard(QStringLiteral("kind2-13.docx")),
                  QStringLiteral("-o"), dir.filePath(QStringLiteral("out.json"))},
                 nullptr, &errors) == 2);
    CHECK(errors.contains(QStringLiteral("This is a Word document")));
    CHECK(errors.contains(QStringLiteral("kasibi-cli import")));
}
