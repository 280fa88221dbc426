#pragma once

#include <QCoreApplication>
#include <QJsonArray>
#include <QString>
#include <QVector>

namespace kasibi {

// What an import from Word did that the author must know: each choice that was not one to
// one, each text that found no place, each field the source lacks, each difference between
// the two languages' files.
struct ImportNote {
    enum class Kind { Mapped, Unplaced, Missing, Mismatch };
    Kind kind = Kind::Mapped;
    QString path;      // JSON Pointer of the element in the new document ("" for the whole)
    QString elementId; // the element's id, to take the editor there
    QString source;    // "default-1.docx, table 1, row 14, cell 2"
    QString message;

    static QString kindName(Kind kind);
};

class ImportReport {
    Q_DECLARE_TR_FUNCTIONS(ImportReport)
public:
    QVector<ImportNote> notes;

    void add(ImportNote::Kind kind, QString path, QString elementId, QString source,
             QString message);
    int count(ImportNote::Kind kind) const;

    // [{kind, path, source, message}], as `kasibi-cli import --report` writes it.
    QJsonArray toJson() const;
    // One line a note, for the terminal.
    QString toText() const;
};

} // namespace kasibi
