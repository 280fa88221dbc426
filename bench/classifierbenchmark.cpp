// kasibi-classifier-bench: how fast ClassifierStore::find() answers over an edition of 10,000
// entries (issue 8: under 20 ms), by code prefix, by words in Kazakh and Russian and by letters
// inside words (issue 12), and how long loading that edition from CSV and from XLSX takes.
// Prints the median and the worst time of each kind of query; exit 1 when a worst time is over
// the target.
#include "core/classifier/classifierreaders.h"
#include "core/classifier/classifierstore.h"
#include "measurement.h"

#include <quazip.h>
#include <quazipfile.h>
#include <quazipnewinfo.h>

#include <algorithm>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTextStream>

using namespace kasibi;

namespace {

constexpr int EntryCount = 10000;
constexpr double TargetMs = 20.0;

const QStringList kRussian = {
    QStringLiteral("машинист"),     QStringLiteral("оператор"),  QStringLiteral("мастер"),
    QStringLiteral("инженер"),      QStringLiteral("помощник"),  QStringLiteral("слесарь"),
    QStringLiteral("горный"),       QStringLiteral("буровой"),   QStringLiteral("установки"),
    QStringLiteral("экскаватора"),  QStringLiteral("участка"),   QStringLiteral("ремонту"),
    QStringLiteral("оборудования"), QStringLiteral("технолог"),  QStringLiteral("взрывных"),
    QStringLiteral("работ"),        QStringLiteral("начальник"), QStringLiteral("смены"),
    QStringLiteral("электрик"),     QStringLiteral("водитель"),  QStringLiteral("погрузчика"),
    QStringLiteral("контролер"),    QStringLiteral("качества"),  QStringLiteral("лаборант")};
const QStringList kKazakh = {
    QStringLiteral("машинисі"),     QStringLiteral("операторы"),   QStringLiteral("шебері"),
    QStringLiteral("инженері"),     QStringLiteral("көмекшісі"),   QStringLiteral("слесарі"),
    QStringLiteral("тау-кен"),      QStringLiteral("бұрғылау"),    QStringLiteral("қондырғысының"),
    QStringLiteral("экскаватор"),   QStringLiteral("учаскесінің"), QStringLiteral("жөндеу"),
    QStringLiteral("жабдықтарын"),  QStringLiteral("технологы"),   QStringLiteral("жару"),
    QStringLiteral("жұмыстарының"), QStringLiteral("бастығы"),     QStringLiteral("ауысымының"),
    QStringLiteral("электригі"),    QStringLiteral("жүргізушісі"), QStringLiteral("тиегіштің"),
    QStringLiteral("бақылаушысы"),  QStringLiteral("сапа"),        QStringLiteral("зертханашы")};

const QVector<QPair<QString, QString>> kCompounds = {
    {QStringLiteral("Электргаздәнекерлеуші"), QStringLiteral("Электрогазосварщик")},
    {QStringLiteral("Газдәнекерлеуші"), QStringLiteral("Газосварщик")},
    {QStringLiteral("Дәнекерлеуші"), QStringLiteral("Сварщик")},
    {QStringLiteral("Электрдәнекерлеуші"), QStringLiteral("Электросварщик ручной сварки")},
    {QStringLiteral("Дәнекерлеуші-монтаждаушы"), QStringLiteral("Сварщик-монтажник")},
    {QStringLiteral("Пластмасса дәнекерлеуші"), QStringLiteral("Сварщик пластмасс")}};

QString phrase(const QStringList& words, QRandomGenerator& random, int count) {
    QStringList chosen;
    for (int i = 0; i < count; ++i)
        chosen << words[random.bounded(int(words.size()))];
    chosen.first()[0] = chosen.first()[0].toUpper();
    return chosen.join(QLatin1Char(' '));
}

// An NKZ-shaped edition: 10 major, 90 sub-major, 400 minor, 1,000 unit groups, the rest
// occupations, names of two to four words in each language.
QVector<ClassifierEntry> generateEdition() {
    QRandomGenerator random(8);
    QVector<ClassifierEntry> entries;
    const auto add = [&](const QString& code) {
        const int words = 2 + random.bounded(3);
        entries << ClassifierEntry{
            code, {}, 0, phrase(kKazakh, random, words), phrase(kRussian, random, words)};
    };
    QStringList unitGroups;
    for (int major = 0; major < 10; ++major) {
        add(QString::number(major));
        for (int sub = 1; sub <= 9; ++sub) {
            const QString subCode =
                QString::number(major * 10 + sub).rightJustified(2, QLatin1Char('0'));
            add(subCode);
            for (int minor = 1; minor <= 4 + (sub % 2); ++minor) {
                const QString minorCode = subCode + QString::number(minor);
                add(minorCode);
                for (int unit = 1; unit <= 2 + (minor % 2); ++unit) {
                    add(minorCode + QString::number(unit));
                    unitGroups << minorCode + QString::number(unit);
                }
            }
        }
    }
    for (int i = 0; entries.size() < EntryCount - kCompounds.size(); ++i)
        add(unitGroups[i % unitGroups.size()] + QStringLiteral("-1-") +
            QString::number(i / unitGroups.size() + 1).rightJustified(3, QLatin1Char('0')));
    // Welders, as the NKZ names them: the word alone, and inside compounds.
    for (int i = 0; i < kCompounds.size(); ++i)
        entries << ClassifierEntry{QStringLiteral("7212-2-%1").arg(i + 1, 3, 10, QLatin1Char('0')),
                                   {},
                                   0,
                                   kCompounds[i].first,
                                   kCompounds[i].second};
    return entries;
}

QString csvField(const QString& text) {
    return QLatin1Char('"') + QString(text).replace(QLatin1Char('"'), QStringLiteral("\"\"")) +
           QLatin1Char('"');
}

void writeCsv(const QString& path, const QVector<ClassifierEntry>& entries) {
    QByteArray bytes = "code;name_kk;name_ru\n";
    for (const ClassifierEntry& entry : entries)
        bytes += (entry.code + QLatin1Char(';') + csvField(entry.nameKk) + QLatin1Char(';') +
                  csvField(entry.nameRu) + QLatin1Char('\n'))
                     .toUtf8();
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size())
        qFatal("cannot write %s", qPrintable(path));
}

// A workbook as spreadsheet programs write it: one sheet, every text a shared string.
void writeXlsx(const QString& path, const QVector<ClassifierEntry>& entries) {
    QuaZip zip(path);
    if (!zip.open(QuaZip::mdCreate)) qFatal("cannot write %s", qPrintable(path));
    const auto part = [&](const QString& name, const QByteArray& bytes) {
        QuaZipFile file(&zip);
        if (!file.open(QIODevice::WriteOnly, QuaZipNewInfo(name)) ||
            file.write(bytes) != bytes.size())
            qFatal("cannot write %s", qPrintable(path));
        file.close();
    };
    part(
        QStringLiteral("_rels/.rels"),
        R"(<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>)");
    part(
        QStringLiteral("xl/workbook.xml"),
        R"(<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="NKZ" sheetId="1" r:id="rId1"/></sheets></workbook>)");
    part(
        QStringLiteral("xl/_rels/workbook.xml.rels"),
        R"(<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/></Relationships>)");
    QByteArray strings =
        R"(<?xml version="1.0" encoding="UTF-8"?><sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">)";
    QByteArray sheet =
        R"(<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>)";
    int index = 0;
    const auto row = [&](int number, const QStringList& cells) {
        sheet += "<row r=\"" + QByteArray::number(number) + "\">";
        for (int column = 0; column < cells.size(); ++column) {
            strings += "<si><t>" + cells[column].toHtmlEscaped().toUtf8() + "</t></si>";
            sheet += "<c r=\"" + QByteArray(1, char('A' + column)) + QByteArray::number(number) +
                     "\" t=\"s\"><v>" + QByteArray::number(index++) + "</v></c>";
        }
        sheet += "</row>";
    };
    row(1, {QStringLiteral("code"), QStringLiteral("name_kk"), QStringLiteral("name_ru")});
    for (int i = 0; i < entries.size(); ++i)
        row(i + 2, {entries[i].code, entries[i].nameKk, entries[i].nameRu});
    part(QStringLiteral("xl/sharedStrings.xml"), strings + "</sst>");
    part(QStringLiteral("xl/worksheets/sheet1.xml"), sheet + "</sheetData></worksheet>");
    zip.close();
}

// Reading the file, and loading it into a store of its own as `classifier load` does (a new
// store each run).
void timeLoading(QTextStream& out, const QString& what, const QString& path,
                 const QString& storeFolder) {
    const Measurement read = Measurement::of(5, [&] {
        Result<QVector<ClassifierEntry>> entries = ClassifierReaders::read(path, Classifier::Nkz);
        if (!entries || entries.value().size() != EntryCount)
            qFatal("%s", qPrintable(entries ? QStringLiteral("entries missing")
                                            : entries.error().toString()));
    });
    int run = 0;
    const Measurement stored = Measurement::of(5, [&] {
        Result<std::unique_ptr<ClassifierStore>> store = ClassifierStore::open(
            storeFolder + QStringLiteral("/%1-%2.sqlite").arg(what).arg(++run));
        if (!store) qFatal("%s", qPrintable(store.error().toString()));
        Result<ClassifierEdition> loaded = store.value()->loadFile(
            Classifier::Nkz, path, QStringLiteral("bench"), ClassifierStore::IfLoaded::Refuse);
        if (!loaded) qFatal("%s", qPrintable(loaded.error().toString()));
    });
    const QString size = QStringLiteral(" (%1 KB)").arg(QFileInfo(path).size() / 1024);
    read.print(out, QStringLiteral("read from ") + what + size, 0, QStringLiteral("ms"), nullptr);
    stored.print(out, QStringLiteral("read and stored from ") + what, 0, QStringLiteral("ms"),
                 nullptr);
}

struct Timing {
    double median = 0, worst = 0;
    int queries = 0;
};

Timing time(const ClassifierStore& store, const QStringList& queries, int rounds) {
    // A round to warm up, which also makes sure each query finds something: a query the
    // edition cannot answer would time the empty case only.
    for (const QString& query : queries) {
        Result<QVector<ClassifierEntry>> found = store.find(Classifier::Nkz, query, 20);
        if (!found) qFatal("%s", qPrintable(found.error().toString()));
        if (found.value().isEmpty()) qFatal("the query \"%s\" finds nothing", qPrintable(query));
    }
    QVector<double> times;
    for (int round = 0; round < rounds; ++round)
        for (const QString& query : queries) {
            QElapsedTimer timer;
            timer.start();
            Result<QVector<ClassifierEntry>> found = store.find(Classifier::Nkz, query, 20);
            times << timer.nsecsElapsed() / 1e6;
            if (!found) qFatal("%s", qPrintable(found.error().toString()));
        }
    std::sort(times.begin(), times.end());
    return {times[times.size() / 2], times.last(), int(times.size())};
}

// How a name answers a one-word query: 0 by its code, 1 a whole word, 2 a word beginning with
// it, 3 the letters inside a word, 4 not at all.
int matchKind(const ClassifierEntry& entry, const QString& query) {
    const QString folded = ClassifierStore::foldWords(query);
    if (entry.code.startsWith(query)) return 0;
    static const QRegularExpression separators(QStringLiteral("[^\\p{L}\\p{N}]+"));
    int best = 4;
    for (const QString& name : {entry.nameKk, entry.nameRu})
        for (const QString& word :
             ClassifierStore::foldWords(name).split(separators, Qt::SkipEmptyParts))
            best = qMin(best, word == folded            ? 1
                              : word.startsWith(folded) ? 2
                              : word.contains(folded)   ? 3
                                                        : 4);
    return best;
}

// Whether each query's answers come code and whole-word matches first, then beginnings, then
// letters inside words; prints the first query that does not.
bool rankedWell(const ClassifierStore& store, const QStringList& queries, QTextStream& out) {
    for (const QString& query : queries) {
        Result<QVector<ClassifierEntry>> found = store.find(Classifier::Nkz, query, 20);
        if (!found || found.value().isEmpty()) return false;
        int previous = 0;
        for (const ClassifierEntry& entry : found.value()) {
            const int kind = matchKind(entry, query);
            if (kind < previous || kind == 4) {
                out << "  \"" << query << "\": " << entry.code << " " << entry.nameRu
                    << " comes after a weaker match\n";
                return false;
            }
            previous = kind;
        }
    }
    return true;
}

} // namespace

int main(int argc, char* argv[]) {
    QCoreApplication app(argc, argv);
    QTextStream out(stdout);
    QTemporaryDir dir;
    Result<std::unique_ptr<ClassifierStore>> store =
        ClassifierStore::open(dir.filePath(QStringLiteral("classifiers.sqlite")));
    if (!store) qFatal("%s", qPrintable(store.error().toString()));
    const QVector<ClassifierEntry> entries = generateEdition();
    ClassifierEdition edition;
    edition.classifier = Classifier::Nkz;
    edition.name = QStringLiteral("bench");
    QElapsedTimer loading;
    loading.start();
    Result<ClassifierEdition> loaded =
        store.value()->load(edition, entries, ClassifierStore::IfLoaded::Refuse);
    if (!loaded) qFatal("%s", qPrintable(loaded.error().toString()));
    out << "Edition: " << loaded.value().entryCount << " entries, loaded in " << loading.elapsed()
        << " ms\n";
    writeCsv(dir.filePath(QStringLiteral("edition.csv")), entries);
    writeXlsx(dir.filePath(QStringLiteral("edition.xlsx")), entries);
    timeLoading(out, QStringLiteral("CSV"), dir.filePath(QStringLiteral("edition.csv")),
                dir.path());
    timeLoading(out, QStringLiteral("XLSX"), dir.filePath(QStringLiteral("edition.xlsx")),
                dir.path());

    QStringList codes, russian, kazakh;
    for (const QString& prefix :
         {QStringLiteral("8"), QStringLiteral("83"), QStringLiteral("834"), QStringLiteral("8342"),
          QStringLiteral("8342-1"), QStringLiteral("8342-1-00"), QStringLiteral("2"),
          QStringLiteral("21"), QStringLiteral("2142-1-003")})
        codes << prefix;
    // As typed: one letter, a word beginning, whole words, two words.
    for (const QString& word : kRussian)
        russian << word.left(1) << word.left(3) << word
                << word + QStringLiteral(" ") + kRussian[3].left(2);
    for (const QString& word : kKazakh)
        kazakh << word.left(1) << word.left(3) << word
               << word + QStringLiteral(" ") + kKazakh[0].left(2);

    // Inside words, as in compounds (the substring index): the middle and the end of a word.
    QStringList insideRussian, insideKazakh;
    for (const QString& word : kRussian)
        insideRussian << word.mid(1, 4) << word.right(4);
    for (const QString& word : kKazakh)
        insideKazakh << word.mid(1, 4) << word.right(4);

    bool withinTarget = true;
    const auto report = [&](const char* what, const Timing& timing) {
        const bool met = timing.worst < TargetMs;
        out << QStringLiteral("%1: %2 queries, median %3 ms, worst %4 ms   target: worst < %5 ms: "
                              "%6\n")
                   .arg(QLatin1String(what))
                   .arg(timing.queries)
                   .arg(timing.median, 0, 'f', 3)
                   .arg(timing.worst, 0, 'f', 3)
                   .arg(TargetMs)
                   .arg(met ? QStringLiteral("met") : QStringLiteral("NOT MET"));
        withinTarget = withinTarget && met;
    };
    report("by code prefix", time(*store.value(), codes, 50));
    report("by words, Russian", time(*store.value(), russian, 10));
    report("by words, Kazakh", time(*store.value(), kazakh, 10));
    report("inside words, Russian", time(*store.value(), insideRussian, 10));
    report("inside words, Kazakh", time(*store.value(), insideKazakh, 10));
    // Substring search ranks: «сварщик» finds «Сварщик» and «Сварщик-монтажник» before
    // «Электрогазосварщик»; codes before names.
    QStringList oneWord{QStringLiteral("сварщик"), QStringLiteral("дәнекерлеуші"),
                        QStringLiteral("сварщ"), QStringLiteral("варщик"), QStringLiteral("7212")};
    for (const QString& word : kRussian + kKazakh)
        if (!word.contains(QLatin1Char('-'))) oneWord << word << word.mid(1, 4) << word.right(4);
    const bool ranked = rankedWell(*store.value(), oneWord, out);
    out << QStringLiteral("ranking: %1 one-word queries, codes and whole words first, then "
                          "beginnings, then inside words: %2\n")
               .arg(oneWord.size())
               .arg(ranked ? QStringLiteral("met") : QStringLiteral("NOT MET"));
    withinTarget = withinTarget && ranked;
    Result<QVector<ClassifierEntry>> welders =
        store.value()->find(Classifier::Nkz, QStringLiteral("сварщик"), 20);
    if (welders) {
        QStringList names;
        for (const ClassifierEntry& entry : welders.value())
            names << entry.nameRu;
        out << "  \"сварщик\" finds: " << names.join(QStringLiteral(", ")) << "\n";
    }
    out << (withinTarget ? "Every look-up under " : "Some look-ups over ") << TargetMs << " ms\n";
    return withinTarget ? 0 : 1;
}
