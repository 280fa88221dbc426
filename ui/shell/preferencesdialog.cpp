#include "ui/shell/preferencesdialog.h"

#include "core/model/labels.h"
#include "core/model/schema.h"
#include "ui/shell/preferences.h"
#include "ui/spelling/spellchecker.h"

#include "core/registry/registryconnection.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QSpinBox>

namespace kasibi {

PreferencesDialog::PreferencesDialog(QWidget* parent)
    : QDialog(parent), m_author(new QLineEdit(this)), m_uiLanguage(new QComboBox(this)),
      m_registry(new QLineEdit(this)), m_registryTimeout(new QSpinBox(this)) {
    setWindowTitle(tr("Preferences"));
    auto* form = new QFormLayout(this);
    m_author->setText(Preferences::authorName());
    m_author->setPlaceholderText(tr("Shown with your comments"));
    form->addRow(tr("Your name:"), m_author);

    m_uiLanguage->addItem(tr("As the system"), QString());
    m_uiLanguage->addItem(QStringLiteral("Қазақша"), QStringLiteral("kk"));
    m_uiLanguage->addItem(QStringLiteral("Русский"), QStringLiteral("ru"));
    m_uiLanguage->addItem(QStringLiteral("English"), QStringLiteral("en"));
    m_uiLanguage->setCurrentIndex(qMax(0, m_uiLanguage->findData(Preferences::uiLanguage())));
    form->addRow(tr("Interface language:"), m_uiLanguage);

    auto* languages = new QHBoxLayout;
    const QStringList chosen = Preferences::defaultLanguages();
    for (const QString& language : Schema::languages()) {
        auto* box = new QCheckBox(Labels::language(language), this);
        box->setProperty("language", language);
        box->setChecked(chosen.contains(language));
        languages->addWidget(box);
        m_languages << box;
    }
    languages->addStretch(1);
    form->addRow(tr("Languages of new standards:"), languages);

    m_registry->setText(Preferences::registryAddress());
    m_registry->setPlaceholderText(tr("host=registry.example.kz dbname=kasibi user=login"));
    m_registry->setToolTip(tr("A PostgreSQL connection string or URI. The password goes in "
                              "~/.pgpass, never here."));
    m_registry->setObjectName(QStringLiteral("registryAddress"));
    form->addRow(tr("Registry:"), m_registry);
    m_registryTimeout->setObjectName(QStringLiteral("registryTimeout"));
    m_registryTimeout->setRange(1, 3600);
    m_registryTimeout->setSuffix(tr(" s"));
    m_registryTimeout->setValue(Preferences::registryTimeoutSeconds());
    m_registryTimeout->setToolTip(tr("A registry call that gets no answer in this time is given "
                                     "up with a message."));
    form->addRow(tr("Registry answers within:"), m_registryTimeout);
    // A switch per language: a checker that marks right words is worse than none.
    auto* spelling = new QHBoxLayout;
    for (const QString& language : Schema::languages()) {
        auto* box = new QCheckBox(Labels::language(language), this);
        box->setObjectName(QStringLiteral("spellCheck-") + language);
        box->setProperty("language", language);
        box->setChecked(Preferences::spellCheckEnabled(language));
        spelling->addWidget(box);
        m_spellCheck << box;
    }
    spelling->addStretch(1);
    form->addRow(tr("Check spelling in:"), spelling);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    form->addRow(buttons);
}

void PreferencesDialog::accept() {
    QStringList languages;
    for (QCheckBox* box : m_languages)
        if (box->isChecked()) languages << box->property("language").toString();
    if (languages.isEmpty()) {
        QMessageBox::warning(this, windowTitle(),
                             tr("A standard is written in at least one language."));
        return;
    }
    if (RegistryConnection::holdsPassword(m_registry->text())) {
        QMessageBox::warning(this, windowTitle(),
                             tr("Kasibi does not keep passwords: put the registry's password in "
                                "~/.pgpass (or PGPASSWORD) and leave it out of the address."));
        return;
    }
    // A new interface language is taken at once by the window (MainWindow::switchLanguage).
    Preferences::setAuthorName(m_author->text());
    Preferences::setUiLanguage(m_uiLanguage->currentData().toString());
    Preferences::setDefaultLanguages(languages);
    Preferences::setRegistryAddress(m_registry->text());
    Preferences::setRegistryTimeoutSeconds(m_registryTimeout->value());
    for (QCheckBox* box : m_spellCheck) {
        const QString language = box->property("language").toString();
        Preferences::setSpellCheckEnabled(language, box->isChecked());
        if (SpellChecker* checker = SpellChecker::forLanguage(language))
            checker->setEnabled(box->isChecked());
    }
    QDialog::accept();
}

} // namespace kasibi
