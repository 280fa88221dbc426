#include "core/classifier/classifiercsvreader.h"
#include "core/classifier/classifierreaders.h"
#include "core/classifier/classifierxlsxreader.h"
#include "testsupport.h"

#include <catch2/catch.hpp>

#include <quazip.h>
#include <quazipfile.h>
#include <quazipnewinfo.h>

#include <QFileInfo>
#include <QTemporaryDir>

using namespace kasibi;
using kasibi::test::sourcePath;

namespace {

QVector<ClassifierEntry> readOk(const QString& path, Classifier classifier) {
    Result<QVector<ClassifierEntry>> entries = ClassifierReaders::read(path, classifier);
    INFO((entries ? QString() : entries.error().toString()).toStdString());
    REQUIRE(entries.ok());
    return entries.value();
}

// The message (as UTF-8, which Catch prints when a check fails).
std::string refusal(const QString& path, Classifier classifier = Classifier::Oked) {
    Result<QVector<ClassifierEntry>> entries = ClassifierReaders::read(path, classifier);
    REQUIRE_FALSE(entries.ok());
    CHECK(entries.error().where == path);
    return entries.error().message.toStdString();
}

void addPart(QuaZip& zip, const QString& name, const QByteArray& bytes) {
    QuaZipFile file(&zip);
    REQUIRE(file.open(QIODevice::WriteOnly, QuaZipNewInfo(name)));
    REQUIRE(file.write(bytes) == bytes.size());
    file.close();
}

// A workbook as small as the format allows: one sheet (its <sheetData> given) and, when given,
// the shared strings. Parts are named as Excel names them.
void writeWorkbook(const QString& path, const QString& sheetData, const QStringList& shared = {},
                   const QByteArray& prolog = {}) {
    QuaZip zip(path);
    REQUIRE(zip.open(QuaZip::mdCreate));
    addPart(
        zip, QStringLiteral("[Content_Types].xml"),
        R"(<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/></Types>)");
    addPart(
        zip, QStringLiteral("_rels/.rels"),
        R"(<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>)");
    addPart(
        zip, QStringLiteral("xl/workbook.xml"),
        R"(<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="ОКЭД" sheetId="1" r:id="rId1"/></sheets></workbook>)");
    QByteArray relationships =
        R"(<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="/xl/worksheets/sheet1.xml"/>)";
    if (!shared.isEmpty())
        relationships +=
            R"(<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/>)";
    addPart(zip, QStringLiteral("xl/_rels/workbook.xml.rels"), relationships + "</Relationships>");
    addPart(
        zip, QStringLiteral("xl/worksheets/sheet1.xml"),
        (prolog.isEmpty() ? QByteArray(R"(<?xml version="1.0" encoding="UTF-8"?>)") : prolog) +
            R"(<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>)" +
            sheetData.toUtf8() + "</sheetData></worksheet>");
    if (!shared.isEmpty()) {
        QByteArray strings =
            R"(<?xml version="1.0" encoding="UTF-8"?><sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">)";
        for (const QString& string : shared)
            strings += "<si>" + string.toUtf8() + "</si>";
        addPart(zip, QStringLiteral("xl/sharedStrings.xml"), strings + "</sst>");
    }
    zip.close();
    REQUIRE(zip.getZipError() == 0);
}

QString inlineCell(const QString& reference, const QString& text) {
    return QStringLiteral(R"(<c r="%1" t="inlineStr"><is><t>%2</t></is></c>)").arg(reference, text);
}

// A header row and one row of OKED with the given code cell.
QString okedRows(const QString& codeCell) {
    return QStringLiteral("<row r=\"1\">") +
           inlineCell(QStringLiteral("A1"), QStringLiteral("code")) +
           inlineCell(QStringLiteral("B1"), QStringLiteral("name_kk")) +
           inlineCell(QStringLiteral("C1"), QStringLiteral("name_ru")) +
           QStringLiteral("</row><row r=\"2\">") +
           inlineCell(QStringLiteral("A2"), QStringLiteral("B")) +
           inlineCell(QStringLiteral("B2"), QStringLiteral("Тау-кен")) +
           inlineCell(QStringLiteral("C2"), QStringLiteral("Горнодобывающая")) +
           QStringLiteral("</row><row r=\"5\">") + codeCell +
           inlineCell(QStringLiteral("C5"), QStringLiteral("Добыча")) + QStringLiteral("</row>");
}

} // namespace

TEST_CASE("An OKED edition saved by LibreOffice Calc reads as its CSV does", "[classifier][xlsx]") {
    const QVector<ClassifierEntry> fromXlsx = readOk(
        sourcePath(QStringLiteral("tests/data/oked-sample-libreoffice.xlsx")), Classifier::Oked);
    Result<QVector<ClassifierEntry>> fromCsv = ClassifierCsvReader().read(
        sourcePath(QStringLiteral("tests/data/oked-sample-utf8.csv")), Classifier::Oked);
    REQUIRE(fromCsv.ok());
    CHECK(fromXlsx.size() == 26);
    CHECK(fromXlsx == fromCsv.value());
}

TEST_CASE("An NKZ workbook made by openpyxl: a notes sheet first, a title above the header, "
          "codes typed as numbers",
          "[classifier][xlsx]") {
    const QVector<ClassifierEntry> fromXlsx =
        readOk(sourcePath(QStringLiteral("tests/data/nkz-sample-openpyxl.xlsx")), Classifier::Nkz);
    Result<QVector<ClassifierEntry>> fromCsv = ClassifierCsvReader().read(
        sourcePath(QStringLiteral("tests/data/nkz-sample-utf8.csv")), Classifier::Nkz);
    REQUIRE(fromCsv.ok());
    CHECK(fromXlsx.size() == 37);
    CHECK(fromXlsx == fromCsv.value());
}

TEST_CASE("Shared, rich and inline text, formulas and cells without references are read",
          "[classifier][xlsx]") {
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("edition.xlsx"));
    // Shared string 2 is rich text in two runs with a phonetic hint, which is not text.
    writeWorkbook(
        path,
        QStringLiteral(
            R"(<row r="1"><c r="A1" t="s"><v>0</v></c><c r="C1" t="s"><v>1</v></c></row>)"
            R"(<row r="2"><c r="A2" t="str"><f>"0"&amp;"7"</f><v>07</v></c><c r="C2" t="s"><v>2</v></c></row>)"
            R"(<row><c t="inlineStr"><is><t>07.1</t></is></c><c/><c t="inlineStr"><is><t xml:space="preserve">  Добыча   железной руды </t></is></c></row>)"),
        {QStringLiteral("<t>Code</t>"), QStringLiteral("<t>NAME_RU</t>"),
         QStringLiteral("<r><t>Добыча металлических</t></r><r><rPr><b/></rPr><t> руд</t></r>"
                        "<rPh sb=\"0\" eb=\"1\"><t>ふりがな</t></rPh>")});
    const QVector<ClassifierEntry> entries = readOk(path, Classifier::Oked);
    REQUIRE(entries.size() == 2);
    CHECK(entries[0] == ClassifierEntry{QStringLiteral("07"),
                                        QStringLiteral("B"),
                                        2,
                                        {},
                                        QStringLiteral("Добыча металлических руд")});
    CHECK(entries[1] == ClassifierEntry{QStringLiteral("07.1"),
                                        QStringLiteral("07"),
                                        3,
                                        {},
                                        QStringLiteral("Добыча железной руды")});
}

TEST_CASE("A malformed workbook is refused, naming the sheet and row", "[classifier][xlsx]") {
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("edition.xlsx"));

    writeWorkbook(path, okedRows(inlineCell(QStringLiteral("A5"), QStringLiteral("7.1"))));
    CHECK_THAT(refusal(path),
               Catch::StartsWith("sheet \"ОКЭД\", row 5: \"7.1\" is not a code of OKED"));

    // A code Excel took for a number has lost its zero: say why and what to do.
    writeWorkbook(path, okedRows(QStringLiteral(R"(<c r="A5"><v>7.1</v></c>)")));
    CHECK_THAT(refusal(path), Catch::EndsWith("(the cell A5 holds a number, so leading zeros and "
                                              "dots are lost: format the code column "
                                              "as text)"));

    writeWorkbook(path, okedRows(inlineCell(QStringLiteral("A5"), QStringLiteral("B"))));
    CHECK(refusal(path) ==
          std::string("sheet \"ОКЭД\", row 5: the code B is already on sheet \"ОКЭД\", row 2"));

    writeWorkbook(path, okedRows(QStringLiteral(R"(<c r="A5" t="s"><v>7</v></c>)")),
                  {QStringLiteral("<t>x</t>")});
    CHECK(refusal(path) == std::string("sheet \"ОКЭД\", row 5: the cell A5 refers to text the "
                                       "workbook does not have"));

    writeWorkbook(path, okedRows(inlineCell(QStringLiteral("B5"), QStringLiteral("07"))));
    CHECK(refusal(path) == std::string("sheet \"ОКЭД\", row 5: the code is empty"));

    // No header anywhere.
    writeWorkbook(path, QStringLiteral("<row r=\"1\">") +
                            inlineCell(QStringLiteral("A1"), QStringLiteral("07")) +
                            QStringLiteral("</row>"));
    CHECK(refusal(path) == std::string("no sheet has a header row naming the columns code, "
                                       "name_kk and name_ru (sheets: ОКЭД)"));

    // Entity expansion is a way to make a small file huge: a DTD is refused outright.
    writeWorkbook(path, okedRows(inlineCell(QStringLiteral("A5"), QStringLiteral("&big;"))), {},
                  R"(<?xml version="1.0"?><!DOCTYPE worksheet [<!ENTITY big "07">]>)");
    CHECK_THAT(
        refusal(path),
        Catch::StartsWith("the part xl/worksheets/sheet1.xml is not well-formed XML (line 1): a "
                          "document type declaration"));

    writeWorkbook(path, QStringLiteral("<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>code"));
    CHECK_THAT(refusal(path),
               Catch::StartsWith("the part xl/worksheets/sheet1.xml is not well-formed XML"));
}

TEST_CASE("Files that are not workbooks are told apart", "[classifier][xlsx]") {
    QTemporaryDir dir;
    // A workbook cut short in the post.
    const QString cut = dir.filePath(QStringLiteral("cut.xlsx"));
    QByteArray whole = kasibi::test::readBytes(
        sourcePath(QStringLiteral("tests/data/oked-sample-libreoffice.xlsx")));
    kasibi::test::writeBytes(cut, whole.left(whole.size() / 2));
    CHECK_THAT(refusal(cut), Catch::StartsWith("is not a readable XLSX workbook"));

    // A zip of something else.
    const QString other = dir.filePath(QStringLiteral("photos.zip"));
    {
        QuaZip zip(other);
        REQUIRE(zip.open(QuaZip::mdCreate));
        addPart(zip, QStringLiteral("photo.txt"), "not a workbook");
        zip.close();
    }
    CHECK(refusal(other) ==
          std::string("is a zip archive but not an XLSX workbook (it has no xl/workbook.xml)"));

    // An Excel 97-2003 file: its magic, then anything.
    const QString xls = dir.filePath(QStringLiteral("edition.xls"));
    kasibi::test::writeBytes(xls, QByteArray("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", 8) +
                                      QByteArray(504, '\0'));
    CHECK_THAT(refusal(xls), Catch::Contains("Excel 97-2003 workbook (.xls)"));

    // A workbook named .csv is still read as the workbook it is.
    const QString renamed = dir.filePath(QStringLiteral("edition.csv"));
    kasibi::test::writeBytes(renamed, whole);
    CHECK(readOk(renamed, Classifier::Oked).size() == 26);
}

TEST_CASE("A workbook that unpacks to more than the limit is refused", "[classifier][xlsx]") {
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("bomb.xlsx"));
    writeWorkbook(path, okedRows(inlineCell(QStringLiteral("A5"), QStringLiteral("07"))));
    {
        // A shared strings part of blanks, a few hundred kilobytes packed.
        QuaZip zip(path);
        REQUIRE(zip.open(QuaZip::mdAdd));
        QuaZipFile file(&zip);
        REQUIRE(
            file.open(QIODevice::WriteOnly, QuaZipNewInfo(QStringLiteral("xl/sharedStrings.xml"))));
        const QByteArray blanks(1024 * 1024, ' ');
        for (qint64 written = 0; written <= ClassifierXlsxReader::MaximumPartSize;
             written += blanks.size())
            REQUIRE(file.write(blanks) == blanks.size());
        file.close();
        zip.close();
    }
    REQUIRE(QFileInfo(path).size() < 1024 * 1024);
    CHECK_THAT(refusal(path), Catch::Equals("the part xl/sharedStrings.xml unpacks to more than "
                                            "64 MB; this is not a classifier edition"));
}
