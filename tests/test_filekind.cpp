#include "core/format/anydocumentreader.h"
#include "core/format/filekind.h"
#include "core/model/standarddocument.h"
#include "testsupport.h"

#include <catch2/catch.hpp>

#include <QFile>
#include <QTemporaryDir>

using namespace kasibi;

namespace {

// A file of the kind under a misleading name, as e-mailed files often are.
QString renamed(const QTemporaryDir& dir, const QString& source, const QString& name) {
    const QString path = dir.filePath(name);
    QFile::remove(path);
    REQUIRE(QFile::copy(source, path));
    return path;
}

} // namespace

TEST_CASE("A file is recognised by its bytes, whatever its name", "[filekind]") {
    QTemporaryDir dir;
    const QString word = test::sourcePath(QStringLiteral("tests/data/letter.docx"));
    const QString data = test::sourcePath(QStringLiteral("tests/data/"));
    CHECK(FileKind::of(word) == FileKind::WordDocument);
    CHECK(FileKind::of(renamed(dir, word, QStringLiteral("standard.kasibi"))) ==
          FileKind::WordDocument);
    CHECK(FileKind::of(data + QStringLiteral("letter.doc")) == FileKind::OldWordDocument);
    CHECK(FileKind::of(data + QStringLiteral("letter.odt")) == FileKind::OdfText);
    CHECK(FileKind::of(renamed(dir, data + QStringLiteral("letter.pdf"),
                               QStringLiteral("x.json"))) == FileKind::Pdf);
    CHECK(FileKind::of(data + QStringLiteral("nkz-sample-openpyxl.xlsx")) ==
          FileKind::ExcelWorkbook);
    CHECK(FileKind::of(test::samplePath()) == FileKind::Json);
    const QString document = dir.filePath(QStringLiteral("a.kasibi"));
    REQUIRE(StandardDocument::create(document, test::sampleTree()).ok());
    CHECK(FileKind::of(document) == FileKind::SqliteDatabase);
    test::writeBytes(dir.filePath(QStringLiteral("empty.kasibi")), {});
    CHECK(FileKind::of(dir.filePath(QStringLiteral("empty.kasibi"))) == FileKind::Empty);
    test::writeBytes(dir.filePath(QStringLiteral("notes.txt")), QByteArray("just some notes"));
    CHECK(FileKind::of(dir.filePath(QStringLiteral("notes.txt"))) == FileKind::Other);
    CHECK(FileKind::of(dir.filePath(QStringLiteral("none.kasibi"))) == FileKind::Missing);
    CHECK(FileKind::isWordProcessorDocument(FileKind::OldWordDocument));
    CHECK_FALSE(FileKind::isWordProcessorDocument(FileKind::Pdf));
}

TEST_CASE("A Word, PDF or Excel file given as a standard is refused in plain words saying what "
          "to do",
          "[filekind]") {
    QTemporaryDir dir;
    const QString word = test::sourcePath(QStringLiteral("tests/data/letter.docx"));
    const QString data = test::sourcePath(QStringLiteral("tests/data/"));
    const auto refusal = [](const QString& path) {
        Result<DocumentTree> read = AnyDocumentReader().read(path);
        REQUIRE_FALSE(read.ok());
        CHECK(read.error().where == path);
        return read.error().message;
    };
    for (const QString& path : {word, renamed(dir, word, QStringLiteral("standard.kasibi")),
                                renamed(dir, word, QStringLiteral("standard.json"))}) {
        const QString message = refusal(path);
        CHECK(message.startsWith(QStringLiteral("This is a Word document")));
        CHECK(message.contains(QStringLiteral("kasibi-cli import")));
        CHECK_FALSE(message.contains(QStringLiteral("SQLite")));
    }
    CHECK(refusal(data + QStringLiteral("letter.doc")).contains(QStringLiteral("(.doc)")));
    CHECK(refusal(data + QStringLiteral("letter.pdf")).startsWith(QStringLiteral("This is a PDF")));
    CHECK(refusal(data + QStringLiteral("nkz-sample-openpyxl.xlsx"))
              .contains(QStringLiteral("Load Classifier Edition")));
    // Every refusal is a sentence: a capital first, a full stop last.
    for (FileKind::Kind kind :
         {FileKind::Missing, FileKind::Empty, FileKind::WordDocument, FileKind::OldWordDocument,
          FileKind::RtfDocument, FileKind::OdfText, FileKind::ExcelWorkbook, FileKind::Pdf}) {
        const QString message = FileKind::refusal(kind);
        CHECK(message.at(0).isUpper());
        CHECK(message.endsWith(QLatin1Char('.')));
    }
    CHECK(FileKind::refusal(FileKind::Json).isEmpty());
}
