// The registry on PostgreSQL with 1,500 generated typical standards (8 cards each): publish one,
// pull one, search by words and by code, the whole registry check, the qualification map of the
// largest OKED division. Prints each figure with its target and whether it is met.
// Run: bash scripts/run-registry-bench.sh (a throwaway PostgreSQL cluster), or
//      build/bench/kasibi-registry-bench --db URI [--standards N] on an empty database;
//      --filled measures again a registry a previous run filled, brought up to this schema.
#include "core/registry/qualificationmap.h"
#include "core/registry/qualificationmappainter.h"
#include "core/registry/registry.h"
#include "core/registry/registrycheck.h"
#include "core/registry/registrysearch.h"
#include "standardgenerator.h"

#include <algorithm>
#include <QDateTime>
#include <QElapsedTimer>
#include <QGuiApplication>
#include <QSize>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTextStream>

#include "measurement.h"

using namespace kasibi;

namespace {

QTextStream out(stdout);
int unmet = 0;

// The samples are taken one by one between other work; their median is Measurement's.
double median(const QVector<double>& samples) {
    return samples.isEmpty() ? 0 : Measurement::ofSamples(samples).median();
}

template <typename Work> double milliseconds(Work work) {
    QElapsedTimer timer;
    timer.start();
    work();
    return timer.nsecsElapsed() / 1e6;
}

void row(const QString& what, double value, double target) {
    const bool met = value < target;
    if (!met) ++unmet;
    out << QStringLiteral("  %1 %2 ms   (target < %3 ms: %4)\n")
               .arg(what, -44)
               .arg(value, 9, 'f', 1)
               .arg(target, 0, 'f', 0)
               .arg(met ? QStringLiteral("met") : QStringLiteral("NOT met"));
    out.flush();
}

[[noreturn]] void fail(const Error& error) {
    QTextStream(stderr) << "kasibi-registry-bench: " << error.toString() << "\n";
    std::exit(2);
}

template <typename T> T check(Result<T> result) {
    if (!result) fail(result.error());
    return std::move(result.value());
}

DocumentTree standard(int number) {
    DocumentTree tree = StandardGenerator::generate(StandardGenerator::typical());
    StandardGenerator::distinguish(tree, number);
    return tree;
}

} // namespace

int main(int argc, char* argv[]) {
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM")) qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    const QStringList arguments = app.arguments();
    const QString database = arguments.value(arguments.indexOf(QStringLiteral("--db")) + 1);
    const int count =
        arguments.contains(QStringLiteral("--standards"))
            ? arguments.value(arguments.indexOf(QStringLiteral("--standards")) + 1).toInt()
            : 1500;
    if (!arguments.contains(QStringLiteral("--db")) || database.isEmpty() || count < 20) {
        QTextStream(stderr) << "usage: kasibi-registry-bench --db URI [--standards N>=20]\n";
        return 2;
    }
    const bool filled = arguments.contains(QStringLiteral("--filled"));
    check(filled ? Registry::upgrade(database) : Registry::initialize(database));
    std::unique_ptr<Registry> registry = check(Registry::open(database));
    const QSqlDatabase db = registry->database();

    out << "Registry of " << count << " generated typical standards (8 cards each)\n";
    out.flush();
    QVector<double> publishes;
    QElapsedTimer filling;
    filling.start();
    QVector<DocumentTree> kept;
    if (filled) {
        const QVector<RegisteredStandard> standards = check(registry->list());
        for (int i = 0; i < standards.size(); i += 100)
            kept << check(registry->pull(standards[i].id)).tree;
    }
    for (int i = 0; i < count && !filled; ++i) {
        const DocumentTree tree = standard(i);
        publishes << milliseconds([&] { check(registry->publish(tree, std::nullopt)); });
        if (i % 100 == 0) kept << tree;
        if ((i + 1) % 250 == 0) {
            out << "  ... " << (i + 1) << " published\n";
            out.flush();
        }
    }
    if (!filled)
        out << QStringLiteral("  filled in %1 s\n").arg(filling.elapsed() / 1000.0, 0, 'f', 1);
    QSqlQuery(db).exec(QStringLiteral("VACUUM ANALYZE"));

    // A new version of a registered standard, as an author publishes it. The edit differs from
    // run to run: the same content again is no new version, and a run with --filled would time
    // only the look that finds it unchanged.
    const qint64 run = QDateTime::currentMSecsSinceEpoch();
    QVector<double> republish;
    for (int i = 0; i < 10; ++i) {
        DocumentTree& tree = kept[i % kept.size()];
        const PulledStandard pulled = check(registry->pull(tree.standardId()));
        tree = pulled.tree;
        tree.setValue(tree.standardId(), QStringLiteral("passport/description@ru"),
                      QStringLiteral("Правка %1 прогона %2").arg(i).arg(run));
        republish << milliseconds([&] {
            if (!check(registry->publish(tree, pulled.link)).isNew)
                fail(Error{QStringLiteral("the edited standard made no new version")});
        });
    }
    row(QStringLiteral("publish one typical standard (median)"), median(republish), 300);
    if (!publishes.isEmpty())
        out << QStringLiteral("    (while filling: median %1 ms, slowest %2 ms)\n")
                   .arg(median(publishes), 0, 'f', 1)
                   .arg(*std::max_element(publishes.begin(), publishes.end()), 0, 'f', 1);

    QVector<double> pulls;
    for (int i = 0; i < 20; ++i)
        pulls << milliseconds([&] { check(registry->pull(kept[i % kept.size()].standardId())); });
    row(QStringLiteral("pull one typical standard (median)"), median(pulls), 200);

    const QStringList words{QStringLiteral("экскаваторов"), QStringLiteral("бульдозер"),
                            QStringLiteral("крана машинисі"), QStringLiteral("погрузчик 1234")};
    QVector<double> wordSearches;
    QVector<QVector<double>> byQuery(words.size());
    QVector<int> wordHits(words.size());
    for (int round = 0; round < 5; ++round)
        for (int i = 0; i < words.size(); ++i) {
            const double took = milliseconds(
                [&] { wordHits[i] = int(check(RegistrySearch::find(db, words[i])).size()); });
            wordSearches << took;
            byQuery[i] << took;
        }
    row(QStringLiteral("search by words (median, %1 queries)").arg(words.size()),
        median(wordSearches), 50);
    // The median of all hides a slow query among fast ones: each is shown, with its hits.
    for (int i = 0; i < words.size(); ++i)
        out << QStringLiteral("    \"%1\": median %2 ms, slowest %3 ms, %4 hits\n")
                   .arg(words[i])
                   .arg(median(byQuery[i]), 0, 'f', 1)
                   .arg(*std::max_element(byQuery[i].begin(), byQuery[i].end()), 0, 'f', 1)
                   .arg(wordHits[i]);

    const QStringList codes{StandardGenerator::nkzOccupation(700, 3),
                            StandardGenerator::nkzOccupation(1200, 0).left(4),
                            kept.last().standardCode(), QStringLiteral("07.10.1")};
    QVector<double> codeSearches;
    for (int round = 0; round < 5; ++round)
        for (const QString& query : codes)
            codeSearches << milliseconds([&] { check(RegistrySearch::find(db, query)); });
    row(QStringLiteral("search by code (median, %1 codes)").arg(codes.size()), median(codeSearches),
        10);

    RegistryFindings findings;
    const double checking = milliseconds([&] { findings = check(RegistryCheck::run(db)); });
    row(QStringLiteral("the whole registry check (%1 findings)").arg(findings.size()), checking,
        2000);

    QSqlQuery largest(db);
    largest.exec(QStringLiteral("SELECT oked_division, count(*) FROM kasibi.standard GROUP BY 1 "
                                "ORDER BY 2 DESC, 1 LIMIT 1"));
    largest.next();
    const QString division = largest.value(0).toString();
    QTemporaryDir dir;
    int professions = 0;
    const double mapping = milliseconds([&] {
        const QualificationMap map = check(QualificationMap::ofRegistry(db, division));
        professions = int(map.professions.size());
        const Status written = QualificationMapPainter(map, QStringLiteral("ru"))
                                   .write(dir.filePath(QStringLiteral("map.svg")));
        if (!written) fail(written.error());
    });
    row(QStringLiteral("map of division %1 (%2 standards, %3 professions), SVG")
            .arg(division)
            .arg(largest.value(1).toInt())
            .arg(professions),
        mapping, 1000);
    QSize pngSize;
    const double png = milliseconds([&] {
        const QualificationMap map = check(QualificationMap::ofRegistry(db, division));
        const QualificationMapPainter painter(map, QStringLiteral("ru"));
        pngSize = painter.pngSize();
        const Status written = painter.write(dir.filePath(QStringLiteral("map.png")));
        if (!written) fail(written.error());
    });
    row(QStringLiteral("the same map as PNG (%1 x %2 pixels)")
            .arg(pngSize.width())
            .arg(pngSize.height()),
        png, 1000);
    out << (unmet == 0 ? "All targets met.\n" : "Some targets NOT met.\n");
    out.flush();
    return unmet == 0 ? 0 : 1;
}
