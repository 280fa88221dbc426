#pragma once

#include "ui/fields/fieldeditor.h"

class QSpinBox;

namespace kasibi {

// A whole number within the schema's range (the year of release); below the range is "not set".
class IntegerFieldEditor : public FieldEditor {
    Q_OBJECT
public:
    IntegerFieldEditor(EditSession* session, const QString& nodeId, const QString& field,
                       int minimum, int maximum, QWidget* parent = nullptr);

    void focusLanguage(const QString& language) override;
    QSpinBox* spinBox() const { return m_spin; }

protected:
    void refresh(const QString& language) override;
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    QSpinBox* m_spin;
};

} // namespace kasibi
