#pragma once

#include <QDialog>

class QCheckBox;
class QComboBox;
class QLineEdit;
class QSpinBox;

namespace kasibi {

// Edit > Preferences: the author name for comments, the interface language, the languages
// new standards are written in, the registry's address and how long it may take to answer.
class PreferencesDialog : public QDialog {
    Q_OBJECT
public:
    explicit PreferencesDialog(QWidget* parent = nullptr);

    void accept() override;

private:
    QLineEdit* m_author;
    QComboBox* m_uiLanguage;
    QList<QCheckBox*> m_languages;
    QLineEdit* m_registry;
    QSpinBox* m_registryTimeout;
    QList<QCheckBox*> m_spellCheck;
};

} // namespace kasibi
