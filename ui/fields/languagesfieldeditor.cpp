#include "ui/fields/languagesfieldeditor.h"

#include "ui/fields/readonlyguard.h"

#include "core/model/labels.h"
#include "core/model/schema.h"

#include <QCheckBox>
#include <QHBoxLayout>

namespace kasibi {

LanguagesFieldEditor::LanguagesFieldEditor(EditSession* session, const QString& nodeId,
                                           const QString& field, QWidget* parent)
    : FieldEditor(session, nodeId, field, parent) {
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    for (const QString& language : Schema::languages()) {
        auto* box = new QCheckBox(Labels::language(language), this);
        box->setObjectName(field + QLatin1Char('@') + language);
        box->setProperty("language", language);
        ReadOnlyGuard::apply(box, !isEditable());
        connect(box, &QCheckBox::clicked, this, &LanguagesFieldEditor::commitChecked);
        layout->addWidget(box);
        m_boxes << box;
    }
    layout->addStretch(1);
    refresh({});
}

void LanguagesFieldEditor::focusLanguage(const QString& language) {
    for (QCheckBox* box : m_boxes)
        if (language.isEmpty() || box->property("language").toString() == language) {
            box->setFocus(Qt::OtherFocusReason);
            return;
        }
}

void LanguagesFieldEditor::commitChecked() {
    QStringList languages;
    for (QCheckBox* box : m_boxes)
        if (box->isChecked()) languages << box->property("language").toString();
    // A standard is written in at least one language: the last one cannot be unticked.
    if (languages.isEmpty()) {
        refresh({});
        return;
    }
    beginBurst();
    commit(languages.join(QLatin1Char(',')));
}

void LanguagesFieldEditor::refresh(const QString&) {
    const QStringList languages = value().split(QLatin1Char(','), Qt::SkipEmptyParts);
    for (QCheckBox* box : m_boxes) {
        const QSignalBlocker blocker(box);
        box->setChecked(languages.isEmpty() ||
                        languages.contains(box->property("language").toString()));
    }
}

} // namespace kasibi
