#include "core/layout/printedlabels.h"
#include "core/model/fieldterm.h"
#include "core/model/phrase.h"
#include "core/validation/cardphrases.h"

#include <catch2/catch.hpp>

using namespace kasibi;

TEST_CASE("A phrase reads in the language asked, English falling back on Russian", "[phrase]") {
    const Phrase words{QStringLiteral("деңгей"), QStringLiteral("уровень"),
                       QStringLiteral("level")};
    CHECK(words.in(QStringLiteral("kk")) == QStringLiteral("деңгей"));
    CHECK(words.in(QStringLiteral("ru")) == QStringLiteral("уровень"));
    CHECK(words.in(QStringLiteral("en")) == QStringLiteral("level"));
    // A document's text and the printed wording have no English: a reader in English gets the
    // Russian, as the interface showed them before there was one type.
    const Phrase document{QStringLiteral("Кен"), QStringLiteral("Горное дело")};
    CHECK(document.in(QStringLiteral("en")) == QStringLiteral("Горное дело"));
    CHECK(document.in(QStringLiteral("de")) == QStringLiteral("Горное дело"));
}

TEST_CASE("A phrase is filled in one pass, values in each language's quotation marks", "[phrase]") {
    const Phrase phrase{QStringLiteral("%1 көрсетіңіз"), QStringLiteral("Укажите %1"),
                        QStringLiteral("Enter %1")};
    // A value that holds "%1" itself stays as typed.
    const Phrase filled = fill(phrase, {Phrase::inQuotes(QStringLiteral("%1 x"))});
    CHECK(filled.kk == QStringLiteral("«%1 x» көрсетіңіз"));
    CHECK(filled.ru == QStringLiteral("Укажите «%1 x»"));
    CHECK(filled.en == QStringLiteral("Enter \"%1 x\""));
}

TEST_CASE("A field's term gives the printed label and the validator's accusative from one row",
          "[phrase]") {
    // The printed label is the term with a capital and a colon unless its row says otherwise;
    // the accusative is the term where the case does not change it.
    CHECK(label::orkLevel.ru == QStringLiteral("Уровень квалификации по ОРК:"));
    CHECK(label::orkLevel.kk == QStringLiteral("СБШ бойынша біліктілік деңгейі:"));
    CHECK(validation::CardPhrases::QualificationLevelOrk.ru ==
          QStringLiteral("уровень квалификации по ОРК"));
    CHECK(validation::CardPhrases::QualificationLevelOrk.kk ==
          QStringLiteral("СБШ бойынша біліктілік деңгейін"));
    CHECK(label::tariff.kk == QStringLiteral("БТБА/БА/ҮБС бойынша біліктілік деңгейі:"));
    CHECK(label::tariff.ru == QStringLiteral("Уровень квалификации по ЕТКС/КС/ТКХ:"));
    REQUIRE(FieldTerm::ofField(Field::OrkLevel) == &term::orkLevel);
    CHECK(FieldTerm::ofField(QStringLiteral("no such field")) == nullptr);
}
