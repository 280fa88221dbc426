#include "core/ooxml/worddocumentreader.h"

#include "core/ooxml/ooxmlpackage.h"
#include "core/ooxml/xmlpartreader.h"

#include <QFile>
#include <QFileInfo>
#include <QHash>

namespace kasibi {

namespace {

// Transitional and Strict WordprocessingML.
bool isWordNamespace(QStringView uri) {
    return uri == QLatin1String("http://schemas.openxmlformats.org/wordprocessingml/2006/main") ||
           uri == QLatin1String("http://purl.oclc.org/ooxml/wordprocessingml/main");
}

// The w:val attribute of the current element.
QString valueOf(const QXmlStreamReader& xml) {
    return xml.attributes().value(xml.namespaceUri().toString(), QLatin1String("val")).toString();
}

// Walks one part (document.xml, header1.xml) with a recursive descent over the elements that
// carry text, skipping what does not (properties, deleted text, field codes).
class PartWalker {
public:
    PartWalker(XmlPartReader& reader) : m_reader(reader), m_xml(reader.xml()) {}

    // Reads every block until the end of the current element (or of the part).
    void blocks(std::vector<WordBlock>& out) {
        Depth depth(*this);
        if (!depth.ok) return;
        while (child()) {
            const QStringView name = m_xml.name();
            const bool word = isWordNamespace(m_xml.namespaceUri());
            if (word && name == QLatin1String("p")) {
                paragraph(out);
            } else if (word && name == QLatin1String("tbl")) {
                auto table = std::make_shared<WordTable>();
                this->table(*table);
                WordBlock block;
                block.table = std::move(table);
                out.push_back(std::move(block));
            } else if (skipped(name)) {
                m_xml.skipCurrentElement();
            } else {
                // Containers: the body, content controls (sdt), custom XML, insertions.
                blocks(out);
            }
        }
    }

private:
    // The next child of the current element: true on its start tag, false at the current
    // element's end (or on an error, which ends every loop).
    bool child() {
        while (!m_xml.atEnd()) {
            const QXmlStreamReader::TokenType token = m_reader.next();
            if (token == QXmlStreamReader::Invalid || token == QXmlStreamReader::EndElement)
                return false;
            if (token == QXmlStreamReader::StartElement) return true;
        }
        return false;
    }

    // Guards the recursion: a hostile file may nest elements without end.
    struct Depth {
        explicit Depth(PartWalker& walker) : walker(walker) {
            ok = ++walker.m_depth <= WordDocumentReader::MaximumNesting;
            if (!ok && !walker.m_xml.hasError())
                walker.m_xml.raiseError(
                    WordDocumentReader::tr(
                        "elements are nested more than %1 deep, which no document is")
                        .arg(WordDocumentReader::MaximumNesting));
        }
        ~Depth() { --walker.m_depth; }
        PartWalker& walker;
        bool ok = false;
    };

    // Elements whose content is never text the reader sees: properties, deleted text, field
    // codes, footnote and comment references, the fallback copy of alternate content.
    static bool skipped(QStringView name) {
        static const QStringList names{QStringLiteral("pPr"),
                                       QStringLiteral("rPr"),
                                       QStringLiteral("tblPr"),
                                       QStringLiteral("tblGrid"),
                                       QStringLiteral("trPr"),
                                       QStringLiteral("tcPr"),
                                       QStringLiteral("sectPr"),
                                       QStringLiteral("sdtPr"),
                                       QStringLiteral("sdtEndPr"),
                                       QStringLiteral("del"),
                                       QStringLiteral("moveFrom"),
                                       QStringLiteral("delText"),
                                       QStringLiteral("instrText"),
                                       QStringLiteral("delInstrText"),
                                       QStringLiteral("Fallback"),
                                       QStringLiteral("footnoteReference"),
                                       QStringLiteral("endnoteReference"),
                                       QStringLiteral("commentReference"),
                                       QStringLiteral("tblPrEx"),
                                       QStringLiteral("customXmlPr"),
                                       QStringLiteral("rPrChange"),
                                       QStringLiteral("pPrChange")};
        for (const QString& skippedName : names)
            if (name == skippedName) return true;
        return false;
    }

    void paragraph(std::vector<WordBlock>& out) {
        WordBlock block;
        std::vector<WordBlock> textBoxes;
        paragraphContent(block.paragraph, textBoxes);
        out.push_back(std::move(block));
        // A text box's paragraphs follow the paragraph it is anchored in.
        for (WordBlock& box : textBoxes)
            out.push_back(std::move(box));
    }

    void paragraphProperties(WordParagraph& paragraph) {
        Depth depth(*this);
        if (!depth.ok) return;
        while (child()) {
            const QStringView name = m_xml.name();
            const QString value = valueOf(m_xml);
            if (name == QLatin1String("pStyle")) {
                paragraph.style = value;
                m_xml.skipCurrentElement();
            } else if (name == QLatin1String("numPr")) {
                paragraphProperties(paragraph);
            } else if (name == QLatin1String("numId")) {
                // numId 0 takes the numbering away (a style's list switched off).
                paragraph.numbered = value != QLatin1String("0");
                m_xml.skipCurrentElement();
            } else if (name == QLatin1String("ilvl")) {
                paragraph.numberingLevel = value.toInt();
                m_xml.skipCurrentElement();
            } else {
                m_xml.skipCurrentElement();
            }
        }
    }

    // The content of a paragraph or of anything inside it (runs, hyperlinks, smart tags,
    // fields, insertions, drawings), until the end of the current element.
    void paragraphContent(WordParagraph& paragraph, std::vector<WordBlock>& textBoxes) {
        Depth depth(*this);
        if (!depth.ok) return;
        while (child()) {
            const QStringView name = m_xml.name();
            const bool word = isWordNamespace(m_xml.namespaceUri());
            if (word && name == QLatin1String("pPr")) {
                paragraphProperties(paragraph);
            } else if (word && name == QLatin1String("t")) {
                paragraph.text += m_xml.readElementText(QXmlStreamReader::SkipChildElements);
            } else if (word && (name == QLatin1String("tab") || name == QLatin1String("ptab"))) {
                paragraph.text += QLatin1Char('\t');
                m_xml.skipCurrentElement();
            } else if (word && (name == QLatin1String("br") || name == QLatin1String("cr"))) {
                paragraph.text += QLatin1Char('\n');
                m_xml.skipCurrentElement();
            } else if (word && name == QLatin1String("noBreakHyphen")) {
                paragraph.text += QLatin1Char('-');
                m_xml.skipCurrentElement();
            } else if (word && name == QLatin1String("sym")) {
                // A symbol font's character; its private-use code is a bullet or a sign.
                bool ok = false;
                const uint code = m_xml.attributes()
                                      .value(m_xml.namespaceUri().toString(), QLatin1String("char"))
                                      .toUInt(&ok, 16);
                if (ok && code >= 0x20 && code < 0xE000)
                    paragraph.text += QChar(code);
                else if (ok)
                    paragraph.text += QChar(0x2022);
                m_xml.skipCurrentElement();
            } else if (word && name == QLatin1String("txbxContent")) {
                blocks(textBoxes);
            } else if (name == QLatin1String("AlternateContent")) {
                alternateContent(paragraph, textBoxes);
            } else if (skipped(name)) {
                m_xml.skipCurrentElement();
            } else {
                paragraphContent(paragraph, textBoxes);
            }
        }
    }

    // mc:AlternateContent holds the same content twice (a Choice for new readers, a Fallback
    // for old ones): read the first Choice only.
    void alternateContent(WordParagraph& paragraph, std::vector<WordBlock>& textBoxes) {
        Depth depth(*this);
        if (!depth.ok) return;
        bool taken = false;
        while (child()) {
            if (!taken && m_xml.name() == QLatin1String("Choice")) {
                taken = true;
                paragraphContent(paragraph, textBoxes);
            } else if (!taken && m_xml.name() == QLatin1String("Fallback")) {
                taken = true;
                paragraphContent(paragraph, textBoxes);
            } else {
                m_xml.skipCurrentElement();
            }
        }
    }

    // A cell being read, with its merge marks.
    struct CellRead {
        WordCell cell;
        enum class Merge { None, Restart, Continue } vertical = Merge::None;
        bool continuesLeft = false; // legacy w:hMerge="continue"
    };

    void table(WordTable& table) {
        Depth depth(*this);
        if (!depth.ok) return;
        std::vector<std::vector<CellRead>> rows;
        tableContent(rows);
        // Merges: a cell continued down (vMerge) or right (hMerge) is read once, in the cell
        // where it begins; any text in the continuation is kept there.
        QHash<int, std::pair<int, int>> openAbove; // grid column -> (row, index in row)
        for (int r = 0; r < int(rows.size()); ++r) {
            WordRow row;
            QHash<int, std::pair<int, int>> openHere;
            for (CellRead& read : rows[r]) {
                if (read.continuesLeft && !row.cells.empty()) {
                    WordCell& left = row.cells.back();
                    left.columnSpan += read.cell.columnSpan;
                    appendContent(left, read.cell);
                    continue;
                }
                if (read.vertical == CellRead::Merge::Continue &&
                    openAbove.contains(read.cell.column)) {
                    const auto [aboveRow, aboveIndex] = openAbove.value(read.cell.column);
                    WordCell& above = table.rows[aboveRow].cells[aboveIndex];
                    above.rowSpan += 1;
                    appendContent(above, read.cell);
                    openHere.insert(read.cell.column, {aboveRow, aboveIndex});
                    continue;
                }
                if (read.vertical == CellRead::Merge::Restart)
                    openHere.insert(read.cell.column, {r, int(row.cells.size())});
                row.cells.push_back(std::move(read.cell));
            }
            table.rows.push_back(std::move(row));
            openAbove = openHere;
        }
    }

    static bool hasText(const std::vector<WordBlock>& blocks) {
        for (const WordBlock& block : blocks)
            if (block.isTable() || !block.paragraph.text.trimmed().isEmpty()) return true;
        return false;
    }

    static void appendContent(WordCell& into, WordCell& from) {
        if (!hasText(from.blocks)) return;
        for (WordBlock& block : from.blocks)
            into.blocks.push_back(std::move(block));
    }

    // Rows wherever they stand below the table (content controls may wrap them).
    void tableContent(std::vector<std::vector<CellRead>>& rows) {
        Depth depth(*this);
        if (!depth.ok) return;
        while (child()) {
            const QStringView name = m_xml.name();
            if (name == QLatin1String("tr")) {
                rows.emplace_back();
                int column = 0;
                rowContent(rows.back(), column);
            } else if (skipped(name)) {
                m_xml.skipCurrentElement();
            } else {
                tableContent(rows);
            }
        }
    }

    void rowContent(std::vector<CellRead>& cells, int& column) {
        Depth depth(*this);
        if (!depth.ok) return;
        while (child()) {
            const QStringView name = m_xml.name();
            if (name == QLatin1String("trPr")) {
                rowProperties(column);
            } else if (name == QLatin1String("tc")) {
                CellRead read;
                read.cell.column = column;
                cell(read);
                column += read.cell.columnSpan;
                cells.push_back(std::move(read));
            } else if (skipped(name)) {
                m_xml.skipCurrentElement();
            } else {
                rowContent(cells, column);
            }
        }
    }

    // w:gridBefore: the row begins that many grid columns in.
    void rowProperties(int& column) {
        Depth depth(*this);
        if (!depth.ok) return;
        while (child()) {
            if (m_xml.name() == QLatin1String("gridBefore"))
                column += qBound(0, valueOf(m_xml).toInt(), 1000);
            m_xml.skipCurrentElement();
        }
    }

    void cell(CellRead& read) {
        Depth depth(*this);
        if (!depth.ok) return;
        while (child()) {
            const QStringView name = m_xml.name();
            const bool word = isWordNamespace(m_xml.namespaceUri());
            if (word && name == QLatin1String("tcPr")) {
                cellProperties(read);
            } else if (word && name == QLatin1String("p")) {
                paragraph(read.cell.blocks);
            } else if (word && name == QLatin1String("tbl")) {
                auto nested = std::make_shared<WordTable>();
                table(*nested);
                WordBlock block;
                block.table = std::move(nested);
                read.cell.blocks.push_back(std::move(block));
            } else if (skipped(name)) {
                m_xml.skipCurrentElement();
            } else {
                blocks(read.cell.blocks);
            }
        }
    }

    void cellProperties(CellRead& read) {
        Depth depth(*this);
        if (!depth.ok) return;
        while (child()) {
            const QStringView name = m_xml.name();
            const QString value = valueOf(m_xml);
            if (name == QLatin1String("gridSpan")) {
                read.cell.columnSpan = qBound(1, value.toInt(), 1000);
            } else if (name == QLatin1String("vMerge")) {
                read.vertical = value == QLatin1String("restart") ? CellRead::Merge::Restart
                                                                  : CellRead::Merge::Continue;
            } else if (name == QLatin1String("hMerge")) {
                read.continuesLeft = value != QLatin1String("restart");
            }
            m_xml.skipCurrentElement();
        }
    }

    XmlPartReader& m_reader;
    QXmlStreamReader& m_xml;
    int m_depth = 0;
};

Status readPart(OoxmlPackage& package, const QString& part, std::vector<WordBlock>& out) {
    Result<QByteArray> bytes = package.read(part);
    if (!bytes) return bytes.error();
    XmlPartReader reader(bytes.value(), part, WordDocumentReader::tr("document"));
    PartWalker walker(reader);
    walker.blocks(out);
    return reader.status(package.path());
}

} // namespace

WordDocumentReader::WordDocumentReader(QString purpose) : m_purpose(std::move(purpose)) {
    if (m_purpose.isEmpty()) m_purpose = tr("a Word document");
}

bool WordDocumentReader::looksLikeZip(const QString& path) {
    QFile file(path);
    return file.open(QIODevice::ReadOnly) && file.read(4) == QByteArray("PK\x03\x04", 4);
}

bool WordDocumentReader::looksLikeBinaryOffice(const QString& path) {
    QFile file(path);
    return file.open(QIODevice::ReadOnly) &&
           file.read(8) == QByteArray("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", 8);
}

Result<std::unique_ptr<OoxmlPackage>> WordDocumentReader::openPackage(const QString& path,
                                                                      const QString& purpose) {
    using R = Result<std::unique_ptr<OoxmlPackage>>;
    const QFileInfo info(path);
    if (!info.isFile() || !info.isReadable())
        return R::failure(tr("cannot be read: no such readable file"), path);
    if (info.size() > MaximumFileSize)
        return R::failure(tr("the file is larger than %1 MB; this is not %2")
                              .arg(MaximumFileSize / (1024 * 1024))
                              .arg(purpose),
                          path);
    if (looksLikeBinaryOffice(path))
        return R::failure(tr("is an old binary Word document (.doc); open it in Word or "
                             "LibreOffice and save it as .docx, then import that"),
                          path);
    {
        QFile file(path);
        if (file.open(QIODevice::ReadOnly) && file.read(5) == QByteArray("%PDF-"))
            return R::failure(tr("is a PDF file, from which the structure of a document cannot "
                                 "be read; import the Word (.docx) file it was made from"),
                              path);
    }
    OoxmlPackage::Expectation expectation;
    expectation.fileKind = tr("DOCX document");
    expectation.container = tr("document");
    expectation.purpose = purpose;
    expectation.typicalSize = tr("a Word document holds a few dozen");
    expectation.maximumPartSize = MaximumPartSize;
    expectation.maximumEntries = MaximumArchiveEntries;
    auto package = std::make_unique<OoxmlPackage>(path, expectation);
    if (Status opened = package->open(); !opened) return opened.error();
    return package;
}

Result<QString> WordDocumentReader::documentPart(OoxmlPackage& package) {
    Result<QString> main = package.mainPart();
    if (!main) return main.error();
    QString documentPart = main.value();
    if (documentPart.isEmpty() && package.has(QStringLiteral("word/document.xml")))
        documentPart = QStringLiteral("word/document.xml");
    if (documentPart.isEmpty() || !package.has(documentPart))
        return Result<QString>::failure(tr("is a zip archive but not a Word document (it has no "
                                           "word/document.xml)"),
                                        package.path());
    return documentPart;
}

Result<WordDocument> WordDocumentReader::read(const QString& path) const {
    Result<std::unique_ptr<OoxmlPackage>> opened = openPackage(path, m_purpose);
    if (!opened) return opened.error();
    OoxmlPackage& package = *opened.value();
    Result<QString> main = documentPart(package);
    if (!main) return main.error();
    const QString documentPart = main.value();
    WordDocument document;
    if (Status read = readPart(package, documentPart, document.body); !read) return read.error();
    Result<QHash<QString, OoxmlPackage::Relationship>> related =
        package.relationships(documentPart);
    if (!related) return related.error();
    // Headers in the order of their ids (rId7 before rId10), as Word numbers them.
    QStringList headerParts;
    for (const OoxmlPackage::Relationship& relationship : related.value())
        if (relationship.type.endsWith(QLatin1String("/header")) &&
            !headerParts.contains(relationship.target))
            headerParts << relationship.target;
    std::sort(headerParts.begin(), headerParts.end(), [](const QString& a, const QString& b) {
        return a.size() != b.size() ? a.size() < b.size() : a < b;
    });
    for (const QString& part : headerParts) {
        if (!package.has(part)) continue;
        if (Status read = readPart(package, part, document.headers); !read) return read.error();
    }
    return document;
}

} // namespace kasibi
