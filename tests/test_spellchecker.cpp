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
    const Status failed = later->addToDictionary(QStringLiteral("жарушылар"));
    REQUIRE_FALSE(failed.ok());
    CHECK(failed.error().where == path);
    CHECK_FALSE(later->isCorrect(QStringLiteral("жарушылар")));
    QFile::remove(folder);
}
