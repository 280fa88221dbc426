#include "core/format/filekind.h"

#include <quazip.h>

#include <QFile>

namespace kasibi {

namespace {

// Enough of a file to find an OLE compound file's directory names in a document of normal size.
constexpr qint64 OleScanLimit = 8 * 1024 * 1024;

QByteArray utf16(const char* latin) {
    QByteArray bytes;
    for (const char* c = latin; *c; ++c)
        bytes.append(*c).append('\0');
    return bytes;
}

FileKind::Kind ofZip(const QString& path) {
    QuaZip zip(path);
    if (!zip.open(QuaZip::mdUnzip)) return FileKind::Other;
    if (zip.setCurrentFile(QStringLiteral("word/document.xml"))) return FileKind::WordDocument;
    if (zip.setCurrentFile(QStringLiteral("xl/workbook.xml"))) return FileKind::ExcelWorkbook;
    if (zip.setCurrentFile(QStringLiteral("content.xml")) &&
        zip.setCurrentFile(QStringLiteral("mimetype")))
        return FileKind::OdfText;
    return FileKind::Other;
}

} // namespace

FileKind::Kind FileKind::of(const QString& path) {
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) return Missing;
    QByteArray head = file.read(4096);
    if (head.isEmpty()) return Empty;
    if (head.startsWith(QByteArray("SQLite format 3\0", 16))) return SqliteDatabase;
    if (head.startsWith("PK\x03\x04")) {
        file.close();
        return ofZip(path);
    }
    if (head.startsWith("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1")) {
        file.seek(0);
        const QByteArray bytes = file.read(OleScanLimit);
        if (bytes.contains(utf16("WordDocument"))) return OldWordDocument;
        if (bytes.contains(utf16("Workbook")) || bytes.contains(utf16("Book")))
            return ExcelWorkbook;
        return Other;
    }
    // PDF readers accept the header anywhere in the first kilobyte.
    if (head.left(1024).contains("%PDF-")) return Pdf;
    if (head.startsWith("{\\rtf")) return RtfDocument;
    if (head.startsWith("\xEF\xBB\xBF")) head.remove(0, 3);
    if (head.trimmed().startsWith('{')) return Json;
    return Other;
}

QString FileKind::refusal(Kind kind) {
    // What the Word importer (core/import) takes is a .docx; the other word processors' files
    // are saved as one first.
    const QString importDocx =
        tr("Import it into a new standard with the command kasibi-cli import FILE.docx -o "
           "STANDARD.kasibi, or ask the author for the .kasibi file.");
    const QString insteadOfWord =
        tr("Save it as a Word document (.docx) in Word or LibreOffice, then import that.") +
        QLatin1Char(' ') + importDocx;
    switch (kind) {
    case Missing:
        return tr("The file cannot be read: check that it is still there and that you may "
                  "open it.");
    case Empty:
        return tr("The file is empty: it holds no standard. If it was sent to you, ask for it "
                  "again.");
    case WordDocument:
        return tr("This is a Word document, not a Kasibi standard.") + QLatin1Char(' ') +
               importDocx;
    case OldWordDocument:
        return tr("This is a Word 97-2003 document (.doc), not a Kasibi standard.") +
               QLatin1Char(' ') + insteadOfWord;
    case RtfDocument:
        return tr("This is an RTF document, not a Kasibi standard.") + QLatin1Char(' ') +
               insteadOfWord;
    case OdfText:
        return tr("This is a LibreOffice Writer document (.odt), not a Kasibi standard.") +
               QLatin1Char(' ') + insteadOfWord;
    case ExcelWorkbook:
        return tr("This is an Excel workbook, not a standard. If it holds a classifier edition, "
                  "load it with Tools > Load Classifier Edition.");
    case Pdf:
        return tr("This is a PDF file, which cannot be edited. Ask the author for the .kasibi "
                  "file or for the Word document.");
    case SqliteDatabase:
    case Json:
    case Other:
        break;
    }
    return {};
}

} // namespace kasibi
