#include "core/model/schema.h"

#include "core/lifecycle/approvalstep.h"
#include "core/model/qualificationlevel.h"

#include <QHash>

namespace kasibi {

namespace {

FieldSpec text(const QString& name, bool required = false) {
    FieldSpec spec{name, FieldType::LocalizedText};
    spec.required = required;
    return spec;
}

FieldSpec extensionText(const QString& name, const QString& interchangeString) {
    FieldSpec spec{name, FieldType::LocalizedText};
    spec.interchangeString = interchangeString;
    return spec;
}

FieldSpec string(const QString& name, bool required = false) {
    FieldSpec spec{name, FieldType::String};
    spec.required = required;
    return spec;
}

FieldSpec patterned(const QString& name, const QString& pattern) {
    FieldSpec spec{name, FieldType::String};
    spec.pattern = pattern;
    return spec;
}

FieldSpec qualificationLevel(const QString& name) {
    FieldSpec spec{name, FieldType::QualificationLevel};
    spec.pattern = QualificationLevel::pattern();
    return spec;
}

FieldSpec date(const QString& name) {
    return FieldSpec{name, FieldType::Date};
}

FieldSpec enumeration(const QString& name, const QStringList& values, bool required) {
    FieldSpec spec{name, FieldType::Enum};
    spec.enumValues = values;
    spec.required = required;
    return spec;
}

FieldSpec boolean(const QString& name) {
    return FieldSpec{name, FieldType::Boolean};
}

ChildSpec list(const QString& role, const QString& kind, bool required = false) {
    return ChildSpec{role, kind, true, required};
}

QVector<FieldSpec> classified(const QString& prefix) {
    FieldSpec code = string(prefix + QStringLiteral("/code"));
    code.requiredInItsObject = true;
    return {code, text(prefix + QStringLiteral("/name"))};
}

QVector<KindSpec> buildKinds() {
    QVector<KindSpec> kinds;

    KindSpec document{Kind::Document, false};
    document.fields = {
        extensionText(Field::ConclusionStateBody, QStringLiteral("review/conclusion/stateBody")),
        date(Field::ExaminationDate)};
    document.children = {ChildSpec{Role::Standard, Kind::Standard, false, true},
                         list(Role::Comments, Kind::Comment),
                         list(Role::Assessments, Kind::Assessment),
                         ChildSpec{Role::Timeline, Kind::TimelineEntry, true, false, true}};
    kinds << document;

    KindSpec standard{Kind::Standard};
    FieldSpec languages{Field::Languages, FieldType::LanguageList};
    // The approving order (optional), printed above the title.
    standard.fields << languages << text(Field::ApprovalIssuer)
                    << string(Field::ApprovalOrderNumber) << date(Field::ApprovalOrderDate)
                    << string(Field::ApprovalAppendixNumber) << text(Field::Scope)
                    << text(Field::StandardName);
    for (const char* level : {"section", "division", "group", "class", "subclass"})
        standard.fields << classified(Field::Oked + QLatin1Char('/') + QLatin1String(level));
    standard.fields << patterned(Field::SerialNumber, QStringLiteral("^[0-9]{3}$"))
                    << text(Field::Description) << text(Field::CouncilName)
                    << string(Field::CouncilProtocolNumber) << date(Field::CouncilProtocolDate)
                    << date(Field::NationalBodyConclusionDate)
                    << date(Field::AtamekenRecommendationDate) << string(Field::Version);
    FieldSpec releaseYear{Field::ReleaseYear, FieldType::Integer};
    releaseYear.minimum = 1990;
    releaseYear.maximum = 2100;
    standard.fields << releaseYear << date(Field::PlannedUpdateDate);
    standard.children = {list(Role::Terms, Kind::Term),
                         list(Role::Abbreviations, Kind::Abbreviation),
                         list(Role::ProfessionCards, Kind::ProfessionCard, true),
                         ChildSpec{Role::StateBody, Kind::Organization, false},
                         list(Role::Developers, Kind::Organization),
                         list(Role::ExtraSections, Kind::ExtraSection)};
    standard.requiredObjects = {QStringLiteral("generalProvisions"), QStringLiteral("passport"),
                                QStringLiteral("technicalData")};
    kinds << standard;

    KindSpec term{Kind::Term};
    term.fields = {text(Field::Term, true), text(Field::Definition, true)};
    kinds << term;

    KindSpec abbreviation{Kind::Abbreviation};
    abbreviation.fields = {text(Field::Abbreviation, true), text(Field::Expansion, true)};
    kinds << abbreviation;

    KindSpec card{Kind::ProfessionCard};
    card.fields = {string(Field::NkzGroupCode),
                   string(Field::NkzOccupationCode),
                   text(Field::Name),
                   qualificationLevel(Field::OrkLevel),
                   qualificationLevel(Field::NrkLevel),
                   text(Field::TariffQualification),
                   text(Field::WorkExperience),
                   text(Field::NonFormalEducation),
                   text(Field::MainPurpose),
                   text(Field::WholeTaskAssessment)};
    card.children = {list(Role::Education, Kind::Education),
                     list(Role::OtherNames, Kind::TextItem),
                     list(Role::LaborFunctions, Kind::LaborFunction),
                     list(Role::PersonalCompetencies, Kind::TextItem),
                     list(Role::Regulations, Kind::TextItem),
                     list(Role::RelatedProfessions, Kind::RelatedProfession)};
    kinds << card;

    KindSpec education{Kind::Education};
    education.fields = {text(Field::Level), text(Field::Specialty), text(Field::Qualification)};
    kinds << education;

    KindSpec function{Kind::LaborFunction};
    function.fields = {
        enumeration(Field::Kind, {QStringLiteral("mandatory"), QStringLiteral("additional")}, true),
        text(Field::Name)};
    function.children = {list(Role::Skills, Kind::Skill)};
    kinds << function;

    KindSpec skill{Kind::Skill};
    skill.fields = {text(Field::Name), boolean(Field::SeparatelyRecognizable)};
    skill.children = {list(Role::Abilities, Kind::TextItem), list(Role::Knowledge, Kind::TextItem)};
    kinds << skill;

    KindSpec related{Kind::RelatedProfession};
    related.fields = {qualificationLevel(Field::OrkLevel), qualificationLevel(Field::NrkLevel),
                      string(Field::NkzOccupationCode), text(Field::Name)};
    kinds << related;

    KindSpec organization{Kind::Organization};
    organization.fields = {text(Field::Name), string(Field::ContactFullName),
                           text(Field::ContactPosition), string(Field::ContactEmail),
                           string(Field::ContactPhone)};
    kinds << organization;

    KindSpec extra{Kind::ExtraSection};
    extra.fields = {
        enumeration(Field::Kind, {QStringLiteral("chapter"), QStringLiteral("appendix")}, true),
        text(Field::Title)};
    extra.children = {list(Role::Paragraphs, Kind::TextItem)};
    kinds << extra;

    KindSpec textItem{Kind::TextItem, true, true};
    textItem.fields = {text(Schema::TextItemField)};
    kinds << textItem;

    KindSpec comment{Kind::Comment};
    comment.fields = {string(Field::TargetId, true),
                      string(Field::CommentedField),
                      string(Field::ReplyTo),
                      string(Field::Author, true),
                      string(Field::Created, true),
                      string(Field::Text, true),
                      boolean(Field::Resolved),
                      enumeration(Field::SuggestionLanguage, Schema::languages(), false),
                      string(Field::SuggestionBefore),
                      string(Field::SuggestionAfter),
                      text(Field::CommentPlace)};
    kinds << comment;

    KindSpec assessment{Kind::Assessment, false};
    assessment.fields = {string(Field::Criterion, true),
                         enumeration(Field::Verdict,
                                     {QStringLiteral("meets"), QStringLiteral("does-not-meet"),
                                      QStringLiteral("not-applicable")},
                                     false),
                         extensionText(Field::Remark, QStringLiteral("remark"))};
    kinds << assessment;

    KindSpec timelineEntry{Kind::TimelineEntry};
    timelineEntry.fields = {enumeration(Field::Step, ApprovalStep::keys(), true),
                            date(Field::Started), date(Field::Completed), string(Field::Note)};
    kinds << timelineEntry;

    for (KindSpec& kind : kinds)
        for (const FieldSpec& field : kind.fields) {
            if (field.type != FieldType::LocalizedText) {
                kind.valueKeys.insert(field.name);
                continue;
            }
            for (const QString& language : Schema::languages())
                kind.valueKeys.insert(field.name + QLatin1Char('@') + language);
        }
    return kinds;
}

} // namespace

const FieldSpec* KindSpec::field(const QString& fieldName) const {
    for (const FieldSpec& spec : fields)
        if (spec.name == fieldName) return &spec;
    return nullptr;
}

const ChildSpec* KindSpec::child(const QString& role) const {
    for (const ChildSpec& spec : children)
        if (spec.role == role) return &spec;
    return nullptr;
}

const QVector<KindSpec>& Schema::kinds() {
    static const QVector<KindSpec> all = buildKinds();
    return all;
}

const KindSpec* Schema::kind(const QString& name) {
    static const QHash<QString, const KindSpec*> byName = [] {
        QHash<QString, const KindSpec*> map;
        for (const KindSpec& spec : kinds())
            map.insert(spec.name, &spec);
        return map;
    }();
    return byName.value(name, nullptr);
}

const QStringList& Schema::languages() {
    static const QStringList all{QStringLiteral("kk"), QStringLiteral("ru")};
    return all;
}

} // namespace kasibi
