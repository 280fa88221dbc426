#pragma once

#include <QString>

class QWidget;

namespace kasibi {

class EditSession;
class FieldEditor;
struct FieldSpec;

// Makes the editor that suits a field of the schema: side-by-side wordings for a localized
// text, a calendar for a date, a level picker for the ORK and NRK, and so on.
class FieldEditors {
public:
    static FieldEditor* create(EditSession* session, const QString& nodeId, const QString& kind,
                               const FieldSpec& spec, QWidget* parent);
    // Whether the editor shows its own label (a check box does), so the form adds none.
    static bool labelsItself(const FieldSpec& spec);
};

} // namespace kasibi
