#pragma once

#include "core/model/result.h"

#include <QCoreApplication>
#include <QHash>

#include <memory>

class QuaZip;

namespace kasibi {

// An Office Open XML package (a DOCX document, an XLSX workbook) opened for reading. The file
// is untrusted input: the archive's entry count is bounded, and each part's unpacked size is
// counted as it comes out (the sizes in the archive's directory are the sender's claim), so a
// zip bomb is refused before it fills memory. Messages name the part and what the file was
// expected to be.
class OoxmlPackage {
    Q_DECLARE_TR_FUNCTIONS(OoxmlPackage)
public:
    // What the package is expected to be, in the words its refusals use.
    struct Expectation {
        QString fileKind;    // "XLSX workbook": "is not a readable XLSX workbook"
        QString container;   // "workbook": "the workbook has no part ..."
        QString purpose;     // "a classifier edition": "... more than 64 MB; this is not ..."
        QString typicalSize; // "a workbook with a classifier holds a few dozen"
        qint64 maximumPartSize = 64 * 1024 * 1024;
        int maximumEntries = 2000;
    };

    struct Relationship {
        QString type;
        QString target; // a part of the package, resolved from the referring part's folder
    };

    OoxmlPackage(const QString& path, Expectation expectation);
    ~OoxmlPackage();

    Status open();
    bool has(const QString& part);
    Result<QByteArray> read(const QString& part);
    // The internal relationships of `part` by id ("" for the package's own, _rels/.rels).
    Result<QHash<QString, Relationship>> relationships(const QString& part);
    // The part the package's relationships name as its main document ("" when none does).
    Result<QString> mainPart();

    QString path() const { return m_path; }
    const Expectation& expectation() const { return m_expectation; }

    // "worksheets/sheet1.xml" relative to the folder of `from`, or absolute ("/xl/...").
    static QString resolve(const QString& from, const QString& target);

private:
    QString m_path;
    std::unique_ptr<QuaZip> m_zip;
    Expectation m_expectation;
};

} // namespace kasibi
