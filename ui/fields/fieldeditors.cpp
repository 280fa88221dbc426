#include "ui/fields/fieldeditors.h"

#include "core/model/labels.h"
#include "core/model/schema.h"
#include "ui/fields/booleanfieldeditor.h"
#include "ui/fields/datefieldeditor.h"
#include "ui/fields/enumfieldeditor.h"
#include "ui/fields/integerfieldeditor.h"
#include "ui/fields/languagesfieldeditor.h"
#include "ui/fields/levelfieldeditor.h"
#include "ui/fields/localizedtexteditor.h"
#include "ui/fields/stringfieldeditor.h"

namespace kasibi {

FieldEditor* FieldEditors::create(EditSession* session, const QString& nodeId, const QString& kind,
                                  const FieldSpec& spec, QWidget* parent) {
    FieldEditor* editor = nullptr;
    switch (spec.type) {
    case FieldType::LocalizedText:
        editor = new LocalizedTextEditor(session, nodeId, spec.name,
                                         Labels::isParagraph(kind, spec.name), parent);
        break;
    case FieldType::Date:
        editor = new DateFieldEditor(session, nodeId, spec.name, parent);
        break;
    case FieldType::Enum:
        editor =
            new EnumFieldEditor(session, nodeId, spec.name, spec.enumValues, spec.required, parent);
        break;
    case FieldType::Boolean:
        editor = new BooleanFieldEditor(session, nodeId, spec.name, Labels::field(kind, spec.name),
                                        parent);
        break;
    case FieldType::Integer:
        editor =
            new IntegerFieldEditor(session, nodeId, spec.name, spec.minimum, spec.maximum, parent);
        break;
    case FieldType::LanguageList:
        editor = new LanguagesFieldEditor(session, nodeId, spec.name, parent);
        break;
    case FieldType::QualificationLevel:
        editor = new LevelFieldEditor(session, nodeId, spec.name, parent);
        break;
    case FieldType::String:
        editor = new StringFieldEditor(session, nodeId, spec.name, parent);
        break;
    }
    const QString hint = Labels::hint(kind, spec.name);
    editor->setToolTip(hint.isEmpty() ? Labels::field(kind, spec.name) : hint);
    return editor;
}

bool FieldEditors::labelsItself(const FieldSpec& spec) {
    return spec.type == FieldType::Boolean;
}

} // namespace kasibi
