#include "ui/fields/fieldeditors.h"

#include "core/model/labels.h"
#include "core/model/qualificationlevel.h"
#include "core/model/schema.h"
#include "ui/fields/booleanfieldeditor.h"
#include "ui/fields/datefieldeditor.h"
#include "ui/fields/enumfieldeditor.h"
#include "ui/fields/integerfieldeditor.h"
#include "ui/fields/languagesfieldeditor.h"
#include "ui/fields/localizedtexteditor.h"
#include "ui/fields/stringfieldeditor.h"

namespace kasibi {

namespace {

QVector<EnumFieldEditor::Choice> enumChoices(const FieldSpec& spec) {
    QVector<EnumFieldEditor::Choice> choices;
    for (const QString& value : spec.enumValues)
        choices.append({value, Labels::enumValue(spec.name, value)});
    return choices;
}

// The levels of the ORK and NRK, each followed by its sublevels, indented.
QVector<EnumFieldEditor::Choice> levelChoices() {
    QVector<EnumFieldEditor::Choice> choices;
    for (int level = QualificationLevel::Lowest; level <= QualificationLevel::Highest; ++level) {
        choices.append({QString::number(level), QString::number(level)});
        for (int sublevel = 1; sublevel <= 4; ++sublevel) {
            const QString text = QStringLiteral("%1.%2").arg(level).arg(sublevel);
            choices.append({text, text, 1});
        }
    }
    return choices;
}

} // namespace

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
        editor = new EnumFieldEditor(session, nodeId, spec.name, enumChoices(spec), spec.required,
                                     parent);
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
        editor =
            new EnumFieldEditor(session, nodeId, spec.name, levelChoices(), spec.required, parent);
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
