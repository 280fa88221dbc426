// kasibi-spelling-bench: what the spell checker costs. How long a language's dictionaries take
// to load (Debian's Hunspell and, for Kazakh, Kasibi's supplement: resources/spelling/README.md),
// the memory they take, and how long checking one word takes, over the words of the sample
// standard in that language. Exit 1 when a figure misses its target.
#include "measurement.h"
#include "ui/spelling/spellchecker.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>

#include <memory>
#include <vector>

using namespace kasibi;

namespace {

constexpr int Runs = 5;
// Loading runs in a worker thread while the form opens; a checker a second after the first
// keystroke still marks the words typed so far.
constexpr double LoadTargetMs = 1000;
// Highlighting a paragraph checks every word of it on each keystroke.
constexpr double WordTargetUs = 50;

// The texts of the sample standard in one language, as the editor shows them.
void collect(const QJsonValue& value, const QString& language, QStringList* texts) {
    if (value.isObject()) {
        const QJsonObject object = value.toObject();
        for (auto it = object.begin(); it != object.end(); ++it) {
            if (it.key() == language && it.value().isString())
                *texts << it.value().toString();
            else
                collect(it.value(), language, texts);
        }
    } else if (value.isArray()) {
        for (const QJsonValue& inner : value.toArray())
            collect(inner, language, texts);
    }
}

QStringList sampleWords(const QString& language) {
    QFile file(QStringLiteral(KASIBI_SOURCE_DIR "/resources/sample/mining-b07102012.json"));
    if (!file.open(QIODevice::ReadOnly)) return {};
    QStringList texts;
    collect(QJsonDocument::fromJson(file.readAll()).object(), language, &texts);
    QStringList words;
    for (const QString& text : texts)
        for (const QString& word : SpellChecker::wordsOf(text))
            if (SpellChecker::isCheckable(word)) words << word;
    return words;
}

// The process's resident memory in MB (Linux).
double residentMb() {
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly)) return 0;
    for (const QByteArray& line : status.readAll().split('\n'))
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').value(0).toDouble() / 1024;
    return 0;
}

} // namespace

int main(int argc, char* argv[]) {
    QCoreApplication app(argc, argv);
    QTextStream out(stdout);
    bool allMet = true;
    out << "Kasibi spelling benchmark: each time the median of " << Runs
        << " runs after a warm-up, with the fastest and slowest\n";
    const QStringList languages = {QStringLiteral("kk"), QStringLiteral("ru")};
    // Memory first, each language's dictionaries loaded in turn and kept: nothing freed yet
    // whose room the next could reuse.
    std::vector<std::unique_ptr<SpellChecker>> checkers;
    for (const QString& language : languages) {
        const double before = residentMb();
        checkers.push_back(SpellChecker::create(language));
        if (!checkers.back()) return 2;
        checkers.back()->waitUntilReady();
        printFigure(out, QStringLiteral("%1: memory of the dictionaries").arg(language),
                    residentMb() - before, 0, QStringLiteral("MB"), &allMet);
    }
    for (int i = 0; i < languages.size(); ++i) {
        const QString& language = languages[i];
        const QStringList words = sampleWords(language);
        if (words.isEmpty()) return 2;
        out << language << ": " << words.size() << " words of the sample standard\n";
        // Until the checker is ready; freeing it afterwards is not start-up.
        QVector<double> loads;
        for (int run = 0; run <= Runs; ++run) { // run 0 warms up
            QElapsedTimer timer;
            timer.start();
            std::unique_ptr<SpellChecker> loaded = SpellChecker::create(language);
            loaded->waitUntilReady();
            if (run > 0) loads << timer.nsecsElapsed() / 1e6;
        }
        Measurement::ofSamples(loads).print(out, QStringLiteral("load (start-up)"), LoadTargetMs,
                                            QStringLiteral("ms"), &allMet);

        const SpellChecker& checker = *checkers[i];
        int marked = 0;
        QVector<double> perWord;
        for (int run = 0; run <= Runs; ++run) { // run 0 warms up
            QElapsedTimer timer;
            timer.start();
            marked = 0;
            for (const QString& word : words)
                if (!checker.isCorrect(word)) ++marked;
            if (run > 0) perWord << timer.nsecsElapsed() / 1e3 / words.size();
        }
        Measurement::ofSamples(perWord).print(out, QStringLiteral("check one word"), WordTargetUs,
                                              QStringLiteral("us"), &allMet);
        out << QStringLiteral("  words marked: %1 of %2 (%3%)\n")
                   .arg(marked)
                   .arg(words.size())
                   .arg(100.0 * marked / words.size(), 0, 'f', 1);
    }
    return allMet ? 0 : 1;
}
