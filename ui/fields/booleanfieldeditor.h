#pragma once

#include "ui/fields/fieldeditor.h"

class QCheckBox;

namespace kasibi {

// A yes-or-no value, as a check box labelled with the question.
class BooleanFieldEditor : public FieldEditor {
    Q_OBJECT
public:
    BooleanFieldEditor(EditSession* session, const QString& nodeId, const QString& field,
                       const QString& label, QWidget* parent = nullptr);

    void focusLanguage(const QString& language) override;
    QCheckBox* checkBox() const { return m_box; }

protected:
    void refresh(const QString& language) override;

private:
    QCheckBox* m_box;
};

} // namespace kasibi
