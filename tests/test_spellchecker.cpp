#include "spellchecker.h"

#include <catch2/catch.hpp>

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
