#include "core/ooxml/worddocumentreader.h"
#include "core/reviewimport/reviewedfilereader.h"
#include "docxfixture.h"

#include <catch2/catch.hpp>

#include <quazip.h>
#include <quazipfile.h>
#include <quazipnewinfo.h>

#include <QFileInfo>
#include <QTemporaryDir>

using namespace kasibi;
using namespace kasibi::test;

namespace {

const QString body =
    QStringLiteral("<w:p><w:commentRangeStart w:id=\"0\"/><w:r><w:t>Знания</w:t></w:r>"
                   "<w:commentRangeEnd w:id=\"0\"/></w:p>");

std::string refusal(const QString& path) {
    Result<ReviewedFile> read = ReviewedFileReader::read(path);
    REQUIRE(!read.ok());
    REQUIRE(read.error().where == path);
    return read.error().message.toStdString();
}

} // namespace

TEST_CASE("A reviewed file with broken comments is refused, naming the part and line") {
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("broken.docx"));
    writeDocx(path, body);
    addParts(
        path,
        {{QStringLiteral("word/_rels/document.xml.rels"), commentRelationships()},
         {QStringLiteral("word/comments.xml"),
          R"(<?xml version="1.0"?><w:comments xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">
<w:comment w:id="0" w:author="A"><w:p><w:r><w:t>Текст</w:r></w:p></w:comment></w:comments>)"}});
    const std::string message = refusal(path);
    CHECK(message.find("the part word/comments.xml is not well-formed XML (line 2)") == 0);
}

TEST_CASE("A reviewed file with a document type declaration is refused") {
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("dtd.docx"));
    writeDocx(path, body,
              R"(<?xml version="1.0"?><!DOCTYPE w:document [<!ENTITY a "aaaaaaaaaa">]>)");
    CHECK(refusal(path).find("a document type declaration, which a document never has") !=
          std::string::npos);
}

TEST_CASE("A reviewed file whose comments unpack beyond the limit is refused (a zip bomb)") {
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("bomb.docx"));
    writeDocx(path, body);
    addParts(path, {{QStringLiteral("word/_rels/document.xml.rels"), commentRelationships()}});
    addBlankPart(path, QStringLiteral("word/comments.xml"), WordDocumentReader::MaximumPartSize);
    REQUIRE(QFileInfo(path).size() < 2 * 1024 * 1024);
    CHECK(refusal(path) == "the part word/comments.xml unpacks to more than 256 MB; this is not a "
                           "reviewed standard");
}

TEST_CASE("A reviewed file of thousands of entries is refused before it is read") {
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("entries.docx"));
    writeDocx(path, body);
    QVector<std::pair<QString, QByteArray>> parts;
    for (int i = 0; i < 2100; ++i)
        parts << std::pair{QStringLiteral("word/media/%1.xml").arg(i), QByteArray("x")};
    addParts(path, parts);
    CHECK(refusal(path) == "the archive holds 2103 files; a Word document holds a few dozen");
}

TEST_CASE("A reviewed file nested deeper than any document is refused") {
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("deep.docx"));
    QString deep;
    for (int i = 0; i < 300; ++i)
        deep += QStringLiteral("<w:sdt><w:sdtContent>");
    for (int i = 0; i < 300; ++i)
        deep += QStringLiteral("</w:sdtContent></w:sdt>");
    writeDocx(path, body + deep);
    CHECK(refusal(path).find("nested more than 200 deep") != std::string::npos);
}

TEST_CASE("A reviewed file's text is read with its tracked changes and comment places") {
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("changes.docx"));
    writeDocx(path,
              QStringLiteral("<w:p><w:bookmarkStart w:id=\"1\" w:name=\"K0123456789abcde\"/>"
                             "<w:r><w:t>Знания </w:t></w:r><w:del w:id=\"2\" w:author=\"A\" "
                             "w:date=\"2026-11-29T09:00:00Z\"><w:r><w:delText>старые</w:delText>"
                             "</w:r></w:del><w:ins w:id=\"3\" w:author=\"A\"><w:r><w:t>новые</w:t>"
                             "</w:r></w:ins><w:commentRangeStart w:id=\"0\"/><w:r><w:t> "
                             "правила</w:t></w:r><w:bookmarkEnd w:id=\"1\"/><w:r><w:t>.</w:t></w:r>"
                             "<w:commentRangeEnd w:id=\"0\"/></w:p>"));
    addParts(path, {{QStringLiteral("word/_rels/document.xml.rels"), commentRelationships()},
                    {QStringLiteral("word/comments.xml"),
                     commentsPart({{0,
                                    QStringLiteral("B"),
                                    QStringLiteral("2026-11-29T10:00:00Z"),
                                    {QStringLiteral("Да")},
                                    {},
                                    QStringLiteral("Б")}})}});
    Result<ReviewedFile> read = ReviewedFileReader::read(path);
    REQUIRE(read.ok());
    const ReviewedFile& file = read.value();
    REQUIRE(file.paragraphs.size() == 1);
    CHECK(file.paragraphs[0].before() == QStringLiteral("Знания старые правила."));
    CHECK(file.paragraphs[0].after() == QStringLiteral("Знания новые правила."));
    const QVector<ReviewedSegment>& segments = file.paragraphs[0].segments;
    REQUIRE(segments.size() == 5);
    CHECK(segments[1].change == ReviewedSegment::Change::Deleted);
    CHECK(segments[1].author == QStringLiteral("A"));
    CHECK(segments[2].change == ReviewedSegment::Change::Inserted);
    CHECK(segments[2].marks == QStringList{QStringLiteral("K0123456789abcde")});
    CHECK(segments[4].marks.isEmpty());
    REQUIRE(file.comments.size() == 1);
    CHECK(file.comments[0].author == QStringLiteral("B"));
    CHECK(file.comments[0].initials == QStringLiteral("Б"));
    CHECK(file.comments[0].text == QStringLiteral("Да"));
    // Offsets count the text as it was before the changes.
    CHECK(file.comments[0].start.offset == int(QStringLiteral("Знания старые").size()));
    CHECK(file.comments[0].start.marks == QStringList{QStringLiteral("K0123456789abcde")});
    CHECK(file.comments[0].end.marks.isEmpty());
}
