#pragma once

#include "core/model/result.h"

#include <memory>
#include <QFutureWatcher>
#include <QHash>
#include <QObject>
#include <QSet>
#include <QStringList>

class Hunspell;

namespace kasibi {

// Hunspell for one language (Debian's hunspell-ru and hunspell-kk), with the user's own words
// (words-<language>.txt in the user's data folder). The dictionary loads in a worker thread the
// first time it is asked for, so opening a form never waits for it; the highlighters check again
// when it is ready.
class SpellChecker : public QObject {
    Q_OBJECT
public:
    // The shared checker of "kk" or "ru", or nullptr when there is no dictionary for the language.
    static SpellChecker* forLanguage(const QString& language);
    // A checker of its own (forLanguage() shares one per language).
    static std::unique_ptr<SpellChecker> create(const QString& language);
    // <user data folder>/kasibi/words-<language>.txt: one word a line, UTF-8.
    static QString personalDictionaryPath(const QString& language);
    ~SpellChecker() override;

    bool isReady() const { return m_hunspell != nullptr; }
    // Off: nothing is marked (Preferences: a switch per language). The shared checkers start
    // as the preferences say.
    bool isEnabled() const { return m_enabled; }
    void setEnabled(bool on);
    // Words taken as right besides the dictionary, by source ("glossary": the terms of the
    // open standard, "classifiers": the names of the editions in use); a source's words
    // replace what it gave before. Case is ignored.
    void setKnownWords(const QString& source, const QStringList& words);
    // :/spelling/<language>-kasibi.aff and .dic: Kasibi's morphology of the language and the
    // stems it gives endings to, Debian's and more (the Kazakh dictionary of Debian lacks most
    // inflected forms: өнеркәсібі, бұйымдарын, экскаватордың): resources/spelling/README.md.
    // A second Hunspell reads them; a word is right when either dictionary takes it.
    static QString supplementPath(const QString& language);
    static QString supplementAffixPath(const QString& language);
    // The words of a text as the highlighter finds them.
    static QStringList wordsOf(const QString& text);
    void waitUntilReady();
    // True until the dictionary is loaded: nothing is marked that cannot be checked.
    bool isCorrect(const QString& word) const;
    QStringList suggestions(const QString& word) const;
    // Leaves the word alone for the rest of the session (names, terms of the trade).
    void ignore(const QString& word);
    // Takes the word as right from now on, in every session: it is written to the personal
    // dictionary at once. Hunspell also takes its capitalised forms. On failure nothing changes.
    Status addToDictionary(const QString& word);

    // Whether a word is one to check at all: abbreviations (ОРК, НКЗ), words with digits and
    // single letters are not.
    static bool isCheckable(const QString& word);

signals:
    void ready();
    void ignored();

private:
    SpellChecker(const QString& affix, const QString& dictionary, const QString& language,
                 QObject* parent);
    struct Loaded {
        Hunspell* dictionary = nullptr;
        Hunspell* supplement = nullptr; // none for a language Kasibi adds nothing to
    };
    void adopt(const Loaded& loaded);
    bool spell(const QString& word) const;

    QString m_language;
    QFutureWatcher<Loaded> m_loading;
    std::unique_ptr<Hunspell> m_hunspell;
    std::unique_ptr<Hunspell> m_supplement;
    QSet<QString> m_ignored;
    QHash<QString, QSet<QString>> m_known; // by source, folded to lower case
    bool m_enabled = true;
    QStringList m_personal; // as in the personal dictionary's file
};

} // namespace kasibi
