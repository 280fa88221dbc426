#include "core/model/fieldterm.h"

namespace kasibi {

namespace {

QString orName(const QString& own, const QString& name) {
    return own.isEmpty() ? name : own;
}

QString asLabel(QString text) {
    if (!text.isEmpty()) text[0] = text[0].toUpper();
    return text + QLatin1Char(':');
}

} // namespace

Phrase FieldTerm::printedLabel() const {
    return {orName(printed.kk, asLabel(name.kk)), orName(printed.ru, asLabel(name.ru)), printed.en};
}

Phrase FieldTerm::accusative() const {
    return {orName(asked.kk, name.kk), orName(asked.ru, name.ru), orName(asked.en, name.en)};
}

const QVector<const FieldTerm*>& FieldTerm::all() {
    static const QVector<const FieldTerm*> terms = {
        &term::standardName,       &term::scope,
        &term::description,        &term::nkzGroupCode,
        &term::nkzOccupationCode,  &term::orkLevel,
        &term::nrkLevel,           &term::tariffQualification,
        &term::educationLevel,     &term::specialty,
        &term::qualification,      &term::workExperience,
        &term::nonFormalEducation, &term::mainPurpose,
        &term::wholeTaskAssessment};
    return terms;
}

const FieldTerm* FieldTerm::ofField(const QString& field) {
    for (const FieldTerm* term : all())
        if (term->field == field) return term;
    return nullptr;
}

} // namespace kasibi
