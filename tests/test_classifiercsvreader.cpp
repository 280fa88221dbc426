#include "core/classifier/classifiercsvreader.h"
#include "testsupport.h"

#include <catch2/catch.hpp>

#include <QStringEncoder>

using namespace kasibi;
using kasibi::test::sourcePath;

namespace {

QVector<ClassifierEntry> readOk(const QString& relative, Classifier classifier) {
    Result<QVector<ClassifierEntry>> entries =
        ClassifierCsvReader().read(sourcePath(relative), classifier);
    INFO((entries ? QString() : entries.error().toString()).toStdString());
    REQUIRE(entries.ok());
    return entries.value();
}

const ClassifierEntry* byCode(const QVector<ClassifierEntry>& entries, const QString& code) {
    for (const ClassifierEntry& entry : entries)
        if (entry.code == code) return &entry;
    return nullptr;
}

QString refusal(const QByteArray& bytes, Classifier classifier = Classifier::Oked) {
    Result<QVector<ClassifierEntry>> entries =
        ClassifierCsvReader().parse(bytes, classifier, QStringLiteral("edition.csv"));
    REQUIRE_FALSE(entries.ok());
    return entries.error().toString();
}

} // namespace

TEST_CASE("An OKED edition in UTF-8, semicolon-separated, gives codes, names and the hierarchy",
          "[classifier]") {
    const QVector<ClassifierEntry> entries =
        readOk(QStringLiteral("tests/data/oked-sample-utf8.csv"), Classifier::Oked);
    CHECK(entries.size() == 26);
    const ClassifierEntry* subclass = byCode(entries, QStringLiteral("07.10.2"));
    REQUIRE(subclass);
    CHECK(subclass->level == 5);
    CHECK(subclass->parentCode == QStringLiteral("07.10"));
    CHECK(subclass->nameKk == QStringLiteral("Темір кенін ашық тәсілмен өндіру"));
    CHECK(subclass->nameRu == QStringLiteral("Добыча железной руды открытым способом"));
    CHECK(byCode(entries, QStringLiteral("07.10"))->parentCode == QStringLiteral("07.1"));
    CHECK(byCode(entries, QStringLiteral("07.1"))->parentCode == QStringLiteral("07"));
    // A division's section is not in its code: it comes from the sections' ranges.
    CHECK(byCode(entries, QStringLiteral("07"))->parentCode == QStringLiteral("B"));
    CHECK(byCode(entries, QStringLiteral("24"))->parentCode == QStringLiteral("C"));
    CHECK(byCode(entries, QStringLiteral("B"))->parentCode.isEmpty());
    CHECK(byCode(entries, QStringLiteral("B"))->level == 1);
    // The byte order mark is not part of the first column's name or the first code.
    CHECK(entries.first().code == QStringLiteral("B"));
}

TEST_CASE("The same edition in Windows-1251 with ',' and other columns reads the same",
          "[classifier]") {
    const QVector<ClassifierEntry> utf8 =
        readOk(QStringLiteral("tests/data/oked-sample-utf8.csv"), Classifier::Oked);
    const QVector<ClassifierEntry> cp1251 =
        readOk(QStringLiteral("tests/data/oked-sample-cp1251.csv"), Classifier::Oked);
    REQUIRE(cp1251.size() == utf8.size());
    for (int i = 0; i < utf8.size(); ++i) {
        CHECK(cp1251[i].code == utf8[i].code);
        CHECK(cp1251[i].parentCode == utf8[i].parentCode);
        CHECK(cp1251[i].nameRu == utf8[i].nameRu);
        CHECK(cp1251[i].nameKk.isEmpty()); // Windows-1251 cannot carry the Kazakh letters
    }

    const QVector<ClassifierEntry> nkzUtf8 =
        readOk(QStringLiteral("tests/data/nkz-sample-utf8.csv"), Classifier::Nkz);
    const QVector<ClassifierEntry> nkz1251 =
        readOk(QStringLiteral("tests/data/nkz-sample-cp1251.csv"), Classifier::Nkz);
    REQUIRE(nkz1251.size() == nkzUtf8.size());
    const ClassifierEntry* occupation = byCode(nkz1251, QStringLiteral("8342-1-003"));
    REQUIRE(occupation);
    CHECK(occupation->nameRu == QStringLiteral("Машинист экскаватора"));
    CHECK(occupation->parentCode == QStringLiteral("8342"));
    CHECK(occupation->level == 5);
    CHECK(byCode(nkz1251, QStringLiteral("8342"))->parentCode == QStringLiteral("834"));
    CHECK(byCode(nkz1251, QStringLiteral("834"))->parentCode == QStringLiteral("83"));
    CHECK(byCode(nkz1251, QStringLiteral("83"))->parentCode == QStringLiteral("8"));
    // A name with the separator in it, quoted in the file.
    CHECK(byCode(nkz1251, QStringLiteral("132"))
              ->nameRu.contains(QStringLiteral(", горнодобывающей")));
}

TEST_CASE("Quoted fields, comments, blank lines and CRLF are read", "[classifier]") {
    const QByteArray csv =
        "# OKED test edition\r\n"
        "\r\n"
        "Name_RU;CODE;name_kk;notes\r\n"
        "\"Добыча \"\"железной\"\" руды; открытым способом\";07.10.2;\"Темір\r\nкені\";x\r\n"
        "\r\n"
        "  Добыча железной руды  ;07.10;;\r\n";
    Result<QVector<ClassifierEntry>> entries =
        ClassifierCsvReader().parse(csv, Classifier::Oked, QStringLiteral("t.csv"));
    INFO((entries ? QString() : entries.error().toString()).toStdString());
    REQUIRE(entries.ok());
    REQUIRE(entries.value().size() == 2);
    CHECK(entries.value()[0].nameRu ==
          QStringLiteral("Добыча \"железной\" руды; открытым способом"));
    CHECK(entries.value()[0].nameKk == QStringLiteral("Темір кені"));
    CHECK(entries.value()[1].nameRu == QStringLiteral("Добыча железной руды"));
    CHECK(entries.value()[1].nameKk.isEmpty());
}

TEST_CASE("The Russian and Kazakh headings of published tables name the columns too",
          "[classifier]") {
    for (const QByteArray& header :
         {QByteArray("Код;Наименование на казахском языке;Наименование на русском языке\n"),
          QByteArray("КОД;Наименование (каз.);Наименование (рус.)\n"),
          QByteArray("Коды;Қазақша атауы;Орысша атауы\n")}) {
        INFO(header.toStdString());
        Result<QVector<ClassifierEntry>> entries = ClassifierCsvReader().parse(
            header + "07;Металл кендерін өндіру;Добыча металлических руд\n", Classifier::Oked,
            QStringLiteral("t.csv"));
        REQUIRE(entries.ok());
        CHECK(entries.value().first() ==
              ClassifierEntry{QStringLiteral("07"), QStringLiteral("B"), 2,
                              QStringLiteral("Металл кендерін өндіру"),
                              QStringLiteral("Добыча металлических руд")});
    }
    // A bare "name" says neither language: it is not taken for one.
    CHECK(refusal("Код;Наименование\n07;Добыча металлических руд\n")
              .startsWith(
                  QStringLiteral("edition.csv: line 1: the header must name the columns code")));
}

TEST_CASE("A malformed file is refused with the file and the line", "[classifier]") {
    const QByteArray header = "code;name_kk;name_ru\n";
    CHECK(refusal(header + "07;Металл;Металл\n07.1;Темір;Железо;extra\n") ==
          QStringLiteral("edition.csv: line 3: 4 fields where the header has 3 (is a name with "
                         "\";\" in it not quoted?)"));
    CHECK(refusal(header + "07;Металл;Металл\n7.1;Темір;Железо\n")
              .startsWith(QStringLiteral("edition.csv: line 3: \"7.1\" is not a code of OKED")));
    CHECK(refusal(header + "07;;\n") ==
          QStringLiteral("edition.csv: line 2: the code 07 has no name"));
    CHECK(refusal(header + ";a;b\n") == QStringLiteral("edition.csv: line 2: the code is empty"));
    CHECK(refusal(header + "07;a;b\n\n07;c;d\n") ==
          QStringLiteral("edition.csv: line 4: the code 07 is already on line 2"));
    CHECK(refusal(header + "04;a;b\n").startsWith(QStringLiteral("edition.csv: line 2: \"04\"")));
    CHECK(refusal(header + "07;\"a;b\n08;c;d\n") ==
          QStringLiteral("edition.csv: line 2: a quoted field is not closed"));
    CHECK(refusal("kod;name\n07;a\n")
              .startsWith(
                  QStringLiteral("edition.csv: line 1: the header must name the columns code")));
    CHECK(refusal(header) == QStringLiteral("edition.csv: the file holds no entries"));
    CHECK(refusal(header + "834-1-003;a;b\n", Classifier::Nkz) ==
          QStringLiteral("edition.csv: line 2: \"834-1-003\" is not a code of NKZ (major group 8, "
                         "sub-major 83, minor 834, unit group 8342, occupation 8342-1-003)"));
}

TEST_CASE("Text that is neither UTF-8 nor Windows-1251 is refused", "[classifier]") {
    // 0x98 is the one byte Windows-1251 leaves undefined.
    CHECK(refusal(QByteArray("code;name_kk;name_ru\n07;\x98;\xcc\n")) ==
          QStringLiteral("edition.csv: the file is neither UTF-8 nor Windows-1251 text"));
    CHECK(refusal(QByteArray("\xff\xfe"
                             "c\0o\0",
                             6))
              .contains(QStringLiteral("UTF-16")));
}
