#include "ui/spelling/spellchecker.h"

#include "core/format/wholefile.h"
#include "core/platform/platform.h"
#include "ui/shell/preferences.h"
#include "ui/spelling/spellhighlighter.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QStandardPaths>
#include <QtConcurrent/QtConcurrentRun>
#include <QTemporaryFile>

#include <hunspell.hxx>

namespace kasibi {

SpellChecker* SpellChecker::forLanguage(const QString& language) {
    static QHash<QString, SpellChecker*> checkers;
    if (checkers.contains(language)) return checkers.value(language);
    SpellChecker* checker = create(language).release();
    if (checker) {
        checker->setParent(QCoreApplication::instance());
        checker->setEnabled(Preferences::spellCheckEnabled(language));
    }
    checkers.insert(language, checker);
    return checker;
}

std::unique_ptr<SpellChecker> SpellChecker::create(const QString& language) {
    const QString base = Platform::spellingDictionary(language);
    if (base.isEmpty() || !QFileInfo::exists(base + QStringLiteral(".aff")) ||
        !QFileInfo::exists(base + QStringLiteral(".dic")))
        return nullptr;
    return std::unique_ptr<SpellChecker>(new SpellChecker(
        base + QStringLiteral(".aff"), base + QStringLiteral(".dic"), language, nullptr));
}

QString SpellChecker::supplementPath(const QString& language) {
    return QStringLiteral(":/spelling/%1-kasibi.dic").arg(language);
}

QString SpellChecker::supplementAffixPath(const QString& language) {
    return QStringLiteral(":/spelling/%1-kasibi.aff").arg(language);
}

namespace {

// Hunspell reads files: an embedded one goes through a temporary copy.
bool copyOut(const QString& resource, QTemporaryFile& copy) {
    QFile embedded(resource);
    return embedded.open(QIODevice::ReadOnly) && copy.open() &&
           copy.write(embedded.readAll()) == embedded.size() && copy.flush();
}

} // namespace

QString SpellChecker::personalDictionaryPath(const QString& language) {
    return QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation) +
           QStringLiteral("/kasibi/words-%1.txt").arg(language);
}

SpellChecker::SpellChecker(const QString& affix, const QString& dictionary, const QString& language,
                           QObject* parent)
    : QObject(parent), m_language(language) {
    // The user's own words; a list larger than any person writes is not one.
    QFile personal(personalDictionaryPath(language));
    if (personal.size() < 1024 * 1024 && personal.open(QIODevice::ReadOnly))
        for (const QString& line : QString::fromUtf8(personal.readAll()).split(QLatin1Char('\n')))
            if (!line.trimmed().isEmpty()) m_personal << line.trimmed();
    connect(&m_loading, &QFutureWatcher<Loaded>::finished, this, [this] {
        // waitUntilReady() may have taken the dictionary already: resetting to the same
        // pointer would delete it under the owner's feet.
        if (!m_hunspell) adopt(m_loading.result());
    });
    // Both dictionaries are UTF-8 (their SET line), so words pass as UTF-8.
    m_loading.setFuture(QtConcurrent::run(
        [affix = affix.toLocal8Bit(), dictionary = dictionary.toLocal8Bit(), words = m_personal,
         supplementAffix = supplementAffixPath(language), supplement = supplementPath(language)] {
            // The two dictionaries load side by side: the checker is ready in the time of the
            // slower one.
            QFuture<Hunspell*> supplementLoading =
                QtConcurrent::run([supplementAffix, supplement]() -> Hunspell* {
                    QTemporaryFile affixCopy;
                    QTemporaryFile stemsCopy;
                    if (!copyOut(supplementAffix, affixCopy) || !copyOut(supplement, stemsCopy))
                        return nullptr;
                    // Kasibi's list holds Debian's stems too, each flagged with its harmony.
                    return new Hunspell(QFile::encodeName(affixCopy.fileName()).constData(),
                                        QFile::encodeName(stemsCopy.fileName()).constData());
                });
            Loaded loaded;
            loaded.dictionary = new Hunspell(affix.constData(), dictionary.constData());
            for (const QString& word : words)
                loaded.dictionary->add(word.toStdString());
            loaded.supplement = supplementLoading.result();
            return loaded;
        }));
}

void SpellChecker::adopt(const Loaded& loaded) {
    m_hunspell.reset(loaded.dictionary);
    m_supplement.reset(loaded.supplement);
    emit ready();
}

SpellChecker::~SpellChecker() {
    m_loading.waitForFinished();
    if (!m_hunspell && m_loading.isFinished() && m_loading.future().resultCount() > 0) {
        delete m_loading.result().dictionary;
        delete m_loading.result().supplement;
    }
}

void SpellChecker::waitUntilReady() {
    m_loading.waitForFinished();
    if (!m_hunspell) adopt(m_loading.result());
}

bool SpellChecker::isCheckable(const QString& word) {
    if (word.size() < 2) return false;
    bool allUpper = true;
    for (const QChar c : word) {
        if (c.isDigit()) return false;
        if (c.isLower()) allUpper = false;
    }
    return !allUpper;
}

QStringList SpellChecker::wordsOf(const QString& text) {
    QStringList words;
    for (const auto& [start, length] : SpellHighlighter::words(text))
        words << text.mid(start, length);
    return words;
}

void SpellChecker::setEnabled(bool on) {
    if (m_enabled == on) return;
    m_enabled = on;
    emit ignored(); // the highlighters mark again, or unmark
}

void SpellChecker::setKnownWords(const QString& source, const QStringList& words) {
    QSet<QString> folded;
    for (const QString& word : words)
        folded.insert(word.toLower());
    if (m_known.value(source) == folded) return;
    m_known.insert(source, folded);
    emit ignored();
}

bool SpellChecker::isCorrect(const QString& word) const {
    if (!m_enabled || !m_hunspell || !isCheckable(word) || m_ignored.contains(word)) return true;
    const QString folded = word.toLower();
    for (const QSet<QString>& known : m_known)
        if (known.contains(folded)) return true;
    if (spell(word)) return true;
    // A compound the dictionary lacks is right when each part is (тау-кен, ауа-райы).
    if (!word.contains(QLatin1Char('-'))) return false;
    for (const QString& part : word.split(QLatin1Char('-'), Qt::SkipEmptyParts))
        if (isCheckable(part) && !spell(part)) return false;
    return true;
}

bool SpellChecker::spell(const QString& word) const {
    const std::string utf8 = word.toStdString();
    return m_hunspell->spell(utf8) || (m_supplement && m_supplement->spell(utf8));
}

QStringList SpellChecker::suggestions(const QString& word) const {
    QStringList result;
    if (!m_hunspell) return result;
    for (const std::string& suggestion : m_hunspell->suggest(word.toStdString()))
        result << QString::fromStdString(suggestion);
    return result;
}

void SpellChecker::ignore(const QString& word) {
    m_ignored.insert(word);
    emit ignored();
}

Status SpellChecker::addToDictionary(const QString& word) {
    const QString clean = word.trimmed();
    if (clean.isEmpty() || m_personal.contains(clean)) return Status::success();
    const QString path = personalDictionaryPath(m_language);
    QStringList words = m_personal;
    words << clean;
    if (!QDir().mkpath(QFileInfo(path).absolutePath()))
        return Status::failure(tr("cannot create the folder of the personal dictionary"), path);
    const QByteArray bytes = (words.join(QLatin1Char('\n')) + QLatin1Char('\n')).toUtf8();
    if (Status written = WholeFile::write(path, bytes); !written)
        return Status::failure(tr("cannot be written: %1").arg(written.error().message), path);
    m_personal = words;
    // A word added while the dictionary loads is in the list the loader was given, or not:
    // waiting makes sure Hunspell has it.
    waitUntilReady();
    m_hunspell->add(clean.toStdString());
    emit ignored();
    return Status::success();
}

} // namespace kasibi
