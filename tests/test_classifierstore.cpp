#include "core/classifier/classifierstore.h"
#include "testsupport.h"

#include <catch2/catch.hpp>

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>

using namespace kasibi;
using kasibi::test::sourcePath;

namespace {

std::unique_ptr<ClassifierStore> openStore(const QString& path) {
    Result<std::unique_ptr<ClassifierStore>> store = ClassifierStore::open(path);
    INFO((store ? QString() : store.error().toString()).toStdString());
    REQUIRE(store.ok());
    return std::move(store.value());
}

void loadSample(ClassifierStore& store, Classifier classifier, const QString& file,
                const QString& edition) {
    Result<ClassifierEdition> loaded =
        store.loadFile(classifier, sourcePath(QStringLiteral("tests/data/") + file), edition,
                       ClassifierStore::IfLoaded::Refuse);
    INFO((loaded ? QString() : loaded.error().toString()).toStdString());
    REQUIRE(loaded.ok());
}

QStringList codes(const Result<QVector<ClassifierEntry>>& entries) {
    INFO((entries ? QString() : entries.error().toString()).toStdString());
    REQUIRE(entries.ok());
    QStringList list;
    for (const ClassifierEntry& entry : entries.value())
        list << entry.code;
    return list;
}

// What a user can observe of the store: its editions and what look-ups answer.
QStringList snapshot(const ClassifierStore& store) {
    QStringList state;
    Result<QVector<ClassifierEdition>> editions = store.editions();
    REQUIRE(editions.ok());
    for (const ClassifierEdition& edition : editions.value())
        state << classifierName(edition.classifier) + QLatin1Char('/') + edition.name +
                     QLatin1Char('/') + QString::number(edition.entryCount);
    state << codes(store.find(Classifier::Oked, QStringLiteral("07"), 50));
    state << codes(store.find(Classifier::Nkz, QStringLiteral("машинист"), 50));
    return state;
}

} // namespace

TEST_CASE("A new store holds the built-in top levels, once", "[classifier]") {
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("sub/classifiers.sqlite"));
    {
        auto store = openStore(path);
        Result<ClassifierEdition> oked = store->editionInUse(Classifier::Oked);
        REQUIRE(oked.ok());
        CHECK(oked.value().name == ClassifierStore::builtInEditionName(Classifier::Oked));
        CHECK(oked.value().builtIn);
        CHECK(oked.value().entryCount == 21 + 88); // sections A-U, divisions 01-99
        CHECK(oked.value().deepestLevel == 2);
        CHECK_FALSE(oked.value().source.isEmpty());
        Result<ClassifierEdition> nkz = store->editionInUse(Classifier::Nkz);
        REQUIRE(nkz.ok());
        CHECK(nkz.value().entryCount == 10 + 43); // ISCO-08 major and sub-major groups
        CHECK(nkz.value().deepestLevel == 2);
        CHECK(codes(store->chain(Classifier::Oked, QStringLiteral("07"))) ==
              QStringList{QStringLiteral("07"), QStringLiteral("B")});
    }
    auto reopened = openStore(path);
    Result<QVector<ClassifierEdition>> editions = reopened->editions();
    REQUIRE(editions.ok());
    CHECK(editions.value().size() == 2);
}

TEST_CASE("Editions load in each encoding and the last loaded is used", "[classifier]") {
    QTemporaryDir dir;
    auto store = openStore(dir.filePath(QStringLiteral("c.sqlite")));
    loadSample(*store, Classifier::Oked, QStringLiteral("oked-sample-cp1251.csv"),
               QStringLiteral("1251"));
    loadSample(*store, Classifier::Nkz, QStringLiteral("nkz-sample-cp1251.csv"),
               QStringLiteral("1251"));
    Result<ClassifierEdition> oked = store->editionInUse(Classifier::Oked);
    REQUIRE(oked.ok());
    CHECK(oked.value().name == QStringLiteral("1251"));
    CHECK(oked.value().entryCount == 26);
    CHECK(oked.value().deepestLevel == 5);
    CHECK(oked.value().source == QStringLiteral("oked-sample-cp1251.csv"));
    Result<std::optional<ClassifierEntry>> entry =
        store->entry(Classifier::Nkz, QStringLiteral("8342-1-003"));
    REQUIRE(entry.ok());
    REQUIRE(entry.value().has_value());
    CHECK(entry.value()->nameRu == QStringLiteral("Машинист экскаватора"));

    loadSample(*store, Classifier::Nkz, QStringLiteral("nkz-sample-utf8.csv"),
               QStringLiteral("utf8"));
    entry = store->entry(Classifier::Nkz, QStringLiteral("8342-1-003"));
    REQUIRE(entry.ok());
    CHECK(entry.value()->nameKk == QStringLiteral("Экскаватор машинисі"));
    CHECK(store->editionInUse(Classifier::Nkz).value().name == QStringLiteral("utf8"));
    CHECK(store->editions().value().size() == 2 + 3);
}

TEST_CASE("The same edition twice is refused or replaced, never duplicated", "[classifier]") {
    QTemporaryDir dir;
    auto store = openStore(dir.filePath(QStringLiteral("c.sqlite")));
    loadSample(*store, Classifier::Oked, QStringLiteral("oked-sample-utf8.csv"),
               QStringLiteral("2023"));
    const QStringList before = snapshot(*store);

    Result<ClassifierEdition> again = store->loadFile(
        Classifier::Oked, sourcePath(QStringLiteral("tests/data/oked-sample-utf8.csv")),
        QStringLiteral("2023"), ClassifierStore::IfLoaded::Refuse);
    REQUIRE_FALSE(again.ok());
    CHECK(again.error().message.contains(QStringLiteral("\"2023\" is already loaded")));
    CHECK(snapshot(*store) == before);

    // The same entries under another name are the same edition.
    Result<ClassifierEdition> renamed = store->loadFile(
        Classifier::Oked, sourcePath(QStringLiteral("tests/data/oked-sample-utf8.csv")),
        QStringLiteral("2024"), ClassifierStore::IfLoaded::Refuse);
    REQUIRE_FALSE(renamed.ok());
    CHECK(renamed.error().message.contains(
        QStringLiteral("already loaded as the OKED edition \"2023\"")));
    CHECK(snapshot(*store) == before);

    Result<ClassifierEdition> replaced = store->loadFile(
        Classifier::Oked, sourcePath(QStringLiteral("tests/data/oked-sample-cp1251.csv")),
        QStringLiteral("2023"), ClassifierStore::IfLoaded::Replace);
    REQUIRE(replaced.ok());
    int named2023 = 0;
    const Result<QVector<ClassifierEdition>> editions = store->editions();
    REQUIRE(editions.ok());
    for (const ClassifierEdition& edition : editions.value())
        if (edition.name == QStringLiteral("2023")) ++named2023;
    CHECK(named2023 == 1);
    // The replacement's content is what is found: Russian names only (Windows-1251).
    CHECK(store->entry(Classifier::Oked, QStringLiteral("07.10.2")).value()->nameKk.isEmpty());
    CHECK(codes(store->find(Classifier::Oked, QStringLiteral("темір"))).isEmpty());
}

TEST_CASE("A malformed file is refused with its line and the store is unchanged", "[classifier]") {
    QTemporaryDir dir;
    auto store = openStore(dir.filePath(QStringLiteral("c.sqlite")));
    loadSample(*store, Classifier::Nkz, QStringLiteral("nkz-sample-utf8.csv"),
               QStringLiteral("2017"));
    const QStringList before = snapshot(*store);

    // Good lines first: a loader that wrote as it read would leave these behind.
    QByteArray bytes =
        kasibi::test::readBytes(sourcePath(QStringLiteral("tests/data/nkz-sample-utf8.csv")));
    bytes += "8342-1-005;Экскаватор;Экскаваторщик;лишнее\n";
    const QString bad = dir.filePath(QStringLiteral("broken.csv"));
    kasibi::test::writeBytes(bad, bytes);
    Result<ClassifierEdition> loaded = store->loadFile(
        Classifier::Nkz, bad, QStringLiteral("broken"), ClassifierStore::IfLoaded::Refuse);
    REQUIRE_FALSE(loaded.ok());
    CHECK(loaded.error().toString() ==
          bad + QStringLiteral(": line 39: 4 fields where the header has 3 (is a name with \";\" "
                               "in it not quoted?)"));
    CHECK(snapshot(*store) == before);

    // So is a workbook cut short.
    const QByteArray workbook =
        kasibi::test::readBytes(sourcePath(QStringLiteral("tests/data/nkz-sample-openpyxl.xlsx")));
    const QString cut = dir.filePath(QStringLiteral("cut.xlsx"));
    kasibi::test::writeBytes(cut, workbook.left(workbook.size() - 100));
    Result<ClassifierEdition> fromCut = store->loadFile(Classifier::Nkz, cut, QStringLiteral("cut"),
                                                        ClassifierStore::IfLoaded::Refuse);
    REQUIRE_FALSE(fromCut.ok());
    CHECK(fromCut.error().toString().startsWith(cut + QStringLiteral(": ")));
    CHECK(snapshot(*store) == before);

    // Entries that pass the reader but not the store (a code twice) are refused whole too.
    QVector<ClassifierEntry> entries = {{QStringLiteral("8"), {}, 0, {}, QStringLiteral("a")},
                                        {QStringLiteral("83"), {}, 0, {}, QStringLiteral("b")},
                                        {QStringLiteral("83"), {}, 0, {}, QStringLiteral("c")}};
    ClassifierEdition edition;
    edition.classifier = Classifier::Nkz;
    edition.name = QStringLiteral("twice");
    Result<ClassifierEdition> twice =
        store->load(edition, entries, ClassifierStore::IfLoaded::Refuse);
    REQUIRE_FALSE(twice.ok());
    CHECK(twice.error().message.contains(QStringLiteral("83 appears twice")));
    CHECK(snapshot(*store) == before);
}

TEST_CASE("Look-up by code: the exact code first, then the codes under it", "[classifier]") {
    QTemporaryDir dir;
    auto store = openStore(dir.filePath(QStringLiteral("c.sqlite")));
    loadSample(*store, Classifier::Oked, QStringLiteral("oked-sample-utf8.csv"),
               QStringLiteral("o"));
    loadSample(*store, Classifier::Nkz, QStringLiteral("nkz-sample-utf8.csv"), QStringLiteral("n"));
    CHECK(
        codes(store->find(Classifier::Oked, QStringLiteral("07.10"))) ==
        QStringList{QStringLiteral("07.10"), QStringLiteral("07.10.1"), QStringLiteral("07.10.2")});
    CHECK(codes(store->find(Classifier::Oked, QStringLiteral(" 07.1 "), 2)) ==
          QStringList{QStringLiteral("07.1"), QStringLiteral("07.10")});
    CHECK(codes(store->find(Classifier::Oked, QStringLiteral("b"))).first() == QStringLiteral("B"));
    CHECK(codes(store->find(Classifier::Nkz, QStringLiteral("8342"))) ==
          QStringList{QStringLiteral("8342"), QStringLiteral("8342-1-003"),
                      QStringLiteral("8342-1-004")});
    CHECK(codes(store->find(Classifier::Nkz, QStringLiteral("8342-1-003"))) ==
          QStringList{QStringLiteral("8342-1-003")});
    CHECK(codes(store->find(Classifier::Nkz, QStringLiteral("5555"))).isEmpty());
}

TEST_CASE("Look-up by words in Russian and Kazakh, any case", "[classifier]") {
    QTemporaryDir dir;
    auto store = openStore(dir.filePath(QStringLiteral("c.sqlite")));
    loadSample(*store, Classifier::Oked, QStringLiteral("oked-sample-utf8.csv"),
               QStringLiteral("o"));
    loadSample(*store, Classifier::Nkz, QStringLiteral("nkz-sample-utf8.csv"), QStringLiteral("n"));

    // Russian, word beginnings, as typed.
    QStringList found = codes(store->find(Classifier::Nkz, QStringLiteral("машинист экск")));
    CHECK(found.contains(QStringLiteral("8342-1-003")));
    CHECK(found.contains(QStringLiteral("8342-1-004")));
    CHECK_FALSE(found.contains(QStringLiteral("8111-1-009")));
    // The shorter, closer name ranks first.
    CHECK(found.first() == QStringLiteral("8342-1-003"));
    CHECK(codes(store->find(Classifier::Nkz, QStringLiteral("ВЗРЫВНИК"))) ==
          QStringList{QStringLiteral("7542-1-002"), QStringLiteral("7542")}); // "Взрывники и ..."
    // Kazakh, with its own letters, in capitals.
    found = codes(store->find(Classifier::Nkz, QStringLiteral("БҰРҒЫЛАУ ҚОНДЫРҒЫСЫНЫҢ")));
    CHECK(found == QStringList{QStringLiteral("8111-1-009")});
    found = codes(store->find(Classifier::Oked, QStringLiteral("темір кенін ашық")));
    CHECK(found == QStringList{QStringLiteral("07.10.2")});
    CHECK(codes(store->find(Classifier::Oked, QStringLiteral("Тас көмір")))
              .contains(QStringLiteral("05.10.1")));
    // ё and е are one letter to a searcher.
    CHECK(ClassifierStore::foldWords(QStringLiteral("Ёлка")) == QStringLiteral("елка"));
    // Each classifier answers from its own edition.
    CHECK(codes(store->find(Classifier::Oked, QStringLiteral("машинист"))).isEmpty());
}

TEST_CASE("The chain of an OKED subclass runs up to its section", "[classifier]") {
    QTemporaryDir dir;
    auto store = openStore(dir.filePath(QStringLiteral("c.sqlite")));
    loadSample(*store, Classifier::Oked, QStringLiteral("oked-sample-utf8.csv"),
               QStringLiteral("o"));
    Result<QVector<ClassifierEntry>> chain =
        store->chain(Classifier::Oked, QStringLiteral("07.10.2"));
    REQUIRE(chain.ok());
    CHECK(codes(chain) == QStringList{QStringLiteral("07.10.2"), QStringLiteral("07.10"),
                                      QStringLiteral("07.1"), QStringLiteral("07"),
                                      QStringLiteral("B")});
    CHECK(chain.value()[4].nameRu ==
          QStringLiteral("Горнодобывающая промышленность и разработка карьеров"));
    CHECK(chain.value()[4].nameKk ==
          QStringLiteral("Тау-кен өндіру өнеркәсібі және карьерлерді қазу"));
    CHECK(chain.value()[3].nameKk == QStringLiteral("Металл кендерін өндіру"));
    CHECK(chain.value()[1].nameRu == QStringLiteral("Добыча железной руды"));
    CHECK(codes(store->chain(Classifier::Oked, QStringLiteral("07.10.9"))).isEmpty());
}

TEST_CASE("A file that is not a classifier store is not opened", "[classifier]") {
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("other.sqlite"));
    {
        auto store = openStore(path); // a genuine store ...
    }
    // ... and a document of another kind at the same place.
    QFile::remove(path);
    QFile::remove(path + QStringLiteral("-wal"));
    QFile::remove(path + QStringLiteral("-shm"));
    kasibi::test::writeBytes(path, QByteArray("not a database at all, just text"));
    Result<std::unique_ptr<ClassifierStore>> store = ClassifierStore::open(path);
    CHECK_FALSE(store.ok());
}

namespace {

// Welders: names where the word searched for is inside compounds, in both languages.
void loadWelders(ClassifierStore& store, const QString& name = QStringLiteral("welders")) {
    const QVector<ClassifierEntry> entries = {
        {QStringLiteral("7"),
         {},
         0,
         QStringLiteral("Білікті жұмысшылар"),
         QStringLiteral("Квалифицированные рабочие")},
        {QStringLiteral("72"),
         {},
         0,
         QStringLiteral("Металл өңдеу жұмысшылары"),
         QStringLiteral("Рабочие металлообработки")},
        {QStringLiteral("721"),
         {},
         0,
         QStringLiteral("Дәнекерлеушілер"),
         QStringLiteral("Сварщики и резчики")},
        {QStringLiteral("7212"),
         {},
         0,
         QStringLiteral("Дәнекерлеушілер және газбен кесушілер"),
         QStringLiteral("Сварщики и газорезчики")},
        {QStringLiteral("7212-1-001"),
         {},
         0,
         QStringLiteral("Электргаздәнекерлеуші"),
         QStringLiteral("Электрогазосварщик")},
        {QStringLiteral("7212-1-002"),
         {},
         0,
         QStringLiteral("Қолмен электрдәнекерлеуші"),
         QStringLiteral("Электросварщик ручной сварки")},
        {QStringLiteral("7212-1-003"),
         {},
         0,
         QStringLiteral("Дәнекерлеуші"),
         QStringLiteral("Сварщик")},
        {QStringLiteral("7212-1-004"),
         {},
         0,
         QStringLiteral("Түйіспелі дәнекерлеу машинисі"),
         QStringLiteral("Сварщик на машинах контактной сварки")},
        {QStringLiteral("7212-1-005"),
         {},
         0,
         QStringLiteral("Газкесуші"),
         QStringLiteral("Газорезчик")},
    };
    ClassifierEdition edition;
    edition.classifier = Classifier::Nkz;
    edition.name = name;
    Result<ClassifierEdition> loaded =
        store.load(edition, entries, ClassifierStore::IfLoaded::Replace);
    INFO((loaded ? QString() : loaded.error().toString()).toStdString());
    REQUIRE(loaded.ok());
}

} // namespace

TEST_CASE("Look-up finds a word inside compounds, whole words and codes first", "[classifier]") {
    QTemporaryDir dir;
    auto store = openStore(dir.filePath(QStringLiteral("c.sqlite")));
    loadWelders(*store);

    // Russian: «сварщик» finds the compounds, after the names that hold it as a word.
    QStringList found = codes(store->find(Classifier::Nkz, QStringLiteral("сварщик")));
    REQUIRE(found.size() >= 5);
    CHECK(found.mid(0, 2) ==
          QStringList{QStringLiteral("7212-1-003"), QStringLiteral("7212-1-004")});
    CHECK(found.indexOf(QStringLiteral("7212")) < found.indexOf(QStringLiteral("7212-1-001")));
    CHECK(found.contains(QStringLiteral("7212-1-001"))); // Электрогазосварщик
    CHECK(found.contains(QStringLiteral("7212-1-002"))); // Электросварщик ручной сварки
    CHECK(codes(store->find(Classifier::Nkz, QStringLiteral("ГАЗОСВАР"))) ==
          QStringList{QStringLiteral("7212-1-001")});
    // Kazakh, likewise: «дәнекерлеуші» inside «Электргаздәнекерлеуші», «кесуші» in «Газкесуші».
    found = codes(store->find(Classifier::Nkz, QStringLiteral("дәнекерлеуші")));
    CHECK(found.first() == QStringLiteral("7212-1-003"));
    CHECK(found.contains(QStringLiteral("7212-1-001")));
    CHECK(found.contains(QStringLiteral("7212-1-002")));
    CHECK(codes(store->find(Classifier::Nkz, QStringLiteral("кесуші")))
              .contains(QStringLiteral("7212-1-005")));
    // Several words: each inside some word of the name.
    CHECK(codes(store->find(Classifier::Nkz, QStringLiteral("электро сварщ ручн"))) ==
          QStringList{QStringLiteral("7212-1-002")});
    // A code goes before names that merely contain its digits.
    CHECK(codes(store->find(Classifier::Nkz, QStringLiteral("7212"))).first() ==
          QStringLiteral("7212"));
    // Two letters are too few to look inside words: word beginnings only.
    CHECK_FALSE(codes(store->find(Classifier::Nkz, QStringLiteral("ар")))
                    .contains(QStringLiteral("7212-1-001")));
}

TEST_CASE("The user chooses the edition in use and removes one", "[classifier]") {
    QTemporaryDir dir;
    auto store = openStore(dir.filePath(QStringLiteral("c.sqlite")));
    loadWelders(*store, QStringLiteral("first"));
    loadSample(*store, Classifier::Nkz, QStringLiteral("nkz-sample-utf8.csv"),
               QStringLiteral("second"));
    CHECK(store->editionInUse(Classifier::Nkz).value().name == QStringLiteral("second"));
    CHECK(codes(store->find(Classifier::Nkz, QStringLiteral("сварщик"))).isEmpty());

    REQUIRE(store->use(Classifier::Nkz, QStringLiteral("first")));
    CHECK(store->editionInUse(Classifier::Nkz).value().name == QStringLiteral("first"));
    CHECK(codes(store->find(Classifier::Nkz, QStringLiteral("сварщик")))
              .contains(QStringLiteral("7212-1-001")));
    CHECK_FALSE(store->use(Classifier::Nkz, QStringLiteral("no such edition")));

    // Removing the one in use falls back to the one loaded last; the built-in one stays.
    REQUIRE(store->remove(Classifier::Nkz, QStringLiteral("first")));
    CHECK(store->editionInUse(Classifier::Nkz).value().name == QStringLiteral("second"));
    CHECK(codes(store->find(Classifier::Nkz, QStringLiteral("7212-1-001"))).isEmpty());
    const QString builtIn = ClassifierStore::builtInEditionName(Classifier::Nkz);
    CHECK_FALSE(store->remove(Classifier::Nkz, builtIn));
    REQUIRE(store->remove(Classifier::Nkz, QStringLiteral("second")));
    CHECK(store->editionInUse(Classifier::Nkz).value().name == builtIn);
}

TEST_CASE("A store of format 1 is brought up to date and searches inside words", "[classifier]") {
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("old.sqlite"));
    {
        // What Kasibi before format 2 made: no substring index, no edition chosen.
        QSqlDatabase db =
            QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("old"));
        db.setDatabaseName(path);
        REQUIRE(db.open());
        QSqlQuery query(db);
        for (const char* statement :
             {"PRAGMA journal_mode = WAL",
              "CREATE TABLE edition (id INTEGER PRIMARY KEY, classifier TEXT NOT NULL, name TEXT "
              "NOT NULL, date TEXT NOT NULL, source TEXT NOT NULL, checksum TEXT NOT NULL, "
              "loaded_at TEXT NOT NULL, builtin INTEGER NOT NULL, UNIQUE (classifier, name))",
              "CREATE TABLE entry (id INTEGER PRIMARY KEY, edition INTEGER NOT NULL REFERENCES "
              "edition (id), code TEXT NOT NULL, parent TEXT NOT NULL, level INTEGER NOT NULL, "
              "name_kk TEXT NOT NULL, name_ru TEXT NOT NULL, UNIQUE (edition, code))",
              "CREATE VIRTUAL TABLE entry_words USING fts5(words, tokenize = 'unicode61 "
              "remove_diacritics 0', prefix = '1 2 3')",
              "INSERT INTO edition VALUES (1, 'nkz', 'old', '', 'old.csv', 'x', "
              "'2026-01-01T00:00:00.000Z', 0)",
              "INSERT INTO entry VALUES (1, 1, '7212-1-001', '7212', 5, 'Электргаздәнекерлеуші', "
              "'Электрогазосварщик')",
              "INSERT INTO entry_words (rowid, words) VALUES (1, 'электргаздәнекерлеуші "
              "электрогазосварщик')",
              "PRAGMA application_id = 1263747651", "PRAGMA user_version = 1"})
            REQUIRE(query.exec(QString::fromUtf8(statement)));
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("old"));
    auto store = openStore(path);
    CHECK(store->editionInUse(Classifier::Nkz).value().name == QStringLiteral("old"));
    CHECK(codes(store->find(Classifier::Nkz, QStringLiteral("сварщик"))) ==
          QStringList{QStringLiteral("7212-1-001")});
    store.reset();
    CHECK(openStore(path)->editions().ok()); // opened again: already up to date
}
