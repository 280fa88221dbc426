#pragma once

#include "ui/fields/fieldeditor.h"

class QCheckBox;

namespace kasibi {

// The languages the standard is written in: a check box per state-used language, at least one.
class LanguagesFieldEditor : public FieldEditor {
    Q_OBJECT
public:
    LanguagesFieldEditor(EditSession* session, const QString& nodeId, const QString& field,
                         QWidget* parent = nullptr);

    void focusLanguage(const QString& language) override;

protected:
    void refresh(const QString& language) override;

private:
    void commitChecked();

    QList<QCheckBox*> m_boxes;
};

} // namespace kasibi
