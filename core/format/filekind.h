#pragma once

#include <QCoreApplication>
#include <QString>

namespace kasibi {

// What a file given to Kasibi to open or import is, told by its bytes rather than its name
// (e-mailed files get renamed, and users give Kasibi what they have: usually a Word file).
// The one place that recognises files: the editor, the command line and importers ask here.
class FileKind {
    Q_DECLARE_TR_FUNCTIONS(FileKind)
public:
    enum Kind {
        Missing,         // no such file, or not readable
        Empty,           // no bytes at all
        SqliteDatabase,  // a .kasibi document, or another program's database
        Json,            // begins as a JSON object does: the interchange format
        WordDocument,    // .docx (Office Open XML WordprocessingML)
        OldWordDocument, // .doc (Word 97-2003, OLE compound file with a WordDocument stream)
        RtfDocument,     // .rtf
        OdfText,         // .odt (LibreOffice Writer)
        ExcelWorkbook,   // .xlsx, or .xls (Excel 97-2003)
        Pdf,
        Other
    };

    static Kind of(const QString& path);

    // A word processor's document: what the Word importer takes (once there is one).
    static bool isWordProcessorDocument(Kind kind) {
        return kind == WordDocument || kind == OldWordDocument || kind == RtfDocument ||
               kind == OdfText;
    }
    // Why a file of this kind is not opened as a standard, and what to do instead, as one or two
    // sentences; empty for the kinds a standard is read from (SQLite, JSON) and for Other,
    // which the reader of the format the user meant refuses with its own reason.
    static QString refusal(Kind kind);
};

} // namespace kasibi
