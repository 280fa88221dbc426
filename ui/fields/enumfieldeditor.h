#pragma once

#include "ui/fields/fieldeditor.h"

class QComboBox;

namespace kasibi {

// One of a fixed set of values (a mandatory or additional function, a chapter or appendix).
class EnumFieldEditor : public FieldEditor {
    Q_OBJECT
public:
    EnumFieldEditor(EditSession* session, const QString& nodeId, const QString& field,
                    const QStringList& values, bool required, QWidget* parent = nullptr);

    void focusLanguage(const QString& language) override;
    QComboBox* comboBox() const { return m_combo; }

protected:
    void refresh(const QString& language) override;

private:
    QComboBox* m_combo;
};

} // namespace kasibi
