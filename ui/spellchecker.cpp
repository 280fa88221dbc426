#include "spellchecker.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QHash>
#include <QtConcurrent/QtConcurrentRun>

#include <hunspell.hxx>

namespace kasibi {

namespace {

QString dictionaryBase(const QString& language) {
    if (language == QLatin1String("ru")) return QStringLiteral("/usr/share/hunspell/ru_RU");
    if (language == QLatin1String("kk")) return QStringLiteral("/usr/share/hunspell/kk_KZ");
    return {};
}

} // namespace

SpellChecker* SpellChecker::forLanguage(const QString& language) {
    static QHash<QString, SpellChecker*> checkers;
    if (checkers.contains(language)) return checkers.value(language);
    const QString base = dictionaryBase(language);
    SpellChecker* checker = nullptr;
    if (!base.isEmpty() && QFileInfo::exists(base + QStringLiteral(".aff")) &&
        QFileInfo::exists(base + QStringLiteral(".dic")))
        checker = new SpellChecker(base + QStringLiteral(".aff"), base + QStringLiteral(".dic"),
                                   QCoreApplication::instance());
    checkers.insert(language, checker);
    return checker;
}

SpellChecker::SpellChecker(const QString& affix, const QString& dictionary, QObject* parent)
    : QObject(parent) {
    connect(&m_loading, &QFutureWatcher<Hunspell*>::finished, this, [this] {
        // waitUntilReady() may have taken the dictionary already: resetting to the same
        // pointer would delete it under the owner's feet.
        if (m_hunspell) return;
        m_hunspell.reset(m_loading.result());
        emit ready();
    });
    // Both dictionaries are UTF-8 (their SET line), so words pass as UTF-8.
    m_loading.setFuture(
        QtConcurrent::run([affix = affix.toLocal8Bit(), dictionary = dictionary.toLocal8Bit()] {
            return new Hunspell(affix.constData(), dictionary.constData());
        }));
}

SpellChecker::~SpellChecker() {
    m_loading.waitForFinished();
    if (!m_hunspell && m_loading.isFinished() && m_loading.future().resultCount() > 0)
        delete m_loading.result();
}

void SpellChecker::waitUntilReady() {
    m_loading.waitForFinished();
    if (!m_hunspell) {
        m_hunspell.reset(m_loading.result());
        emit ready();
    }
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

bool SpellChecker::isCorrect(const QString& word) const {
    if (!m_hunspell || !isCheckable(word) || m_ignored.contains(word)) return true;
    if (m_hunspell->spell(word.toStdString())) return true;
    // A compound the dictionary lacks is right when each part is (тау-кен, ауа-райы).
    if (!word.contains(QLatin1Char('-'))) return false;
    for (const QString& part : word.split(QLatin1Char('-'), Qt::SkipEmptyParts))
        if (isCheckable(part) && !m_hunspell->spell(part.toStdString())) return false;
    return true;
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

} // namespace kasibi
