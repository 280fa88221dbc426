#include "testsupport.h"

#include <catch2/catch.hpp>

#include <QTemporaryDir>

using kasibi::test::runCli;
using kasibi::test::sourcePath;

TEST_CASE("kasibi-cli classifier load, find and info", "[classifier][cli]") {
    QTemporaryDir dir;
    const QString store = dir.filePath(QStringLiteral("classifiers.sqlite"));
    QString out, err;

    REQUIRE(runCli({QStringLiteral("classifier"), QStringLiteral("info"), QStringLiteral("--store"),
                    store},
                   &out, &err) == 0);
    CHECK(out.contains(QStringLiteral("OKED  in use  \"Kasibi built-in (sections and divisions)\": "
                                      "109 entries, down to the division level")));
    CHECK(out.contains(
        QStringLiteral("NKZ  in use  \"Kasibi built-in (major and sub-major groups)\": "
                       "53 entries")));

    REQUIRE(runCli({QStringLiteral("classifier"), QStringLiteral("load"), QStringLiteral("nkz"),
                    sourcePath(QStringLiteral("tests/data/nkz-sample-cp1251.csv")),
                    QStringLiteral("--edition"), QStringLiteral("NK RK 01-2017"),
                    QStringLiteral("--store"), store},
                   &out, &err) == 0);
    CHECK(out.contains(
        QStringLiteral("Loaded the NKZ edition \"NK RK 01-2017\" from "
                       "nkz-sample-cp1251.csv: 37 entries, down to the occupation level")));

    // Loading it again is refused, and says so.
    CHECK(runCli({QStringLiteral("classifier"), QStringLiteral("load"), QStringLiteral("nkz"),
                  sourcePath(QStringLiteral("tests/data/nkz-sample-cp1251.csv")),
                  QStringLiteral("--edition"), QStringLiteral("NK RK 01-2017"),
                  QStringLiteral("--store"), store},
                 &out, &err) == 2);
    CHECK(err.contains(QStringLiteral("\"NK RK 01-2017\" is already loaded; nothing was loaded")));

    REQUIRE(runCli({QStringLiteral("classifier"), QStringLiteral("find"), QStringLiteral("nkz"),
                    QStringLiteral("машинист"), QStringLiteral("экскаватора"),
                    QStringLiteral("--store"), store},
                   &out, &err) == 0);
    CHECK(out.startsWith(QStringLiteral("8342-1-003\t— | Машинист экскаватора\n")));

    REQUIRE(runCli({QStringLiteral("classifier"), QStringLiteral("find"), QStringLiteral("oked"),
                    QStringLiteral("07"), QStringLiteral("--store"), store},
                   &out, &err) == 0);
    CHECK(out == QStringLiteral("07\tМеталл кендерін өндіру | Добыча металлических руд\n"));

    // A malformed file: the file and the line on stderr, exit 2, nothing loaded.
    const QString bad = dir.filePath(QStringLiteral("bad.csv"));
    kasibi::test::writeBytes(bad,
                             QStringLiteral("code;name_kk;name_ru\n07;а;б\n07.1.1;в;г\n").toUtf8());
    CHECK(runCli({QStringLiteral("classifier"), QStringLiteral("load"), QStringLiteral("oked"), bad,
                  QStringLiteral("--edition"), QStringLiteral("bad"), QStringLiteral("--store"),
                  store},
                 &out, &err) == 2);
    CHECK(err.trimmed().startsWith(QStringLiteral("kasibi-cli: ") + bad +
                                   QStringLiteral(": line 3: \"07.1.1\" is not a code of OKED")));
    REQUIRE(runCli({QStringLiteral("classifier"), QStringLiteral("info"), QStringLiteral("--store"),
                    store},
                   &out, &err) == 0);
    CHECK_FALSE(out.contains(QStringLiteral("\"bad\"")));
    CHECK(out.contains(QStringLiteral("NKZ  in use  \"NK RK 01-2017\"")));

    // The same codes with Kazakh names too, from an Excel workbook: a new edition, now in use.
    REQUIRE(runCli({QStringLiteral("classifier"), QStringLiteral("load"), QStringLiteral("nkz"),
                    sourcePath(QStringLiteral("tests/data/nkz-sample-openpyxl.xlsx")),
                    QStringLiteral("--edition"), QStringLiteral("NK RK 01-2017 (xlsx)"),
                    QStringLiteral("--store"), store},
                   &out, &err) == 0);
    CHECK(out.contains(
        QStringLiteral("Loaded the NKZ edition \"NK RK 01-2017 (xlsx)\" from "
                       "nkz-sample-openpyxl.xlsx: 37 entries, down to the occupation level")));
    REQUIRE(runCli({QStringLiteral("classifier"), QStringLiteral("find"), QStringLiteral("nkz"),
                    QStringLiteral("8342-1-003"), QStringLiteral("--store"), store},
                   &out, &err) == 0);
    CHECK(
        out.startsWith(QStringLiteral("8342-1-003\tЭкскаватор машинисі | Машинист экскаватора\n")));

    // Usage errors.
    CHECK(
        runCli({QStringLiteral("classifier"), QStringLiteral("load"), QStringLiteral("okved"), bad,
                QStringLiteral("--edition"), QStringLiteral("x"), QStringLiteral("--store"), store},
               &out, &err) == 2);
    CHECK(err.contains(QStringLiteral("needs oked or nkz")));
    CHECK(runCli({QStringLiteral("classifier"), QStringLiteral("load"), QStringLiteral("oked"), bad,
                  QStringLiteral("--store"), store},
                 &out, &err) == 2);
    CHECK(err.contains(QStringLiteral("--edition NAME")));
}
