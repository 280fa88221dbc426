#pragma once

#include "ui/fields/fieldeditor.h"

class QLineEdit;

namespace kasibi {

// A short plain value: a code, a number, a name of a person, an e-mail address.
class StringFieldEditor : public FieldEditor {
    Q_OBJECT
public:
    StringFieldEditor(EditSession* session, const QString& nodeId, const QString& field,
                      QWidget* parent = nullptr);

    void focusLanguage(const QString& language) override;
    QLineEdit* lineEdit() const { return m_edit; }

protected:
    void refresh(const QString& language) override;
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    QLineEdit* m_edit;
};

} // namespace kasibi
