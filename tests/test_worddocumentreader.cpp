#include "core/ooxml/worddocumentreader.h"
#include "docxfixture.h"
#include "testsupport.h"

#include <catch2/catch.hpp>

#include <quazip.h>
#include <quazipfile.h>
#include <quazipnewinfo.h>

#include <QFileInfo>
#include <QTemporaryDir>

using namespace kasibi;
using kasibi::test::addBlankPart;
using kasibi::test::writeDocx;

namespace {

WordDocument readOk(const QString& path) {
    Result<WordDocument> document = WordDocumentReader().read(path);
    INFO((document ? QString() : document.error().toString()).toStdString());
    REQUIRE(document.ok());
    return document.value();
}

std::string refusal(const QString& path) {
    Result<WordDocument> document = WordDocumentReader().read(path);
    REQUIRE_FALSE(document.ok());
    CHECK(document.error().where == path);
    return document.error().message.toStdString();
}

QString p(const QString& runs) {
    return QStringLiteral("<w:p>") + runs + QStringLiteral("</w:p>");
}

QString r(const QString& text) {
    return QStringLiteral("<w:r><w:t xml:space=\"preserve\">") + text +
           QStringLiteral("</w:t></w:r>");
}

QString tc(const QString& properties, const QString& content) {
    return QStringLiteral("<w:tc><w:tcPr>") + properties + QStringLiteral("</w:tcPr>") + content +
           QStringLiteral("</w:tc>");
}

std::string text(const WordBlock& block) {
    REQUIRE_FALSE(block.isTable());
    return block.paragraph.text.toStdString();
}

} // namespace

TEST_CASE("Runs, tabs, breaks, links, fields and tracked changes read as the page shows them",
          "[docx]") {
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("text.docx"));
    writeDocx(
        path,
        p(r(QStringLiteral("Умения")) + QStringLiteral("<w:r><w:tab/></w:r>") +
          r(QStringLiteral("и навыки")) + QStringLiteral("<w:r><w:br/></w:r>") +
          r(QStringLiteral("вторая строка"))) +
            // A hyperlink, a smart tag and a simple field give their text.
            p(QStringLiteral("<w:hyperlink r:id=\"rId9\" "
                             "xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/"
                             "2006/relationships\">") +
              r(QStringLiteral("ссылка")) + QStringLiteral("</w:hyperlink><w:smartTag>") +
              r(QStringLiteral(" тег")) +
              QStringLiteral("</w:smartTag><w:fldSimple w:instr=\"PAGE\">") +
              r(QStringLiteral(" 7")) + QStringLiteral("</w:fldSimple>")) +
            // A complex field: its code is not text, its result is.
            p(QStringLiteral("<w:r><w:fldChar w:fldCharType=\"begin\"/></w:r><w:r><w:instrText>"
                             "HYPERLINK \"x\"</w:instrText></w:r><w:r><w:fldChar "
                             "w:fldCharType=\"separate\"/></w:r>") +
              r(QStringLiteral("результат")) +
              QStringLiteral("<w:r><w:fldChar w:fldCharType=\"end\"/></w:r>")) +
            // Tracked changes accepted: the insertion in, the deletion out.
            p(r(QStringLiteral("было ")) + QStringLiteral("<w:ins w:id=\"1\">") +
              r(QStringLiteral("вставлено")) +
              QStringLiteral("</w:ins><w:del w:id=\"2\">"
                             "<w:r><w:delText>удалено</"
                             "w:delText></w:r></w:del>")) +
            // A footnote's reference is no text.
            p(r(QStringLiteral("сноска")) +
              QStringLiteral("<w:r><w:footnoteReference w:id=\"1\"/></w:r>")) +
            // Numbering by Word, not typed.
            QStringLiteral("<w:p><w:pPr><w:pStyle w:val=\"ListParagraph\"/><w:numPr><w:ilvl "
                           "w:val=\"1\"/><w:numId w:val=\"3\"/></w:numPr></w:pPr>") +
            r(QStringLiteral("пункт")) + QStringLiteral("</w:p>"));
    const WordDocument document = readOk(path);
    REQUIRE(document.body.size() == 6);
    CHECK(text(document.body[0]) == "Умения\tи навыки\nвторая строка");
    CHECK(text(document.body[1]) == "ссылка тег 7");
    CHECK(text(document.body[2]) == "результат");
    CHECK(text(document.body[3]) == "было вставлено");
    CHECK(text(document.body[4]) == "сноска");
    CHECK(document.body[5].paragraph.numbered);
    CHECK(document.body[5].paragraph.numberingLevel == 1);
    CHECK(document.body[5].paragraph.style == QStringLiteral("ListParagraph"));
    CHECK_FALSE(document.body[0].paragraph.numbered);
}

TEST_CASE("A text box is read once, after the paragraph it is anchored in", "[docx]") {
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("box.docx"));
    const QString box = p(r(QStringLiteral("в рамке")));
    writeDocx(path, p(r(QStringLiteral("якорь")) +
                      QStringLiteral("<w:r><mc:AlternateContent><mc:Choice Requires=\"wps\">"
                                     "<w:drawing><wps:txbx><w:txbxContent>") +
                      box +
                      QStringLiteral("</w:txbxContent></wps:txbx></w:drawing></mc:Choice>"
                                     "<mc:Fallback><w:pict><v:textbox><w:txbxContent>") +
                      box +
                      QStringLiteral("</w:txbxContent></v:textbox></w:pict></mc:Fallback>"
                                     "</mc:AlternateContent></w:r>")));
    const WordDocument document = readOk(path);
    REQUIRE(document.body.size() == 2);
    CHECK(text(document.body[0]) == "якорь");
    CHECK(text(document.body[1]) == "в рамке");
}

TEST_CASE("Merged cells are read once, in the cell where they begin, nested tables are kept",
          "[docx]") {
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("table.docx"));
    const QString nested = QStringLiteral("<w:tbl><w:tr>") +
                           tc({}, p(r(QStringLiteral("внутри")))) +
                           QStringLiteral("</w:tr></w:tbl>");
    writeDocx(
        path,
        QStringLiteral("<w:tbl><w:tblGrid><w:gridCol/><w:gridCol/><w:gridCol/></w:tblGrid>"
                       "<w:tr>") +
            tc(QStringLiteral("<w:vMerge w:val=\"restart\"/>"),
               p(r(QStringLiteral("Трудовая функция 1")))) +
            tc(QStringLiteral("<w:gridSpan w:val=\"2\"/>"), p(r(QStringLiteral("Умения:")))) +
            QStringLiteral("</w:tr><w:tr>") + tc(QStringLiteral("<w:vMerge/>"), p({})) +
            tc({}, p(r(QStringLiteral("первое")))) + tc({}, nested + p({})) +
            QStringLiteral("</w:tr><w:tr><w:trPr><w:gridBefore w:val=\"1\"/></w:trPr>") +
            tc(QStringLiteral("<w:gridSpan w:val=\"2\"/>"), p(r(QStringLiteral("сдвинута")))) +
            QStringLiteral("</w:tr></w:tbl>"));
    const WordDocument document = readOk(path);
    REQUIRE(document.body.size() == 1);
    REQUIRE(document.body[0].isTable());
    const WordTable& table = *document.body[0].table;
    REQUIRE(table.rows.size() == 3);
    REQUIRE(table.rows[0].cells.size() == 2);
    CHECK(table.rows[0].cells[0].rowSpan == 2);
    CHECK(table.rows[0].cells[1].columnSpan == 2);
    CHECK(table.rows[0].cells[1].column == 1);
    // The continued cell is not repeated in the second row.
    REQUIRE(table.rows[1].cells.size() == 2);
    CHECK(table.rows[1].cells[0].column == 1);
    CHECK(text(table.rows[1].cells[0].blocks[0]) == "первое");
    REQUIRE(table.rows[1].cells[1].blocks[0].isTable());
    CHECK(text(table.rows[1].cells[1].blocks[0].table->rows[0].cells[0].blocks[0]) == "внутри");
    REQUIRE(table.rows[2].cells.size() == 1);
    CHECK(table.rows[2].cells[0].column == 1);
}

TEST_CASE("Hostile and foreign files are refused with the reason", "[docx]") {
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("hostile.docx"));

    // Entity expansion makes a small file huge: a DTD is refused outright.
    writeDocx(path, p(r(QStringLiteral("&big;"))),
              R"(<?xml version="1.0"?><!DOCTYPE w:document [<!ENTITY big "Знания">]>)");
    CHECK_THAT(refusal(path),
               Catch::StartsWith("the part word/document.xml is not well-formed XML (line 1): a "
                                 "document type declaration"));

    // Broken XML: the part and the line.
    writeDocx(path, p(r(QStringLiteral("Умения"))) + QStringLiteral("\n<w:p><w:r><w:t>обрыв"));
    CHECK_THAT(refusal(path),
               Catch::StartsWith("the part word/document.xml is not well-formed XML (line 2)"));

    // Nesting without end.
    writeDocx(path, QStringLiteral("<w:sdt><w:sdtContent>").repeated(300) + p({}) +
                        QStringLiteral("</w:sdtContent></w:sdt>").repeated(300));
    CHECK_THAT(refusal(path), Catch::Contains("nested more than 200 deep"));

    // A document cut short in the post.
    writeDocx(path, p(r(QStringLiteral("текст ").repeated(20000))));
    const QByteArray whole = kasibi::test::readBytes(path);
    kasibi::test::writeBytes(path, whole.left(whole.size() / 2));
    CHECK_THAT(refusal(path), Catch::StartsWith("is not a readable DOCX document"));

    // An old binary .doc and a PDF say what to do.
    kasibi::test::writeBytes(path, QByteArray("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", 8) +
                                       QByteArray(504, '\0'));
    CHECK_THAT(refusal(path), Catch::Contains("save it as .docx"));
    kasibi::test::writeBytes(path, "%PDF-1.7\n%...");
    CHECK_THAT(refusal(path), Catch::StartsWith("is a PDF file"));

    // A zip of something else.
    {
        QFile::remove(path);
        QuaZip zip(path);
        REQUIRE(zip.open(QuaZip::mdCreate));
        QuaZipFile file(&zip);
        REQUIRE(file.open(QIODevice::WriteOnly, QuaZipNewInfo(QStringLiteral("photo.txt"))));
        file.write("not a document");
        file.close();
        zip.close();
    }
    CHECK(refusal(path) == std::string("is a zip archive but not a Word document (it has no "
                                       "word/document.xml)"));
}

TEST_CASE("An archive of 10,000 tiny entries is refused before it is read", "[docx]") {
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("entries.docx"));
    writeDocx(path, p(r(QStringLiteral("Знания"))));
    {
        QuaZip zip(path);
        REQUIRE(zip.open(QuaZip::mdAdd));
        for (int i = 0; i < 10000; ++i) {
            QuaZipFile file(&zip);
            REQUIRE(file.open(QIODevice::WriteOnly,
                              QuaZipNewInfo(QStringLiteral("word/media/%1.xml").arg(i))));
            file.write("x");
            file.close();
        }
        zip.close();
    }
    CHECK(refusal(path) ==
          std::string("the archive holds 10003 files; a Word document holds a few dozen"));
}

TEST_CASE("A document that unpacks to more than the limit is refused (a zip bomb)", "[docx]") {
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("bomb.docx"));
    addBlankPart(path, QStringLiteral("word/document.xml"), WordDocumentReader::MaximumPartSize);
    REQUIRE(QFileInfo(path).size() < 2 * 1024 * 1024);
    CHECK(refusal(path) == std::string("the part word/document.xml unpacks to more than 256 MB; "
                                       "this is not a Word document"));
}
