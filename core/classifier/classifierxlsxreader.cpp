#include "core/classifier/classifierxlsxreader.h"

#include "core/classifier/classifiertable.h"

#include "core/ooxml/ooxmlpackage.h"
#include "core/ooxml/xmlpartreader.h"

#include <QFileInfo>
#include <QHash>
#include <QXmlStreamReader>

namespace kasibi {

namespace {

const QString kRelationshipsNs =
    QStringLiteral("http://schemas.openxmlformats.org/officeDocument/2006/relationships");

struct Sheet {
    QString name;
    QString part; // path inside the archive
};

using Archive = OoxmlPackage;

OoxmlPackage::Expectation workbookExpectation() {
    OoxmlPackage::Expectation expectation;
    expectation.fileKind = ClassifierXlsxReader::tr("XLSX workbook");
    expectation.container = ClassifierXlsxReader::tr("workbook");
    expectation.purpose = ClassifierXlsxReader::tr("a classifier edition");
    expectation.typicalSize =
        ClassifierXlsxReader::tr("a workbook with a classifier holds a few dozen");
    expectation.maximumPartSize = ClassifierXlsxReader::MaximumPartSize;
    expectation.maximumEntries = ClassifierXlsxReader::MaximumArchiveEntries;
    return expectation;
}

class PartReader : public XmlPartReader {
public:
    PartReader(const QByteArray& bytes, const QString& part)
        : XmlPartReader(bytes, part, ClassifierXlsxReader::tr("workbook")) {}

    // The text of every <t> below the current element (rich text runs joined), leaving out
    // phonetic hints (<rPh>); ends on the element's end tag.
    QString textOfElement() {
        QString text;
        int depth = 1;
        while (depth > 0 && !xml().atEnd()) {
            const QXmlStreamReader::TokenType token = next();
            if (token == QXmlStreamReader::StartElement) {
                if (xml().name() == QLatin1String("rPh"))
                    xml().skipCurrentElement();
                else if (xml().name() == QLatin1String("t"))
                    text += xml().readElementText(QXmlStreamReader::IncludeChildElements);
                else
                    ++depth;
            } else if (token == QXmlStreamReader::EndElement) {
                --depth;
            } else if (token == QXmlStreamReader::Invalid) {
                break;
            }
        }
        return text;
    }
};

// The workbook part, as the package's relationships name it (xl/workbook.xml as a rule).
Result<QString> workbookPart(Archive& archive, const QString& where) {
    Result<QString> main = archive.mainPart();
    if (!main) return main.error();
    if (!main.value().isEmpty()) return main.value();
    if (archive.has(QStringLiteral("xl/workbook.xml"))) return QStringLiteral("xl/workbook.xml");
    return Result<QString>::failure(
        ClassifierXlsxReader::tr("is a zip archive but not an XLSX workbook (it has no "
                                 "xl/workbook.xml)"),
        where);
}

struct Workbook {
    QVector<Sheet> sheets;
    QString sharedStringsPart; // "" when there are none
};

Result<Workbook> readWorkbook(Archive& archive, const QString& where) {
    Result<QString> part = workbookPart(archive, where);
    if (!part) return part.error();
    Result<QHash<QString, OoxmlPackage::Relationship>> related =
        archive.relationships(part.value());
    if (!related) return related.error();
    Result<QByteArray> bytes = archive.read(part.value());
    if (!bytes) return bytes.error();
    Workbook workbook;
    for (const OoxmlPackage::Relationship& relationship : related.value())
        if (relationship.type.endsWith(QLatin1String("/sharedStrings")))
            workbook.sharedStringsPart = relationship.target;
    if (workbook.sharedStringsPart.isEmpty() && archive.has(QStringLiteral("xl/sharedStrings.xml")))
        workbook.sharedStringsPart = QStringLiteral("xl/sharedStrings.xml");
    PartReader reader(bytes.value(), part.value());
    int index = 0;
    while (reader.nextStart()) {
        if (reader.xml().name() != QLatin1String("sheet")) continue;
        ++index;
        const QXmlStreamAttributes attributes = reader.xml().attributes();
        const QString id = attributes.value(kRelationshipsNs, QLatin1String("id")).toString();
        Sheet sheet{attributes.value(QLatin1String("name")).toString(), {}};
        if (const auto found = related.value().constFind(id); found != related.value().constEnd())
            sheet.part = found->target;
        else
            sheet.part = QStringLiteral("xl/worksheets/sheet%1.xml").arg(index);
        workbook.sheets << sheet;
    }
    if (Status ok = reader.status(where); !ok) return ok.error();
    if (workbook.sheets.isEmpty())
        return Result<Workbook>::failure(ClassifierXlsxReader::tr("the workbook has no sheets"),
                                         where);
    return workbook;
}

Result<QStringList> readSharedStrings(Archive& archive, const QString& part, const QString& where) {
    QStringList strings;
    if (part.isEmpty()) return strings;
    Result<QByteArray> bytes = archive.read(part);
    if (!bytes) return bytes.error();
    PartReader reader(bytes.value(), part);
    while (reader.nextStart())
        if (reader.xml().name() == QLatin1String("si")) strings << reader.textOfElement();
    if (Status ok = reader.status(where); !ok) return ok.error();
    return strings;
}

// "BC12" -> 54 (0-based column), or -1 when the reference has no letters.
int columnOf(QStringView reference) {
    int column = 0, letters = 0;
    for (const QChar c : reference) {
        if (c < QLatin1Char('A') || c > QLatin1Char('Z')) break;
        column = column * 26 + (c.unicode() - 'A' + 1);
        if (++letters > 3) return -1;
    }
    return letters == 0 ? -1 : column - 1;
}

QString columnLetters(int column) {
    QString letters;
    for (++column; column > 0; column = (column - 1) / 26)
        letters.prepend(QChar('A' + (column - 1) % 26));
    return letters;
}

struct Row {
    int number = 0;
    QStringList cells;
    QVector<bool> numeric; // the cell holds a number, not text
};

// Reads one sheet row by row into the table; the header is the first row naming "code".
Status readSheet(Archive& archive, const Sheet& sheet, const QStringList& shared,
                 ClassifierTable& table, const QString& where) {
    Result<QByteArray> bytes = archive.read(sheet.part);
    if (!bytes) return bytes.error();
    PartReader reader(bytes.value(), sheet.part);
    QXmlStreamReader& xml = reader.xml();
    Row row;
    bool inRow = false;
    const auto finishRow = [&]() -> Status {
        if (!inRow) return Status::success();
        inRow = false;
        if (!table.hasHeader()) {
            if (ClassifierTable::looksLikeHeader(row.cells))
                return table.setHeader(row.number, row.cells);
            return Status::success();
        }
        Status added = table.addRow(row.number, row.cells);
        const int code = table.codeColumn();
        if (!added && code < row.numeric.size() && row.numeric[code])
            return Status::failure(added.error().message +
                                       ClassifierXlsxReader::tr(" (the cell %1%2 holds a number, "
                                                                "so leading zeros and dots are "
                                                                "lost: format the code column "
                                                                "as text)")
                                           .arg(columnLetters(code))
                                           .arg(row.number),
                                   added.error().where);
        return added;
    };

    int column = -1;
    while (reader.nextStart()) {
        const QStringView name = xml.name();
        if (name == QLatin1String("row")) {
            if (Status done = finishRow(); !done) return done;
            const int previous = row.number;
            bool ok = false;
            const int number = xml.attributes().value(QLatin1String("r")).toInt(&ok);
            row = Row{ok && number > previous ? number : previous + 1, {}, {}};
            inRow = true;
            column = -1;
        } else if (name == QLatin1String("c") && inRow) {
            const QXmlStreamAttributes attributes = xml.attributes();
            const int at = columnOf(attributes.value(QLatin1String("r")));
            column = at >= 0 ? at : column + 1;
            const QString type = attributes.value(QLatin1String("t")).toString();
            QString value;
            bool hasInline = false;
            // The cell's children: <v> (a value or a shared string's index), <is> (inline
            // text), <f> (a formula, whose cached value is in <v>).
            while (!xml.atEnd()) {
                const QXmlStreamReader::TokenType token = reader.next();
                if (token == QXmlStreamReader::Invalid) break;
                if (token == QXmlStreamReader::EndElement && xml.name() == QLatin1String("c"))
                    break;
                if (token != QXmlStreamReader::StartElement) continue;
                if (xml.name() == QLatin1String("v"))
                    value = xml.readElementText(QXmlStreamReader::IncludeChildElements);
                else if (xml.name() == QLatin1String("is")) {
                    value = reader.textOfElement();
                    hasInline = true;
                } else
                    xml.skipCurrentElement();
            }
            if (xml.hasError()) break;
            if (column >= ClassifierXlsxReader::MaximumColumn) continue;
            if (type == QLatin1String("s") && !hasInline) {
                bool ok = false;
                const int index = value.toInt(&ok);
                if (!ok || index < 0 || index >= shared.size())
                    return table.failureAt(row.number,
                                           ClassifierXlsxReader::tr("the cell %1%2 refers to "
                                                                    "text the workbook does not "
                                                                    "have")
                                               .arg(columnLetters(column))
                                               .arg(row.number));
                value = shared[index];
            }
            const bool numeric = type.isEmpty() || type == QLatin1String("n");
            if (row.cells.size() <= column) {
                row.cells.resize(column + 1);
                row.numeric.resize(column + 1);
            }
            row.cells[column] = value;
            row.numeric[column] = numeric && !value.isEmpty();
        }
    }
    if (Status ok = reader.status(where); !ok) return ok;
    return finishRow();
}

} // namespace

Result<QVector<ClassifierEntry>> ClassifierXlsxReader::read(const QString& path,
                                                            Classifier classifier) const {
    using R = Result<QVector<ClassifierEntry>>;
    const QFileInfo info(path);
    if (!info.isFile() || !info.isReadable())
        return R::failure(tr("cannot be read: no such readable file"), path);
    if (info.size() > MaximumFileSize)
        return R::failure(tr("the file is larger than %1 MB; this is not a classifier edition")
                              .arg(MaximumFileSize / (1024 * 1024)),
                          path);
    Archive archive(path, workbookExpectation());
    if (Status opened = archive.open(); !opened) return opened.error();
    Result<Workbook> workbook = readWorkbook(archive, path);
    if (!workbook) return workbook.error();
    Result<QStringList> shared =
        readSharedStrings(archive, workbook.value().sharedStringsPart, path);
    if (!shared) return shared.error();

    QStringList sheetNames;
    for (const Sheet& sheet : workbook.value().sheets) {
        const QString sheetName = sheet.name;
        ClassifierTable table(classifier, path, [sheetName](int row) {
            return tr("sheet \"%1\", row %2").arg(sheetName).arg(row);
        });
        if (Status read = readSheet(archive, sheet, shared.value(), table, path); !read)
            return read.error();
        if (table.hasHeader()) return table.entries();
        sheetNames << sheet.name;
    }
    return R::failure(tr("no sheet has a header row naming the columns code, name_kk and "
                         "name_ru (sheets: %1)")
                          .arg(sheetNames.join(QStringLiteral(", "))),
                      path);
}

} // namespace kasibi
