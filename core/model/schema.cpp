#include "core/model/schema.h"

#include "core/lifecycle/approvalstep.h"

#include <QHash>

namespace kasibi {

namespace {

const QString kOrkLevelPattern = QStringLiteral("^[1-8](\\.[1-9])?$");

FieldSpec text(const QString& name, bool required = false) {
    FieldSpec spec{name, FieldType::LocalizedText};
    spec.required = required;
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
    document.fields = {string(QStringLiteral("review/conclusion/stateBody")),
                       date(QStringLiteral("review/conclusion/examinationDate"))};
    document.children = {
        ChildSpec{QStringLiteral("standard"), Kind::Standard, false, true},
        list(QStringLiteral("review/comments"), Kind::Comment),
        list(QStringLiteral("review/conclusion/assessments"), Kind::Assessment),
        ChildSpec{QStringLiteral("lifecycle/timeline"), Kind::TimelineEntry, true, false, true}};
    kinds << document;

    KindSpec standard{Kind::Standard};
    FieldSpec languages{QStringLiteral("languages"), FieldType::LanguageList};
    // The approving order (optional), printed above the title.
    standard.fields << languages << text(QStringLiteral("approval/issuer"))
                    << string(QStringLiteral("approval/orderNumber"))
                    << date(QStringLiteral("approval/orderDate"))
                    << string(QStringLiteral("approval/appendixNumber"))
                    << text(QStringLiteral("generalProvisions/scope"))
                    << text(QStringLiteral("passport/name"));
    for (const char* level : {"section", "division", "group", "class", "subclass"})
        standard.fields << classified(QStringLiteral("passport/oked/") + QLatin1String(level));
    standard.fields << patterned(QStringLiteral("passport/serialNumber"),
                                 QStringLiteral("^[0-9]{3}$"))
                    << text(QStringLiteral("passport/description"))
                    << text(QStringLiteral("technicalData/sectoralCouncil/name"))
                    << string(QStringLiteral("technicalData/sectoralCouncil/protocolNumber"))
                    << date(QStringLiteral("technicalData/sectoralCouncil/protocolDate"))
                    << date(QStringLiteral("technicalData/nationalBodyConclusionDate"))
                    << date(QStringLiteral("technicalData/atamekenRecommendationDate"))
                    << string(QStringLiteral("technicalData/version"));
    FieldSpec releaseYear{QStringLiteral("technicalData/releaseYear"), FieldType::Integer};
    releaseYear.minimum = 1990;
    releaseYear.maximum = 2100;
    standard.fields << releaseYear << date(QStringLiteral("technicalData/plannedUpdateDate"));
    standard.children = {
        list(QStringLiteral("generalProvisions/terms"), Kind::Term),
        list(QStringLiteral("generalProvisions/abbreviations"), Kind::Abbreviation),
        list(QStringLiteral("professionCards"), Kind::ProfessionCard, true),
        ChildSpec{QStringLiteral("technicalData/stateBody"), Kind::Organization, false},
        list(QStringLiteral("technicalData/developers"), Kind::Organization),
        list(QStringLiteral("extraSections"), Kind::ExtraSection)};
    standard.requiredObjects = {QStringLiteral("generalProvisions"), QStringLiteral("passport"),
                                QStringLiteral("technicalData")};
    kinds << standard;

    KindSpec term{Kind::Term};
    term.fields = {text(QStringLiteral("term"), true), text(QStringLiteral("definition"), true)};
    kinds << term;

    KindSpec abbreviation{Kind::Abbreviation};
    abbreviation.fields = {text(QStringLiteral("abbreviation"), true),
                           text(QStringLiteral("expansion"), true)};
    kinds << abbreviation;

    KindSpec card{Kind::ProfessionCard};
    card.fields = {string(QStringLiteral("nkzGroupCode")),
                   string(QStringLiteral("nkzOccupationCode")),
                   text(QStringLiteral("name")),
                   patterned(QStringLiteral("orkLevel"), kOrkLevelPattern),
                   patterned(QStringLiteral("nrkLevel"), kOrkLevelPattern),
                   text(QStringLiteral("tariffQualification")),
                   text(QStringLiteral("workExperience")),
                   text(QStringLiteral("nonFormalEducation")),
                   text(QStringLiteral("mainPurpose")),
                   text(QStringLiteral("wholeTaskAssessment"))};
    card.children = {list(QStringLiteral("education"), Kind::Education),
                     list(QStringLiteral("otherNames"), Kind::TextItem),
                     list(QStringLiteral("laborFunctions"), Kind::LaborFunction),
                     list(QStringLiteral("personalCompetencies"), Kind::TextItem),
                     list(QStringLiteral("regulations"), Kind::TextItem),
                     list(QStringLiteral("relatedProfessions"), Kind::RelatedProfession)};
    kinds << card;

    KindSpec education{Kind::Education};
    education.fields = {text(QStringLiteral("level")), text(QStringLiteral("specialty")),
                        text(QStringLiteral("qualification"))};
    kinds << education;

    KindSpec function{Kind::LaborFunction};
    function.fields = {enumeration(QStringLiteral("kind"),
                                   {QStringLiteral("mandatory"), QStringLiteral("additional")},
                                   true),
                       text(QStringLiteral("name"))};
    function.children = {list(QStringLiteral("skills"), Kind::Skill)};
    kinds << function;

    KindSpec skill{Kind::Skill};
    skill.fields = {text(QStringLiteral("name")),
                    boolean(QStringLiteral("separatelyRecognizable"))};
    skill.children = {list(QStringLiteral("abilities"), Kind::TextItem),
                      list(QStringLiteral("knowledge"), Kind::TextItem)};
    kinds << skill;

    KindSpec related{Kind::RelatedProfession};
    related.fields = {patterned(QStringLiteral("orkLevel"), kOrkLevelPattern),
                      patterned(QStringLiteral("nrkLevel"), kOrkLevelPattern),
                      string(QStringLiteral("nkzOccupationCode")), text(QStringLiteral("name"))};
    kinds << related;

    KindSpec organization{Kind::Organization};
    organization.fields = {text(QStringLiteral("name")), string(QStringLiteral("contact/fullName")),
                           text(QStringLiteral("contact/position")),
                           string(QStringLiteral("contact/email")),
                           string(QStringLiteral("contact/phone"))};
    kinds << organization;

    KindSpec extra{Kind::ExtraSection};
    extra.fields = {enumeration(QStringLiteral("kind"),
                                {QStringLiteral("chapter"), QStringLiteral("appendix")}, true),
                    text(QStringLiteral("title"))};
    extra.children = {list(QStringLiteral("paragraphs"), Kind::TextItem)};
    kinds << extra;

    KindSpec textItem{Kind::TextItem, true, true};
    textItem.fields = {text(Schema::TextItemField)};
    kinds << textItem;

    KindSpec comment{Kind::Comment};
    comment.fields = {
        string(QStringLiteral("targetId"), true), string(QStringLiteral("field")),
        string(QStringLiteral("replyTo")),        string(QStringLiteral("author"), true),
        string(QStringLiteral("created"), true),  string(QStringLiteral("text"), true),
        boolean(QStringLiteral("resolved"))};
    kinds << comment;

    KindSpec assessment{Kind::Assessment, false};
    assessment.fields = {string(QStringLiteral("criterion"), true),
                         enumeration(QStringLiteral("verdict"),
                                     {QStringLiteral("meets"), QStringLiteral("does-not-meet"),
                                      QStringLiteral("not-applicable")},
                                     false),
                         string(QStringLiteral("remark"))};
    kinds << assessment;

    KindSpec timelineEntry{Kind::TimelineEntry};
    timelineEntry.fields = {enumeration(QStringLiteral("step"), ApprovalStep::keys(), true),
                            date(QStringLiteral("started")), date(QStringLiteral("completed")),
                            string(QStringLiteral("note"))};
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
