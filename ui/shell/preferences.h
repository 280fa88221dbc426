#pragma once

#include <QStringList>

namespace kasibi {

// What the user chose once and expects remembered (QSettings): their name for comments, the
// interface language, the languages of new standards, the recently opened files.
class Preferences {
public:
    static QString authorName();
    static void setAuthorName(const QString& name);

    // "" follows the system; otherwise "ru", "kk" or "en".
    static QString uiLanguage();
    static void setUiLanguage(const QString& language);
    // The language the interface is actually in: the choice, or the system's if it is one of ours.
    static QString effectiveUiLanguage();
    // The language names are shown in when one is enough: Kazakh for a Kazakh interface, else
    // Russian.
    static QString contentLanguage();

    static QStringList defaultLanguages();
    static void setDefaultLanguages(const QStringList& languages);

    // The registry's PostgreSQL connection string or URI ("" for none); never a password.
    static QString registryAddress();
    static void setRegistryAddress(const QString& address);
    // How long a registry statement may run before it is given up (statement_timeout), unless
    // the address's own options say.
    static int registryTimeoutSeconds();
    static void setRegistryTimeoutSeconds(int seconds);
    // Spell checking of the texts of one language ("kk", "ru"), on unless switched off.
    static bool spellCheckEnabled(const QString& language);
    static void setSpellCheckEnabled(const QString& language, bool on);

    static constexpr int MaximumRecentFiles = 10;
    static QStringList recentFiles();
    // title: the standard's name, shown in place of the file's (empty: none known yet).
    static void addRecentFile(const QString& path, const QString& title = {});
    static void removeRecentFile(const QString& path);
    static QString recentTitle(const QString& path);
};

} // namespace kasibi
