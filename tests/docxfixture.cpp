#include "docxfixture.h"

#include <catch2/catch.hpp>

#include <QFileInfo>

#include <quazip.h>
#include <quazipfile.h>
#include <quazipnewinfo.h>

namespace kasibi::test {

namespace {

void addPart(QuaZip& zip, const QString& name, const QByteArray& bytes) {
    QuaZipFile file(&zip);
    REQUIRE(file.open(QIODevice::WriteOnly, QuaZipNewInfo(name)));
    REQUIRE(file.write(bytes) == bytes.size());
    file.close();
}

} // namespace

void writeDocx(const QString& path, const QString& body, const QByteArray& prolog) {
    QuaZip zip(path);
    REQUIRE(zip.open(QuaZip::mdCreate));
    addPart(
        zip, QStringLiteral("[Content_Types].xml"),
        R"(<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>)");
    addPart(
        zip, QStringLiteral("_rels/.rels"),
        R"(<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>)");
    addPart(
        zip, QStringLiteral("word/document.xml"),
        (prolog.isEmpty() ? QByteArray(R"(<?xml version="1.0" encoding="UTF-8"?>)") : prolog) +
            R"(<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape" xmlns:v="urn:schemas-microsoft-com:vml"><w:body>)" +
            body.toUtf8() + "</w:body></w:document>");
    zip.close();
    REQUIRE(zip.getZipError() == 0);
}

void addParts(const QString& path, const QVector<std::pair<QString, QByteArray>>& parts) {
    QuaZip zip(path);
    REQUIRE(zip.open(QuaZip::mdAdd));
    for (const auto& [name, bytes] : parts)
        addPart(zip, name, bytes);
    zip.close();
    REQUIRE(zip.getZipError() == 0);
}

void addBlankPart(const QString& path, const QString& name, qint64 unpackedSize) {
    QuaZip zip(path);
    REQUIRE(zip.open(QFileInfo::exists(path) ? QuaZip::mdAdd : QuaZip::mdCreate));
    QuaZipFile file(&zip);
    REQUIRE(file.open(QIODevice::WriteOnly, QuaZipNewInfo(name)));
    const QByteArray blanks(4 * 1024 * 1024, ' ');
    for (qint64 written = 0; written <= unpackedSize; written += blanks.size())
        REQUIRE(file.write(blanks) == blanks.size());
    file.close();
    zip.close();
    REQUIRE(zip.getZipError() == 0);
}

QByteArray commentsPart(const QVector<WordComment>& comments) {
    QString xml =
        QStringLiteral("<?xml version=\"1.0\" encoding=\"UTF-8\"?><w:comments "
                       "xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\" "
                       "xmlns:w14=\"http://schemas.microsoft.com/office/word/2010/wordml\">");
    for (const WordComment& comment : comments) {
        xml += QStringLiteral("<w:comment w:id=\"%1\" w:author=\"%2\" w:date=\"%3\" "
                              "w:initials=\"%4\">")
                   .arg(comment.id)
                   .arg(comment.author, comment.date, comment.initials);
        for (int i = 0; i < comment.paragraphs.size(); ++i) {
            const QString paraId = i + 1 == comment.paragraphs.size()
                                       ? comment.paraId
                                       : QStringLiteral("0000000%1").arg(i);
            xml +=
                (comment.paraId.isEmpty() ? QStringLiteral("<w:p>")
                                          : QStringLiteral("<w:p w14:paraId=\"%1\">").arg(paraId)) +
                QStringLiteral("<w:r><w:t>%1</w:t></w:r></w:p>").arg(comment.paragraphs[i]);
        }
        xml += QStringLiteral("</w:comment>");
    }
    return (xml + QStringLiteral("</w:comments>")).toUtf8();
}

QByteArray commentRelationships(bool extended) {
    return QByteArray(
               R"(<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/comments" Target="comments.xml"/>)") +
           (extended
                ? R"(<Relationship Id="rId2" Type="http://schemas.microsoft.com/office/2011/relationships/commentsExtended" Target="commentsExtended.xml"/>)"
                : "") +
           "</Relationships>";
}

} // namespace kasibi::test
