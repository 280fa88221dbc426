#include "core/classifier/classifiercsvreader.h"
#include "testsupport.h"
#include "ui/spelling/spellchecker.h"

#include <catch2/catch.hpp>

#include <QDir>
#include <QFile>
#include <QFileInfo>

using namespace kasibi;

TEST_CASE("SpellChecker: Russian and Kazakh words, with suggestions") {
    SpellChecker* russian = SpellChecker::forLanguage(QStringLiteral("ru"));
    REQUIRE(russian);
    russian->waitUntilReady();
    CHECK(russian->isCorrect(QStringLiteral("профессиональный")));
    CHECK(russian->isCorrect(QStringLiteral("экскаватора")));
    CHECK_FALSE(russian->isCorrect(QStringLiteral("экскаватара")));
    CHECK(russian->suggestions(QStringLiteral("экскаватара"))
              .contains(QStringLiteral("экскаватора")));
    // Abbreviations of the Rules and codes are not words to check.
    CHECK(russian->isCorrect(QStringLiteral("ОРК")));
    CHECK(russian->isCorrect(QStringLiteral("B07102012")));
    CHECK(russian->isCorrect(QStringLiteral("горно-транспортный")));

    SpellChecker* kazakh = SpellChecker::forLanguage(QStringLiteral("kk"));
    REQUIRE(kazakh);
    kazakh->waitUntilReady();
    CHECK(kazakh->isCorrect(QStringLiteral("стандарт")));
    CHECK(kazakh->isCorrect(QStringLiteral("біліктілік")));
    CHECK_FALSE(kazakh->isCorrect(QStringLiteral("біліктіллік")));

    CHECK_FALSE(kazakh->isCorrect(QStringLiteral("Кенқазу")));
    kazakh->ignore(QStringLiteral("Кенқазу"));
    CHECK(kazakh->isCorrect(QStringLiteral("Кенқазу")));
    CHECK(SpellChecker::forLanguage(QStringLiteral("en")) == nullptr);
}

TEST_CASE("SpellChecker: words added to the dictionary stay right in later sessions") {
    const QString path = SpellChecker::personalDictionaryPath(QStringLiteral("kk"));
    QFile::remove(path);
    {
        std::unique_ptr<SpellChecker> kazakh = SpellChecker::create(QStringLiteral("kk"));
        REQUIRE(kazakh);
        kazakh->waitUntilReady();
        CHECK_FALSE(kazakh->isCorrect(QStringLiteral("кенқазушы")));
        REQUIRE(kazakh->addToDictionary(QStringLiteral("кенқазушы")).ok());
        CHECK(kazakh->isCorrect(QStringLiteral("кенқазушы")));
        CHECK(kazakh->isCorrect(QStringLiteral("Кенқазушы")));
        REQUIRE(kazakh->addToDictionary(QStringLiteral("кенқазушы")).ok()); // once is enough
    }
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    CHECK(QString::fromUtf8(file.readAll()) == QStringLiteral("кенқазушы\n"));
    file.close();
    // The next session, before and after its dictionary has loaded.
    std::unique_ptr<SpellChecker> later = SpellChecker::create(QStringLiteral("kk"));
    later->waitUntilReady();
    CHECK(later->isCorrect(QStringLiteral("кенқазушы")));

    // Where the word cannot be written, it says where and why, and nothing changes.
    REQUIRE(QFile::remove(path));
    const QString folder = QFileInfo(path).absolutePath();
    REQUIRE(QDir(folder).removeRecursively());
    {
        QFile blocker(folder); // a file where the folder should be
        REQUIRE(blocker.open(QIODevice::WriteOnly));
    }
    const Status failed = later->addToDictionary(QStringLiteral("тасжарғыштар"));
    REQUIRE_FALSE(failed.ok());
    CHECK(failed.error().where == path);
    CHECK_FALSE(later->isCorrect(QStringLiteral("тасжарғыштар")));
    QFile::remove(folder);
}

namespace {

// The Kazakh wording of the sample standard: text like a user's. No stem of Kasibi's Kazakh
// dictionary was taken from it (scripts/make-kazakh-dictionary.py takes them from the classifier
// names and the interface texts), so the share marked here is what a user with new text gets.
QStringList sampleKazakhWords() {
    QStringList words;
    const DocumentTree sample = test::sampleTree();
    for (const Node& node : sample.nodes)
        for (auto value = node.values.constBegin(); value != node.values.constEnd(); ++value)
            if (Node::languageOfKey(value.key()) == QLatin1String("kk"))
                words << SpellChecker::wordsOf(value.value());
    words.removeIf([](const QString& word) { return !SpellChecker::isCheckable(word); });
    return words;
}

// The Kazakh names of the built-in classifier editions, which the stems were taken from.
QStringList classifierKazakhWords() {
    QStringList words;
    for (const char* file :
         {"resources/classifiers/oked-builtin.csv", "resources/classifiers/nkz-builtin.csv"}) {
        const Classifier classifier =
            QByteArray(file).contains("oked") ? Classifier::Oked : Classifier::Nkz;
        Result<QVector<ClassifierEntry>> entries =
            ClassifierCsvReader().read(test::sourcePath(QLatin1String(file)), classifier);
        REQUIRE(entries.ok());
        for (const ClassifierEntry& entry : entries.value())
            words << SpellChecker::wordsOf(entry.nameKk);
    }
    words.removeIf([](const QString& word) { return !SpellChecker::isCheckable(word); });
    return words;
}

double markedShare(const SpellChecker& checker, const QStringList& words, const char* what) {
    int marked = 0;
    for (const QString& word : words)
        if (!checker.isCorrect(word)) ++marked;
    const double share = 100.0 * marked / words.size();
    WARN("Kazakh words marked in " << what << ": " << marked << " of " << words.size() << " ("
                                   << QString::number(share, 'f', 2).toStdString() << "%)");
    return share;
}

} // namespace

TEST_CASE("SpellChecker: Kazakh words inflected by Kasibi's affixes, on text the stems were not "
          "taken from") {
    std::unique_ptr<SpellChecker> kazakh = SpellChecker::create(QStringLiteral("kk"));
    REQUIRE(kazakh);
    kazakh->waitUntilReady();
    // Debian's dictionary alone marks 18.6% of the sample's words (494 of 2,653) and 11.4% of
    // the classifier names (103 of 903): scripts/make-kazakh-dictionary.py.
    const QStringList sample = sampleKazakhWords();
    REQUIRE(sample.size() > 2500);
    // Held out: the affixes over Debian's stems, Russian nouns, the hand-written vocabulary and
    // no stem of the sample's own (0.1%; 1.8% without the vocabulary).
    CHECK(markedShare(*kazakh, sample, "the sample standard (held out)") < 2.0);
    const QStringList names = classifierKazakhWords();
    REQUIRE(names.size() > 800);
    CHECK(markedShare(*kazakh, names, "the classifier names (stems taken from them)") < 2.0);
    // The words of the trade, inflected, among them the ones users met; a plural, a possessive
    // and a case in a row; verbs in the negative past, the present, the conditional.
    for (const char* word : {"өнеркәсібі", "бұйымдарын", "кенін", "экскаватордың", "біліктілігі",
                             "жүйелерінің", "қондырғысының", "массасын", "болмады", "таңдалады",
                             "толтырылмаса", "бұрғылауды", "басқарудың", "зақымдалған"})
        CHECK(kazakh->isCorrect(QString::fromUtf8(word)));
    // Russian nouns with Kazakh endings (the soft sign falls before a vowel, -ст loses its т),
    // a Russian verb in -ировать as one in -ирлеу; Debian's stems it lists without endings
    // (жабдық, беріктік) and its verbs' nouns (ақау, нұсқаулық) declined; the doer in
    // -гер, the fact in -дық after a participle, the tool in -уыш, the noun in -ма; a root in
    // г, б voiceless before a consonant (шегу: шеккен, жабу: жапты), one in қ kept (оқиды);
    // front endings after a soft sign (осьтік); a technical prefix before a noun.
    for (const char* word :
         {"детонатордың",   "автосамосвалдың", "компрессорлар", "моделі",
          "модельдің",      "машинисінің",     "критерийлері",  "коммутациясы",
          "инициирлейтін",  "жабдығын",        "беріктігін",    "ақаулар",
          "нұсқаулықтары",  "тәлімгерлік",     "суланғандығын", "сыныптауыш",
          "тағылымдамадан", "шеккендерге",     "жапты",         "жабады",
          "оқиды",          "осьтік",          "гидрожүйенің",  "электрқондырғысының"})
        CHECK(kazakh->isCorrect(QString::fromUtf8(word)));
    // A typo is still one, and so is an ending against vowel harmony or the stem's last sound,
    // on a Kazakh stem or a Russian one; a soft sign kept before a vowel, a root voiced before
    // a consonant or a kept қ voiced; a Russian word misspelt; a prefix alone or misspelt.
    for (const char* word :
         {"біліктіллік",   "өнеркәсібіі", "біліктілікты", "жүйелардың", "экскаватордің",
          "кітаплар",      "болмеді",     "детонатордің", "модельдың",  "машинистың",
          "компрессорлер", "ақаулер",     "тәлімгерлық",  "модельі",    "шегкен",
          "жабты",         "оғиды",       "детанатордың", "осьтық",     "гидрожүйелар",
          "гидржүйе",      "гидро"})
        CHECK_FALSE(kazakh->isCorrect(QString::fromUtf8(word)));
}

TEST_CASE(
    "SpellChecker: switched off, nothing is marked, glossary and classifier words are right") {
    std::unique_ptr<SpellChecker> kazakh = SpellChecker::create(QStringLiteral("kk"));
    REQUIRE(kazakh);
    kazakh->waitUntilReady();
    const QString typo = QStringLiteral("біліктіллік");
    REQUIRE_FALSE(kazakh->isCorrect(typo));
    kazakh->setEnabled(false);
    CHECK(kazakh->isCorrect(typo));
    kazakh->setEnabled(true);
    CHECK_FALSE(kazakh->isCorrect(typo));

    const QString term = QStringLiteral("Тасжарғыштау");
    REQUIRE_FALSE(kazakh->isCorrect(term));
    kazakh->setKnownWords(QStringLiteral("glossary"), {term});
    CHECK(kazakh->isCorrect(term));
    CHECK(kazakh->isCorrect(term.toLower()));
    kazakh->setKnownWords(QStringLiteral("classifiers"), {QStringLiteral("Шахтабұрғылау")});
    CHECK(kazakh->isCorrect(QStringLiteral("шахтабұрғылау")));
    CHECK(kazakh->isCorrect(term)); // another source keeps its words
    kazakh->setKnownWords(QStringLiteral("glossary"), {});
    CHECK_FALSE(kazakh->isCorrect(term));
}
