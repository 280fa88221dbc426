#pragma once

#include "ui/fields/fieldeditor.h"

class QComboBox;

namespace kasibi {

// A qualification level of the ORK or the NRK: 1 to 8, with sublevels such as 3.1.
class LevelFieldEditor : public FieldEditor {
    Q_OBJECT
public:
    LevelFieldEditor(EditSession* session, const QString& nodeId, const QString& field,
                     QWidget* parent = nullptr);

    void focusLanguage(const QString& language) override;
    QComboBox* comboBox() const { return m_combo; }

protected:
    void refresh(const QString& language) override;

private:
    QComboBox* m_combo;
};

} // namespace kasibi
