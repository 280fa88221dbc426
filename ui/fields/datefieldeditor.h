#pragma once

#include "ui/fields/fieldeditor.h"

class QDateEdit;
class QToolButton;

namespace kasibi {

// A date, picked from a calendar or typed; the clear button leaves it not set.
class DateFieldEditor : public FieldEditor {
    Q_OBJECT
public:
    DateFieldEditor(EditSession* session, const QString& nodeId, const QString& field,
                    QWidget* parent = nullptr);

    void focusLanguage(const QString& language) override;
    QDateEdit* dateEdit() const { return m_edit; }

protected:
    void refresh(const QString& language) override;
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    QDateEdit* m_edit;
    QToolButton* m_clear;
};

} // namespace kasibi
