#include "ui/shell/userguidedialog.h"

#include "ui/shell/preferences.h"

#include <QAction>
#include <QDialogButtonBox>
#include <QFile>
#include <QKeySequence>
#include <QScreen>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace kasibi {

UserGuideDialog::UserGuideDialog(QWidget* window, QWidget* parent)
    : QDialog(parent), m_browser(new QTextBrowser(this)) {
    setObjectName(QStringLiteral("userGuide"));
    setWindowTitle(tr("Kasibi User Guide"));
    auto* layout = new QVBoxLayout(this);
    m_browser->setOpenLinks(false);
    m_browser->setHtml(guide(Preferences::effectiveUiLanguage()) + shortcuts(window));
    layout->addWidget(m_browser);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    // Wide enough for the screenshots at their own size (1024 px: they read as the screen
    // does), within the screen.
    const QRect screen = (window ? window->screen() : this->screen())->availableGeometry();
    resize(qMin(1100, screen.width()), qMin(760, screen.height()));
}

QString UserGuideDialog::guide(const QString& language) {
    const QString name = language == QLatin1String("kk") || language == QLatin1String("ru")
                             ? language
                             : QStringLiteral("en");
    QFile file(QStringLiteral(":/guide/guide-%1.html").arg(name));
    if (!file.open(QIODevice::ReadOnly)) return {};
    return QString::fromUtf8(file.readAll());
}

QString UserGuideDialog::shortcuts(const QWidget* window) {
    QString rows;
    const auto row = [&rows](const QString& what, const QString& keys) {
        rows += QStringLiteral("<tr><td>%1</td><td><b>%2</b></td></tr>")
                    .arg(what.toHtmlEscaped(), keys.toHtmlEscaped());
    };
    QStringList seen;
    for (const QAction* action : window->findChildren<QAction*>()) {
        if (action->shortcuts().isEmpty() || action->objectName().isEmpty() ||
            seen.contains(action->objectName()))
            continue;
        seen << action->objectName();
        QStringList keys;
        for (const QKeySequence& key : action->shortcuts())
            keys << key.toString(QKeySequence::NativeText);
        // The menu's wording without its mnemonic (and, for Undo, without the step it names).
        row(action->iconText(), keys.join(QStringLiteral(", ")));
    }
    row(tr("In a list of texts: start the next item"), tr("Enter"));
    row(tr("In a list of texts: break the line"), tr("Shift+Enter"));
    row(tr("In a list: add an item after this one"), tr("Ctrl+Enter"));
    row(tr("In a list: move the item up or down"), tr("Ctrl+Shift+Up, Ctrl+Shift+Down"));
    row(tr("In a list: remove the item"), tr("Ctrl+Shift+Delete"));
    return QStringLiteral("<h3>%1</h3><table cellpadding=\"3\">%2</table>")
        .arg(tr("Keyboard shortcuts").toHtmlEscaped(), rows);
}

} // namespace kasibi
