// kasibi-classifier-bench: how fast ClassifierStore::find() answers over an edition of 10,000
// entries (issue 8: under 20 ms), by code prefix and by words in Kazakh and Russian.
// Prints the median and the worst time of each kind of query; exit 1 when a worst time is over
// the target.
#include "classifierstore.h"

#include <algorithm>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QRandomGenerator>
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
    for (int i = 0; entries.size() < EntryCount; ++i)
        add(unitGroups[i % unitGroups.size()] + QStringLiteral("-1-") +
            QString::number(i / unitGroups.size() + 1).rightJustified(3, QLatin1Char('0')));
    return entries;
}

struct Timing {
    double median = 0, worst = 0;
    int queries = 0;
};

Timing time(const ClassifierStore& store, const QStringList& queries, int rounds) {
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

    QStringList codes, russian, kazakh;
    for (const QString& prefix :
         {QStringLiteral("8"), QStringLiteral("83"), QStringLiteral("834"), QStringLiteral("8342"),
          QStringLiteral("8342-1"), QStringLiteral("8342-1-00"), QStringLiteral("2"),
          QStringLiteral("21"), QStringLiteral("2146-1-003")})
        codes << prefix;
    // As typed: one letter, a word beginning, whole words, two words.
    for (const QString& word : kRussian)
        russian << word.left(1) << word.left(3) << word
                << word + QStringLiteral(" ") + kRussian[3].left(2);
    for (const QString& word : kKazakh)
        kazakh << word.left(1) << word.left(3) << word
               << word + QStringLiteral(" ") + kKazakh[0].left(2);

    bool withinTarget = true;
    const auto report = [&](const char* what, const Timing& timing) {
        out << QStringLiteral("%1: %2 queries, median %3 ms, worst %4 ms\n")
                   .arg(QLatin1String(what))
                   .arg(timing.queries)
                   .arg(timing.median, 0, 'f', 3)
                   .arg(timing.worst, 0, 'f', 3);
        withinTarget = withinTarget && timing.worst < TargetMs;
    };
    report("by code prefix", time(*store.value(), codes, 50));
    report("by words, Russian", time(*store.value(), russian, 10));
    report("by words, Kazakh", time(*store.value(), kazakh, 10));
    out << (withinTarget ? "Every look-up under " : "Some look-ups over ") << TargetMs << " ms\n";
    return withinTarget ? 0 : 1;
}
