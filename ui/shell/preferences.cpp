#include "ui/shell/preferences.h"

#include "core/registry/registryconnection.h"

#include "core/model/schema.h"

#include <QFileInfo>
#include <QLocale>
#include <QSettings>

namespace kasibi {

namespace {

const QString kAuthor = QStringLiteral("preferences/authorName");
const QString kUiLanguage = QStringLiteral("preferences/uiLanguage");
const QString kDefaultLanguages = QStringLiteral("preferences/defaultLanguages");
const QString kRecent = QStringLiteral("recentFiles");
const QString kRecentTitles = QStringLiteral("recentTitles");
const QString kRegistry = QStringLiteral("preferences/registryAddress");
const QString kRegistryTimeout = QStringLiteral("preferences/registryTimeoutSeconds");
const QString kSpellCheck = QStringLiteral("preferences/spellCheck/%1");

} // namespace

QString Preferences::authorName() {
    return QSettings().value(kAuthor).toString();
}

void Preferences::setAuthorName(const QString& name) {
    QSettings().setValue(kAuthor, name.trimmed());
}

QString Preferences::registryAddress() {
    return QSettings().value(kRegistry).toString();
}

int Preferences::registryTimeoutSeconds() {
    const int seconds = QSettings().value(kRegistryTimeout).toInt();
    return seconds > 0 ? seconds : RegistryConnection::StatementTimeoutSeconds;
}

void Preferences::setRegistryTimeoutSeconds(int seconds) {
    QSettings().setValue(kRegistryTimeout, seconds);
}

void Preferences::setRegistryAddress(const QString& address) {
    QSettings().setValue(kRegistry, address.trimmed());
}

bool Preferences::spellCheckEnabled(const QString& language) {
    return QSettings().value(kSpellCheck.arg(language), true).toBool();
}

void Preferences::setSpellCheckEnabled(const QString& language, bool on) {
    QSettings().setValue(kSpellCheck.arg(language), on);
}

QString Preferences::uiLanguage() {
    return QSettings().value(kUiLanguage).toString();
}

void Preferences::setUiLanguage(const QString& language) {
    QSettings().setValue(kUiLanguage, language);
}

QString Preferences::effectiveUiLanguage() {
    const QString chosen = uiLanguage();
    if (!chosen.isEmpty()) return chosen;
    const QString system = QLocale::system().name().section(QLatin1Char('_'), 0, 0);
    if (system == QLatin1String("ru") || system == QLatin1String("kk")) return system;
    return QStringLiteral("en");
}

QString Preferences::contentLanguage() {
    return effectiveUiLanguage() == QLatin1String("kk") ? QStringLiteral("kk")
                                                        : QStringLiteral("ru");
}

QStringList Preferences::defaultLanguages() {
    QStringList languages;
    for (const QString& language :
         QSettings().value(kDefaultLanguages, Schema::languages()).toStringList())
        if (Schema::languages().contains(language)) languages << language;
    return languages.isEmpty() ? Schema::languages() : languages;
}

void Preferences::setDefaultLanguages(const QStringList& languages) {
    QSettings().setValue(kDefaultLanguages, languages);
}

QStringList Preferences::recentFiles() {
    QStringList files;
    for (const QString& path : QSettings().value(kRecent).toStringList())
        if (QFileInfo::exists(path)) files << path;
    return files;
}

void Preferences::addRecentFile(const QString& path, const QString& title) {
    const QString absolute = QFileInfo(path).absoluteFilePath();
    QSettings settings;
    QStringList files = settings.value(kRecent).toStringList();
    files.removeAll(absolute);
    files.prepend(absolute);
    while (files.size() > MaximumRecentFiles)
        files.removeLast();
    settings.setValue(kRecent, files);
    // Titles of files no longer in the list go with them.
    const QVariantMap old = settings.value(kRecentTitles).toMap();
    QVariantMap titles;
    for (const QString& file : std::as_const(files))
        if (old.contains(file)) titles.insert(file, old.value(file));
    if (!title.trimmed().isEmpty()) titles.insert(absolute, title.simplified());
    settings.setValue(kRecentTitles, titles);
}

void Preferences::removeRecentFile(const QString& path) {
    QSettings settings;
    QStringList files = settings.value(kRecent).toStringList();
    const QString absolute = QFileInfo(path).absoluteFilePath();
    files.removeAll(absolute);
    settings.setValue(kRecent, files);
    QVariantMap titles = settings.value(kRecentTitles).toMap();
    titles.remove(absolute);
    settings.setValue(kRecentTitles, titles);
}

QString Preferences::recentTitle(const QString& path) {
    return QSettings()
        .value(kRecentTitles)
        .toMap()
        .value(QFileInfo(path).absoluteFilePath())
        .toString();
}

} // namespace kasibi
