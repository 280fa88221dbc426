#pragma once

#include <memory>
#include <QFutureWatcher>
#include <QObject>
#include <QSet>

class Hunspell;

namespace kasibi {

// Hunspell for one language (Debian's hunspell-ru and hunspell-kk). The dictionary loads in a
// worker thread the first time it is asked for, so opening a form never waits for it; the
// highlighters check again when it is ready.
class SpellChecker : public QObject {
    Q_OBJECT
public:
    // The checker of "kk" or "ru", or nullptr when there is no dictionary for the language.
    static SpellChecker* forLanguage(const QString& language);
    ~SpellChecker() override;

    bool isReady() const { return m_hunspell != nullptr; }
    void waitUntilReady();
    // True until the dictionary is loaded: nothing is marked that cannot be checked.
    bool isCorrect(const QString& word) const;
    QStringList suggestions(const QString& word) const;
    // Leaves the word alone for the rest of the session (names, terms of the trade).
    void ignore(const QString& word);

    // Whether a word is one to check at all: abbreviations (ОРК, НКЗ), words with digits and
    // single letters are not.
    static bool isCheckable(const QString& word);

signals:
    void ready();
    void ignored();

private:
    SpellChecker(const QString& affix, const QString& dictionary, QObject* parent);

    QFutureWatcher<Hunspell*> m_loading;
    std::unique_ptr<Hunspell> m_hunspell;
    QSet<QString> m_ignored;
};

} // namespace kasibi
