#pragma once

#include <QList>
#include <QString>

class QCoreApplication;
class QTranslator;

namespace kasibi {

// Puts the interface in one language ("ru", "kk", "en"): Kasibi's own texts and Qt's (buttons,
// file and print dialogs, text menus), and for Russian and Kazakh the way Kazakhstan writes dates
// and numbers (the default QLocale). Qt's texts come from the system's qtbase_<language>.qm, or
// for Kazakh, which Debian does not ship, from the translation Kasibi carries
// (translations/qt_kk.ts).
class InterfaceTranslations {
public:
    // Returns the translators installed, owned by the application; those of an earlier call are
    // removed first, so the language can change while Kasibi runs.
    static QList<QTranslator*> install(QCoreApplication* application, const QString& language);
};

} // namespace kasibi
