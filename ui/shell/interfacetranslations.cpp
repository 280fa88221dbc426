#include "ui/shell/interfacetranslations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QPointer>
#include <QTranslator>

namespace kasibi {

namespace {

// Those installed last: a new language replaces them.
QList<QPointer<QTranslator>> g_installed;

} // namespace

QList<QTranslator*> InterfaceTranslations::install(QCoreApplication* application,
                                                   const QString& language) {
    for (const QPointer<QTranslator>& translator : std::as_const(g_installed))
        if (translator) {
            QCoreApplication::removeTranslator(translator);
            delete translator.data();
        }
    g_installed.clear();
    if (language == QLatin1String("ru"))
        QLocale::setDefault(QLocale(QLocale::Russian, QLocale::Kazakhstan));
    else if (language == QLatin1String("kk"))
        QLocale::setDefault(QLocale(QLocale::Kazakh, QLocale::Kazakhstan));
    else
        QLocale::setDefault(QLocale::system());
    QList<QTranslator*> installed;
    const auto use = [&](QTranslator* translator, bool loaded) {
        if (loaded && QCoreApplication::installTranslator(translator)) {
            installed << translator;
            g_installed << translator;
        } else
            delete translator;
    };
    if (language != QLatin1String("en")) {
        auto* qt = new QTranslator(application);
        use(qt, qt->load(QLocale(language), QStringLiteral("qtbase"), QStringLiteral("_"),
                         QLibraryInfo::path(QLibraryInfo::TranslationsPath)) ||
                    qt->load(QStringLiteral(":/i18n/qt_") + language));
    }
    // English too: its plural forms ("1 error", "2 errors").
    auto* ours = new QTranslator(application);
    use(ours, ours->load(QStringLiteral(":/i18n/kasibi_") + language));
    return installed;
}

} // namespace kasibi
