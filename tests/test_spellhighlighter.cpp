#include "ui/fields/growingtextedit.h"
#include "ui/spelling/spellchecker.h"
#include "ui/spelling/spellhighlighter.h"

#include <catch2/catch.hpp>

#include <QTextBlock>
#include <QTextLayout>

using namespace kasibi;

namespace {

// The words of the block the highlighter underlined.
QStringList underlined(const QTextBlock& block) {
    QStringList words;
    for (const QTextLayout::FormatRange& range : block.layout()->formats())
        if (range.format.underlineStyle() == QTextCharFormat::SpellCheckUnderline)
            words << block.text().mid(range.start, range.length);
    return words;
}

} // namespace

TEST_CASE("SpellHighlighter: misspelt words are underlined as they are typed") {
    SpellChecker::forLanguage(QStringLiteral("ru"))->waitUntilReady();
    GrowingTextEdit edit(1);
    edit.setSpellLanguage(QStringLiteral("ru"));
    edit.setPlainText(QStringLiteral("Машинист экскаватара выполняет выемку горной масы по ОРК 4"));
    CHECK(underlined(edit.document()->firstBlock()) ==
          QStringList{QStringLiteral("экскаватара"), QStringLiteral("масы")});
    edit.setPlainText(QStringLiteral("Машинист экскаватора"));
    CHECK(underlined(edit.document()->firstBlock()).isEmpty());
}

TEST_CASE("SpellHighlighter: words keep their hyphens and apostrophes") {
    const auto words = SpellHighlighter::words(QStringLiteral("тау-кен, из-за 12 O’Neil"));
    REQUIRE(words.size() == 3);
    CHECK(words[0] == qMakePair(0, 7));
    CHECK(words[1] == qMakePair(9, 5));
    CHECK(words[2] == qMakePair(18, 6));
}
