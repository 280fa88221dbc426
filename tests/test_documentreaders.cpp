#include "core/format/documentreaders.h"
#include "core/format/jsonstandardwriter.h"
#include "core/store/documentstore.h"
#include "testsupport.h"

#include <catch2/catch.hpp>

#include <QFile>
#include <QTemporaryDir>

using namespace kasibi;
using namespace kasibi::test;

TEST_CASE("The readers say their formats, and a file's content picks its reader before its name") {
    REQUIRE(DocumentReaders::extensions() ==
            QStringList{QStringLiteral("kasibi"), QStringLiteral("json"), QStringLiteral("docx")});
    // The open dialog offers every format together, each alone, and any file; the dialogs that
    // take a whole standard leave Word (which is imported) out.
    CHECK(DocumentReaders::openFilter() ==
          QStringLiteral("Standards (*.kasibi *.json *.docx);;Kasibi documents (*.kasibi);;"
                         "Interchange format (*.json);;Word documents (*.docx);;All files (*)"));
    CHECK(DocumentReaders::openFilter(true) == QStringLiteral("Standards (*.kasibi *.json)"));
    CHECK_FALSE(DocumentReaders::forPath(QStringLiteral("a.DOCX"))->opensWhole());
    CHECK(DocumentReaders::forPath(QStringLiteral("a.kasibi"))->opensWhole());

    QTemporaryDir dir;
    const DocumentTree tree = sampleTree();
    // A Kasibi document renamed .json, and a JSON standard renamed .kasibi: the bytes decide.
    const QString database = dir.filePath(QStringLiteral("sent.json"));
    REQUIRE(DocumentStore::create(database, tree, false));
    CHECK(DocumentReaders::forFile(database)->extension() == QStringLiteral("kasibi"));
    const QString json = dir.filePath(QStringLiteral("sent.kasibi"));
    REQUIRE(JsonStandardWriter().write(tree, json, {}));
    CHECK(DocumentReaders::forFile(json)->extension() == QStringLiteral("json"));
    // Neither content: the name decides, and a name no reader has gets none.
    QFile text(dir.filePath(QStringLiteral("damaged.kasibi")));
    REQUIRE(text.open(QIODevice::WriteOnly));
    text.write("not a standard");
    text.close();
    CHECK(DocumentReaders::forFile(text.fileName())->extension() == QStringLiteral("kasibi"));
    REQUIRE(QFile::copy(text.fileName(), dir.filePath(QStringLiteral("notes.txt"))));
    CHECK(DocumentReaders::forFile(dir.filePath(QStringLiteral("notes.txt"))) == nullptr);
}
