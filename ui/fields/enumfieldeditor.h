#pragma once

#include "ui/fields/fieldeditor.h"

#include <QVector>

class QComboBox;

namespace kasibi {

// One of a fixed set of values, each shown with its label: a mandatory or additional function,
// a chapter or appendix, a qualification level with its sublevels.
class EnumFieldEditor : public FieldEditor {
    Q_OBJECT
public:
    struct Choice {
        QString value;
        QString label;
        int depth = 0; // drawn moved in by it in the list (a sublevel under its level)
    };

    // Unless `required`, "not set" comes first and clears the value.
    EnumFieldEditor(EditSession* session, const QString& nodeId, const QString& field,
                    const QVector<Choice>& choices, bool required, QWidget* parent = nullptr);

    void focusLanguage(const QString& language) override;
    QComboBox* comboBox() const { return m_combo; }

protected:
    void refresh(const QString& language) override;

private:
    QComboBox* m_combo;
};

} // namespace kasibi
