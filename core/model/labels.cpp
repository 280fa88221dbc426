#include "core/model/labels.h"

#include "core/model/fieldterm.h"
#include "core/model/schema.h"

#include <QHash>

namespace kasibi {

namespace {

using Table = QHash<QString, const char*>;

QString key(const QString& kind, const QString& name) {
    return kind + QLatin1Char(':') + name;
}

const Table& fieldTable() {
    static const Table table = [] {
        Table table = {
            {key(Kind::Document, Field::ConclusionStateBody),
             QT_TRANSLATE_NOOP("Labels", "State body")},
            {key(Kind::Document, Field::ExaminationDate),
             QT_TRANSLATE_NOOP("Labels", "Date of the examination")},
            {key(Kind::Assessment, Field::Verdict), QT_TRANSLATE_NOOP("Labels", "Verdict")},
            {key(Kind::Assessment, Field::Remark),
             QT_TRANSLATE_NOOP("Labels", "Remark of the expert")},
            // Named in the undo history when the approval timeline is edited.
            {key(Kind::TimelineEntry, Field::Step), QT_TRANSLATE_NOOP("Labels", "Approval step")},
            {key(Kind::TimelineEntry, Field::Started), QT_TRANSLATE_NOOP("Labels", "Start date")},
            {key(Kind::TimelineEntry, Field::Completed),
             QT_TRANSLATE_NOOP("Labels", "Completion date")},
            {key(Kind::TimelineEntry, Field::Note), QT_TRANSLATE_NOOP("Labels", "Note")},
            {key(Kind::Standard, Field::Languages),
             QT_TRANSLATE_NOOP("Labels", "Languages of the standard")},
            {key(Kind::Standard, "passport/oked/section/code"),
             QT_TRANSLATE_NOOP("Labels", "OKED section")},
            {key(Kind::Standard, "passport/oked/division/code"),
             QT_TRANSLATE_NOOP("Labels", "OKED division")},
            {key(Kind::Standard, "passport/oked/group/code"),
             QT_TRANSLATE_NOOP("Labels", "OKED group")},
            {key(Kind::Standard, "passport/oked/class/code"),
             QT_TRANSLATE_NOOP("Labels", "OKED class")},
            {key(Kind::Standard, "passport/oked/subclass/code"),
             QT_TRANSLATE_NOOP("Labels", "OKED subclass")},
            {key(Kind::Standard, "passport/oked/section/name"),
             QT_TRANSLATE_NOOP("Labels", "Name of the OKED section")},
            {key(Kind::Standard, "passport/oked/division/name"),
             QT_TRANSLATE_NOOP("Labels", "Name of the OKED division")},
            {key(Kind::Standard, "passport/oked/group/name"),
             QT_TRANSLATE_NOOP("Labels", "Name of the OKED group")},
            {key(Kind::Standard, "passport/oked/class/name"),
             QT_TRANSLATE_NOOP("Labels", "Name of the OKED class")},
            {key(Kind::Standard, "passport/oked/subclass/name"),
             QT_TRANSLATE_NOOP("Labels", "Name of the OKED subclass")},
            {key(Kind::Standard, Field::SerialNumber),
             QT_TRANSLATE_NOOP("Labels", "Serial number of the standard in the OKED section")},
            {key(Kind::Standard, Field::ApprovalIssuer),
             QT_TRANSLATE_NOOP("Labels", "Approving order: issued by")},
            {key(Kind::Standard, Field::ApprovalOrderNumber),
             QT_TRANSLATE_NOOP("Labels", "Approving order: number")},
            {key(Kind::Standard, Field::ApprovalOrderDate),
             QT_TRANSLATE_NOOP("Labels", "Approving order: date")},
            {key(Kind::Standard, Field::ApprovalAppendixNumber),
             QT_TRANSLATE_NOOP("Labels", "Approving order: number of the appendix")},
            {key(Kind::Standard, Field::CouncilName),
             QT_TRANSLATE_NOOP("Labels", "Sectoral council: name")},
            {key(Kind::Standard, Field::CouncilProtocolNumber),
             QT_TRANSLATE_NOOP("Labels", "Sectoral council: protocol number")},
            {key(Kind::Standard, Field::CouncilProtocolDate),
             QT_TRANSLATE_NOOP("Labels", "Sectoral council: date of the protocol")},
            {key(Kind::Standard, Field::NationalBodyConclusionDate),
             QT_TRANSLATE_NOOP("Labels", "National body: date of the conclusion")},
            {key(Kind::Standard, Field::AtamekenRecommendationDate),
             QT_TRANSLATE_NOOP("Labels", "NCE \"Atameken\": date of the recommendations")},
            {key(Kind::Standard, Field::Version), QT_TRANSLATE_NOOP("Labels", "Version number")},
            {key(Kind::Standard, Field::ReleaseYear),
             QT_TRANSLATE_NOOP("Labels", "Year of release")},
            {key(Kind::Standard, Field::PlannedUpdateDate),
             QT_TRANSLATE_NOOP("Labels", "Date of the planned update")},
            {key(Kind::Term, Field::Term), QT_TRANSLATE_NOOP("Labels", "Term")},
            {key(Kind::Term, Field::Definition), QT_TRANSLATE_NOOP("Labels", "Definition")},
            {key(Kind::Abbreviation, Field::Abbreviation),
             QT_TRANSLATE_NOOP("Labels", "Abbreviation")},
            {key(Kind::Abbreviation, Field::Expansion), QT_TRANSLATE_NOOP("Labels", "Expansion")},
            {key(Kind::ProfessionCard, Field::Name),
             QT_TRANSLATE_NOOP("Labels", "Name of the profession per NKZ")},
            {key(Kind::LaborFunction, Field::Kind),
             QT_TRANSLATE_NOOP("Labels", "Kind of labour function")},
            {key(Kind::LaborFunction, Field::Name),
             QT_TRANSLATE_NOOP("Labels", "Name of the labour function")},
            {key(Kind::Skill, Field::Name), QT_TRANSLATE_NOOP("Labels", "Name of the skill")},
            {key(Kind::Skill, Field::SeparatelyRecognizable),
             QT_TRANSLATE_NOOP("Labels", "Can be recognised as a separate skill")},
            {key(Kind::RelatedProfession, Field::OrkLevel),
             QT_TRANSLATE_NOOP("Labels", "ORK level")},
            {key(Kind::RelatedProfession, Field::NrkLevel),
             QT_TRANSLATE_NOOP("Labels", "NRK level")},
            {key(Kind::RelatedProfession, Field::NkzOccupationCode),
             QT_TRANSLATE_NOOP("Labels", "NKZ code")},
            {key(Kind::RelatedProfession, Field::Name),
             QT_TRANSLATE_NOOP("Labels", "Name of the profession")},
            {key(Kind::Organization, Field::Name),
             QT_TRANSLATE_NOOP("Labels", "Name of the organization")},
            {key(Kind::Organization, Field::ContactFullName),
             QT_TRANSLATE_NOOP("Labels", "Executive: full name")},
            {key(Kind::Organization, Field::ContactPosition),
             QT_TRANSLATE_NOOP("Labels", "Position")},
            {key(Kind::Organization, Field::ContactEmail), QT_TRANSLATE_NOOP("Labels", "E-mail")},
            {key(Kind::Organization, Field::ContactPhone), QT_TRANSLATE_NOOP("Labels", "Phone")},
            {key(Kind::ExtraSection, Field::Kind),
             QT_TRANSLATE_NOOP("Labels", "Chapter or appendix")},
            {key(Kind::ExtraSection, Field::Title), QT_TRANSLATE_NOOP("Labels", "Title")},
            {key(Kind::TextItem, Schema::TextItemField), QT_TRANSLATE_NOOP("Labels", "Text")},
        };
        // The fields of Appendix 1 are labelled in their row of the terms' table.
        for (const FieldTerm* term : FieldTerm::all())
            table.insert(key(term->kind, term->field), term->label);
        return table;
    }();
    return table;
}

const Table& hintTable() {
    static const Table table = {
        {key(Kind::Standard, Field::Languages),
         QT_TRANSLATE_NOOP("Labels",
                           "Every text is checked for a wording in each of these languages.")},
        {key(Kind::Standard, Field::Scope),
         QT_TRANSLATE_NOOP("Labels", "Where the professional standard applies.")},
        {key(Kind::Standard, Field::Description),
         QT_TRANSLATE_NOOP("Labels",
                           "Including a general description of the type of labour activity.")},
        {key(Kind::Standard, Field::SerialNumber),
         QT_TRANSLATE_NOOP("Labels",
                           "Three digits, e.g. 012. A draft may leave it empty: the number is "
                           "assigned when the standard is placed on the digital platform of the "
                           "National Qualifications System.")},
        {key(Kind::ProfessionCard, Field::TariffQualification),
         QT_TRANSLATE_NOOP("Labels",
                           "Per the unified tariff-qualification handbook of jobs and professions "
                           "of workers, the qualification handbook of positions or the typical "
                           "qualification characteristics, if there are such.")},
        {key(Kind::ProfessionCard, Field::WholeTaskAssessment),
         QT_TRANSLATE_NOOP(
             "Labels",
             "Whether a separate skill (skills) can be recognised within the profession.")},
        {key(Kind::LaborFunction, Field::Kind),
         QT_TRANSLATE_NOOP("Labels",
                           "Mandatory functions are confirmed at the recognition of the "
                           "qualification; additional ones are those the profession will need "
                           "in future.")},
    };
    return table;
}

const Table& listTable() {
    static const Table table = {
        {key(Kind::Standard, Role::Terms), QT_TRANSLATE_NOOP("Labels", "Terms and definitions")},
        {key(Kind::Standard, Role::Abbreviations), QT_TRANSLATE_NOOP("Labels", "Abbreviations")},
        {key(Kind::Standard, Role::ProfessionCards),
         QT_TRANSLATE_NOOP("Labels", "List of profession cards")},
        {key(Kind::Standard, Role::StateBody),
         QT_TRANSLATE_NOOP("Labels", "State (sectoral) body")},
        {key(Kind::Standard, Role::Developers),
         QT_TRANSLATE_NOOP("Labels", "Organizations that took part in the development")},
        {key(Kind::Standard, Role::ExtraSections),
         QT_TRANSLATE_NOOP("Labels", "Extra chapters and appendices")},
        {key(Kind::ProfessionCard, Role::Education),
         QT_TRANSLATE_NOOP("Labels", "Level of professional education")},
        {key(Kind::ProfessionCard, Role::OtherNames),
         QT_TRANSLATE_NOOP("Labels", "Other possible names of the profession")},
        {key(Kind::ProfessionCard, Role::LaborFunctions),
         QT_TRANSLATE_NOOP("Labels", "List of labour functions")},
        {key(Kind::ProfessionCard, Role::PersonalCompetencies),
         QT_TRANSLATE_NOOP("Labels", "Requirements for personal competencies")},
        {key(Kind::ProfessionCard, Role::Regulations),
         QT_TRANSLATE_NOOP("Labels", "Technical regulations and national standards")},
        {key(Kind::ProfessionCard, Role::RelatedProfessions),
         QT_TRANSLATE_NOOP("Labels", "Link with other professions within the ORK")},
        {key(Kind::LaborFunction, Role::Skills), QT_TRANSLATE_NOOP("Labels", "Skills")},
        {key(Kind::Skill, Role::Abilities), QT_TRANSLATE_NOOP("Labels", "Abilities")},
        {key(Kind::Skill, Role::Knowledge), QT_TRANSLATE_NOOP("Labels", "Knowledge")},
        {key(Kind::ExtraSection, Role::Paragraphs), QT_TRANSLATE_NOOP("Labels", "Text")},
    };
    return table;
}

const Table& elementTable() {
    static const Table table = {
        {key(Kind::Term, {}), QT_TRANSLATE_NOOP("Labels", "term")},
        {key(Kind::Abbreviation, {}), QT_TRANSLATE_NOOP("Labels", "abbreviation")},
        {key(Kind::ProfessionCard, {}), QT_TRANSLATE_NOOP("Labels", "profession card")},
        {key(Kind::Education, {}), QT_TRANSLATE_NOOP("Labels", "education level")},
        {key(Kind::LaborFunction, {}), QT_TRANSLATE_NOOP("Labels", "labour function")},
        {key(Kind::Skill, {}), QT_TRANSLATE_NOOP("Labels", "skill")},
        {key(Kind::RelatedProfession, {}), QT_TRANSLATE_NOOP("Labels", "related profession")},
        {key(Kind::Organization, Role::StateBody), QT_TRANSLATE_NOOP("Labels", "state body")},
        {key(Kind::Organization, {}), QT_TRANSLATE_NOOP("Labels", "organization")},
        {key(Kind::ExtraSection, {}), QT_TRANSLATE_NOOP("Labels", "chapter or appendix")},
        {key(Kind::Comment, {}), QT_TRANSLATE_NOOP("Labels", "comment")},
        {key(Kind::TextItem, Role::OtherNames), QT_TRANSLATE_NOOP("Labels", "other name")},
        {key(Kind::TextItem, Role::PersonalCompetencies),
         QT_TRANSLATE_NOOP("Labels", "personal competency")},
        {key(Kind::TextItem, Role::Regulations), QT_TRANSLATE_NOOP("Labels", "regulation")},
        {key(Kind::TextItem, Role::Abilities), QT_TRANSLATE_NOOP("Labels", "ability")},
        {key(Kind::TextItem, Role::Knowledge), QT_TRANSLATE_NOOP("Labels", "knowledge item")},
        {key(Kind::TextItem, Role::Paragraphs), QT_TRANSLATE_NOOP("Labels", "paragraph")},
        {key(Kind::TextItem, {}), QT_TRANSLATE_NOOP("Labels", "item")},
    };
    return table;
}

QString lookUp(const Table& table, const QString& k) {
    const char* source = table.value(k, nullptr);
    return source ? QCoreApplication::translate("Labels", source) : QString();
}

} // namespace

QString Labels::field(const QString& kind, const QString& field) {
    const QString label = lookUp(fieldTable(), key(kind, field));
    return label.isEmpty() ? field : label;
}

QString Labels::hint(const QString& kind, const QString& field) {
    return lookUp(hintTable(), key(kind, field));
}

QString Labels::list(const QString& kind, const QString& role) {
    const QString label = lookUp(listTable(), key(kind, role));
    return label.isEmpty() ? role : label;
}

QString Labels::elementName(const QString& kind, const QString& role) {
    QString name = lookUp(elementTable(), key(kind, role));
    if (name.isEmpty()) name = lookUp(elementTable(), key(kind, {}));
    return name.isEmpty() ? kind : name;
}

QString Labels::pageTitle(const QString& kind) {
    if (kind == Kind::ProfessionCard) return tr("Profession card");
    if (kind == Kind::LaborFunction) return tr("Labour function");
    if (kind == Kind::Skill) return tr("Skill");
    if (kind == Kind::ExtraSection) return tr("Chapter or appendix");
    return sentence(elementName(kind, {}));
}

QString Labels::sentence(QString text) {
    if (!text.isEmpty()) text[0] = text[0].toUpper();
    return text;
}

QString Labels::enumValue(const QString& field, const QString& value) {
    static const Table table = {
        {QStringLiteral("kind:mandatory"), QT_TRANSLATE_NOOP("Labels", "Mandatory")},
        {QStringLiteral("kind:additional"), QT_TRANSLATE_NOOP("Labels", "Additional")},
        {QStringLiteral("kind:chapter"), QT_TRANSLATE_NOOP("Labels", "Chapter")},
        {QStringLiteral("kind:appendix"), QT_TRANSLATE_NOOP("Labels", "Appendix")},
        {QStringLiteral("verdict:meets"), QT_TRANSLATE_NOOP("Labels", "Meets")},
        {QStringLiteral("verdict:does-not-meet"), QT_TRANSLATE_NOOP("Labels", "Does not meet")},
        {QStringLiteral("verdict:not-applicable"), QT_TRANSLATE_NOOP("Labels", "Not applicable")},
    };
    const QString label = lookUp(table, key(field, value));
    return label.isEmpty() ? value : label;
}

QString Labels::language(const QString& code) {
    if (code == QLatin1String("kk")) return tr("Kazakh");
    if (code == QLatin1String("ru")) return tr("Russian");
    if (code == QLatin1String("en")) return tr("English");
    return code;
}

QString Labels::chapter(int chapter) {
    switch (chapter) {
    case 1:
        return tr("1. General provisions");
    case 2:
        return tr("2. Passport of the professional standard");
    case 3:
        return tr("3. Profession cards");
    case 4:
        return tr("4. Technical data of the professional standard");
    case 5:
        return tr("Extra chapters and appendices");
    default:
        return {};
    }
}

bool Labels::isParagraph(const QString& kind, const QString& field) {
    static const QStringList paragraphs = {
        key(Kind::Standard, Field::Scope),
        key(Kind::Standard, Field::Description),
        key(Kind::Term, Field::Definition),
        key(Kind::ProfessionCard, Field::TariffQualification),
        key(Kind::ProfessionCard, Field::WorkExperience),
        key(Kind::ProfessionCard, Field::NonFormalEducation),
        key(Kind::ProfessionCard, Field::MainPurpose),
        key(Kind::ProfessionCard, Field::WholeTaskAssessment),
        key(Kind::LaborFunction, Field::Name),
        key(Kind::Skill, Field::Name),
        key(Kind::TextItem, Schema::TextItemField),
    };
    return paragraphs.contains(key(kind, field));
}

QString Labels::sentenceFragment(const QString& label) {
    // "NKZ code" stays as it is; "Main purpose" becomes "main purpose".
    if (label.size() > 1 && label.at(0).isUpper() && label.at(1).isLower())
        return label.at(0).toLower() + label.mid(1);
    return label;
}

} // namespace kasibi
