#include "core/model/programversion.h"
#include "core/store/documentstore.h"
#include "testsupport.h"

#include <catch2/catch.hpp>

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>

using namespace kasibi;

TEST_CASE("kasibi-cli imports JSON and exports it back unchanged", "[cli]") {
    QTemporaryDir dir;
    const QString document = dir.filePath(QStringLiteral("sample.kasibi"));
    const QString json = dir.filePath(QStringLiteral("back.json"));
    QString errors;
    REQUIRE(
        test::runCli({QStringLiteral("import"), test::samplePath(), QStringLiteral("-o"), document},
                     nullptr, &errors) == 0);
    CHECK(errors.isEmpty());
    CHECK(DocumentStore::looksLikeDocumentFile(document));
    REQUIRE(test::runCli({QStringLiteral("export"), document, QStringLiteral("-o"), json}) == 0);
    CHECK(QJsonDocument::fromJson(test::readBytes(json)) ==
          QJsonDocument::fromJson(test::readBytes(test::samplePath())));

    // The input of export is told apart by content: a .json renamed .kasibi still exports.
    const QString renamed = dir.filePath(QStringLiteral("renamed.kasibi"));
    QFile::copy(test::samplePath(), renamed);
    REQUIRE(test::runCli({QStringLiteral("export"), renamed, QStringLiteral("-o"),
                          dir.filePath(QStringLiteral("renamed.json"))}) == 0);
}

TEST_CASE("kasibi-cli import never overwrites unless forced", "[cli]") {
    QTemporaryDir dir;
    const QString document = dir.filePath(QStringLiteral("sample.kasibi"));
    test::writeBytes(document, "precious");
    QString errors;
    CHECK(
        test::runCli({QStringLiteral("import"), test::samplePath(), QStringLiteral("-o"), document},
                     nullptr, &errors) == 2);
    CHECK(errors.contains(document));
    CHECK(errors.contains(QStringLiteral("exists")));
    CHECK(test::readBytes(document) == "precious");
    CHECK(test::runCli({QStringLiteral("import"), test::samplePath(), QStringLiteral("-o"),
                        document, QStringLiteral("--force")}) == 0);
    CHECK(DocumentStore::looksLikeDocumentFile(document));
}

TEST_CASE("kasibi-cli refuses bad input with exit 2, the file and the reason, and leaves no output",
          "[cli]") {
    QTemporaryDir dir;
    const QString broken = dir.filePath(QStringLiteral("broken.json"));
    test::writeBytes(broken,
                     R"({"format": "kasibi-standard", "formatVersion": 1, "standard": {"id": 5}})");
    const QString output = dir.filePath(QStringLiteral("out.kasibi"));
    QString errors;
    CHECK(test::runCli({QStringLiteral("import"), broken, QStringLiteral("-o"), output}, nullptr,
                       &errors) == 2);
    CHECK(errors.contains(broken));
    CHECK(errors.contains(QStringLiteral("/standard/id")));
    CHECK(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden) ==
          QStringList{QStringLiteral("broken.json")});

    CHECK(test::runCli({QStringLiteral("export"), dir.filePath(QStringLiteral("missing.kasibi")),
                        QStringLiteral("-o"), dir.filePath(QStringLiteral("x.json"))},
                       nullptr, &errors) == 2);
    CHECK(errors.contains(QStringLiteral("missing.kasibi")));
    CHECK(test::runCli({QStringLiteral("frobnicate")}, nullptr, &errors) == 2);
    CHECK(errors.contains(QStringLiteral("Usage")));
    CHECK(test::runCli({QStringLiteral("export"), test::samplePath(), QStringLiteral("-o"),
                        dir.filePath(QStringLiteral("x.odt"))},
                       nullptr, &errors) == 2);
    CHECK(errors.contains(QStringLiteral("x.odt")));

    // A damaged document is called one, not JSON that does not parse.
    const QString damaged = dir.filePath(QStringLiteral("damaged.kasibi"));
    test::writeBytes(damaged, QByteArray("\x01\x9f garbage", 10));
    CHECK(test::runCli({QStringLiteral("validate"), damaged}, nullptr, &errors) == 2);
    CHECK(errors.trimmed() ==
          QStringLiteral("kasibi-cli: ") + damaged +
              QStringLiteral(": this is not a Kasibi document (it is not an SQLite database)"));
}

TEST_CASE("kasibi-cli validate checks codes and names against the loaded classifiers on request",
          "[cli]") {
    QTemporaryDir dir;
    const QString store = dir.filePath(QStringLiteral("classifiers.sqlite"));
    QString output;
    REQUIRE(test::runCli({QStringLiteral("validate"), test::samplePath(), QStringLiteral("--json"),
                          QStringLiteral("--store"), store},
                         &output) == 0);
    QJsonObject result = QJsonDocument::fromJson(output.toUtf8()).object();
    // Only the built-in top levels: what could not be checked is said, as warnings.
    CHECK(result.value(QStringLiteral("warnings")).toInt() == 2);
    for (const QString& edition : {QStringLiteral("oked"), QStringLiteral("nkz")})
        REQUIRE(test::runCli(
                    {QStringLiteral("classifier"), QStringLiteral("load"), edition,
                     test::sourcePath(QStringLiteral("tests/data/%1-sample-utf8.csv").arg(edition)),
                     QStringLiteral("--edition"), edition + QStringLiteral(" sample"),
                     QStringLiteral("--store"), store}) == 0);
    REQUIRE(test::runCli({QStringLiteral("validate"), test::samplePath(), QStringLiteral("--json"),
                          QStringLiteral("--store"), store},
                         &output) == 0);
    result = QJsonDocument::fromJson(output.toUtf8()).object();
    CHECK(result.value(QStringLiteral("warnings")).toInt() == 0);
    CHECK(result.value(QStringLiteral("errors")).toInt() == 0);
}

TEST_CASE("kasibi-cli --version prints Kasibi's version and succeeds", "[cli]") {
    QString output;
    REQUIRE(test::runCli({QStringLiteral("--version")}, &output) == 0);
    REQUIRE(QRegularExpression(QStringLiteral("^\\d+\\.\\d+\\.\\d+$"))
                .match(ProgramVersion::number())
                .hasMatch());
    REQUIRE(output == QStringLiteral("kasibi-cli ") + ProgramVersion::number() + QLatin1Char('\n'));
}

TEST_CASE("The manual page names every command and option kasibi-cli's usage names", "[cli]") {
    QFile page(test::sourcePath(QStringLiteral("packaging/linux/kasibi-cli.1")));
    REQUIRE(page.open(QIODevice::ReadOnly));
    // roff writes a minus as \-: the page's words as a reader sees them.
    const QString manual = QString::fromUtf8(page.readAll()).replace(QStringLiteral("\\-"), "-");
    QString usage;
    for (const QStringList& arguments :
         {QStringList{QStringLiteral("--help")},
          QStringList{QStringLiteral("classifier"), QStringLiteral("--help")},
          QStringList{QStringLiteral("registry"), QStringLiteral("--help")}}) {
        QString error;
        test::runCli(arguments, nullptr, &error);
        usage += error;
    }
    QSet<QString> words;
    for (const QString& line : usage.split(QLatin1Char('\n'))) {
        const QRegularExpressionMatch command =
            QRegularExpression(QStringLiteral("^\\s+kasibi-cli ((?:[a-z]+ )*[a-z]+)")).match(line);
        if (command.hasMatch())
            for (const QString& word : command.captured(1).split(QLatin1Char(' ')))
                words << word;
        auto options = QRegularExpression(QStringLiteral("(?:^|[\\s\\[|])(--?[a-z][a-z-]*)"))
                           .globalMatch(line);
        while (options.hasNext())
            words << options.next().captured(1);
    }
    REQUIRE(words.contains(QStringLiteral("registry")));
    REQUIRE(words.contains(QStringLiteral("--version")));
    for (const QString& word : words) {
        INFO(word.toStdString());
        CHECK(manual.contains(QRegularExpression(QStringLiteral("(?<![\\w-])") +
                                                 QRegularExpression::escape(word) +
                                                 QStringLiteral("(?![\\w-])"))));
    }
}
