#include "ui/shell/editorapplication.h"

#include "core/model/programversion.h"

#include "ui/shell/interfacetranslations.h"
#include "ui/shell/preferences.h"

#include <QApplication>
#include <QFont>

namespace kasibi {

void EditorApplication::setUp(QApplication& application) {
    QApplication::setOrganizationName(QStringLiteral("Kasibi"));
    QApplication::setApplicationName(QStringLiteral("Kasibi"));
    QApplication::setApplicationVersion(ProgramVersion::number()); // --version, About
    QApplication::setFont(QFont(QStringLiteral("Liberation Sans"), 10));
    InterfaceTranslations::install(&application, Preferences::effectiveUiLanguage());
}

} // namespace kasibi
