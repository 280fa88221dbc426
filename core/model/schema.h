#pragma once

#include <QSet>
#include <QString>
#include <QStringList>
#include <QVector>

namespace kasibi {

// The kinds of element a standard is made of, as named in ../shared/format/standard-v1.schema.json.
namespace Kind {
inline const QString Document = QStringLiteral("Document");
inline const QString Standard = QStringLiteral("Standard");
inline const QString Term = QStringLiteral("Term");
inline const QString Abbreviation = QStringLiteral("Abbreviation");
inline const QString ProfessionCard = QStringLiteral("ProfessionCard");
inline const QString Education = QStringLiteral("Education");
inline const QString LaborFunction = QStringLiteral("LaborFunction");
inline const QString Skill = QStringLiteral("Skill");
inline const QString RelatedProfession = QStringLiteral("RelatedProfession");
inline const QString Organization = QStringLiteral("Organization");
inline const QString ExtraSection = QStringLiteral("ExtraSection");
inline const QString TextItem = QStringLiteral("TextItem");
inline const QString Comment = QStringLiteral("Comment");
inline const QString Assessment = QStringLiteral("Assessment");
inline const QString TimelineEntry = QStringLiteral("TimelineEntry");
} // namespace Kind

// The fields of the elements, by their path in the element's JSON object (Schema says which kind
// has which). "passport/oked/<level>/code" and "/name" are built from the OKED levels.
namespace Field {
inline const QString Name = QStringLiteral("name");
inline const QString Kind = QStringLiteral("kind");
inline const QString Title = QStringLiteral("title");
inline const QString Text = QStringLiteral("text");
inline const QString Languages = QStringLiteral("languages");
inline const QString ApprovalIssuer = QStringLiteral("approval/issuer");
inline const QString ApprovalOrderNumber = QStringLiteral("approval/orderNumber");
inline const QString ApprovalOrderDate = QStringLiteral("approval/orderDate");
inline const QString ApprovalAppendixNumber = QStringLiteral("approval/appendixNumber");
inline const QString Scope = QStringLiteral("generalProvisions/scope");
inline const QString StandardName = QStringLiteral("passport/name");
// The OKED classification: "<Oked>/<level>/code" and "/name" for each level.
inline const QString Oked = QStringLiteral("passport/oked");
inline const QString OkedSectionCode = QStringLiteral("passport/oked/section/code");
inline const QString SerialNumber = QStringLiteral("passport/serialNumber");
inline const QString Description = QStringLiteral("passport/description");
inline const QString CouncilName = QStringLiteral("technicalData/sectoralCouncil/name");
inline const QString CouncilProtocolNumber =
    QStringLiteral("technicalData/sectoralCouncil/protocolNumber");
inline const QString CouncilProtocolDate =
    QStringLiteral("technicalData/sectoralCouncil/protocolDate");
inline const QString NationalBodyConclusionDate =
    QStringLiteral("technicalData/nationalBodyConclusionDate");
inline const QString AtamekenRecommendationDate =
    QStringLiteral("technicalData/atamekenRecommendationDate");
inline const QString Version = QStringLiteral("technicalData/version");
inline const QString ReleaseYear = QStringLiteral("technicalData/releaseYear");
inline const QString PlannedUpdateDate = QStringLiteral("technicalData/plannedUpdateDate");
inline const QString Term = QStringLiteral("term");
inline const QString Definition = QStringLiteral("definition");
inline const QString Abbreviation = QStringLiteral("abbreviation");
inline const QString Expansion = QStringLiteral("expansion");
inline const QString NkzGroupCode = QStringLiteral("nkzGroupCode");
inline const QString NkzOccupationCode = QStringLiteral("nkzOccupationCode");
inline const QString OrkLevel = QStringLiteral("orkLevel");
inline const QString NrkLevel = QStringLiteral("nrkLevel");
inline const QString TariffQualification = QStringLiteral("tariffQualification");
inline const QString WorkExperience = QStringLiteral("workExperience");
inline const QString NonFormalEducation = QStringLiteral("nonFormalEducation");
inline const QString MainPurpose = QStringLiteral("mainPurpose");
inline const QString WholeTaskAssessment = QStringLiteral("wholeTaskAssessment");
inline const QString Level = QStringLiteral("level");
inline const QString Specialty = QStringLiteral("specialty");
inline const QString Qualification = QStringLiteral("qualification");
inline const QString SeparatelyRecognizable = QStringLiteral("separatelyRecognizable");
inline const QString ContactFullName = QStringLiteral("contact/fullName");
inline const QString ContactPosition = QStringLiteral("contact/position");
inline const QString ContactEmail = QStringLiteral("contact/email");
inline const QString ContactPhone = QStringLiteral("contact/phone");
inline const QString TargetId = QStringLiteral("targetId");
inline const QString CommentedField = QStringLiteral("field");
inline const QString ReplyTo = QStringLiteral("replyTo");
inline const QString Author = QStringLiteral("author");
inline const QString Created = QStringLiteral("created");
inline const QString Resolved = QStringLiteral("resolved");
// A suggestion is a comment that proposes a new wording of the field it is on (a reviewer's tracked
// change in Word): the whole text of that field (or list item) in one language, before and after.
// The interchange format has no key for it, so it lives under the comment's "kasibi" extension.
inline const QString SuggestionLanguage = QStringLiteral("kasibi/suggestion/language");
inline const QString SuggestionBefore = QStringLiteral("kasibi/suggestion/before");
inline const QString SuggestionAfter = QStringLiteral("kasibi/suggestion/after");
// Where a comment is, in words of both languages (the Kasibi extension), kept so that a comment
// whose element is deleted still says where it was.
inline const QString CommentPlace = QStringLiteral("kasibi/place");
inline const QString Criterion = QStringLiteral("criterion");
inline const QString Verdict = QStringLiteral("verdict");
// The expert's remark and the conclusion's state body in both languages, under the Kasibi
// extension: the format keeps one string for each (FieldSpec::interchangeString).
inline const QString Remark = QStringLiteral("kasibi/remark");
inline const QString ConclusionStateBody = QStringLiteral("review/conclusion/kasibi/stateBody");
inline const QString ExaminationDate = QStringLiteral("review/conclusion/examinationDate");
inline const QString Step = QStringLiteral("step");
inline const QString Started = QStringLiteral("started");
inline const QString Completed = QStringLiteral("completed");
inline const QString Note = QStringLiteral("note");
} // namespace Field

// The lists (and single children) of the elements, by their path in the element's JSON object.
namespace Role {
inline const QString Standard = QStringLiteral("standard");
inline const QString Comments = QStringLiteral("review/comments");
inline const QString Assessments = QStringLiteral("review/conclusion/assessments");
inline const QString Timeline = QStringLiteral("lifecycle/timeline");
inline const QString Terms = QStringLiteral("generalProvisions/terms");
inline const QString Abbreviations = QStringLiteral("generalProvisions/abbreviations");
inline const QString ProfessionCards = QStringLiteral("professionCards");
inline const QString StateBody = QStringLiteral("technicalData/stateBody");
inline const QString Developers = QStringLiteral("technicalData/developers");
inline const QString ExtraSections = QStringLiteral("extraSections");
inline const QString Education = QStringLiteral("education");
inline const QString OtherNames = QStringLiteral("otherNames");
inline const QString LaborFunctions = QStringLiteral("laborFunctions");
inline const QString PersonalCompetencies = QStringLiteral("personalCompetencies");
inline const QString Regulations = QStringLiteral("regulations");
inline const QString RelatedProfessions = QStringLiteral("relatedProfessions");
inline const QString Skills = QStringLiteral("skills");
inline const QString Abilities = QStringLiteral("abilities");
inline const QString Knowledge = QStringLiteral("knowledge");
inline const QString Paragraphs = QStringLiteral("paragraphs");
} // namespace Role

// What a field holds, which decides how it is read, written and edited. A QualificationLevel is
// a level of a qualifications framework (ORK, NRK): "4", or "4.2" with a sublevel, as text.
enum class FieldType {
    LocalizedText,
    String,
    Integer,
    Boolean,
    Date,
    Enum,
    LanguageList,
    QualificationLevel
};

struct FieldSpec {
    // Path of the value inside the element's JSON object, e.g. "passport/oked/section/code".
    QString name;
    FieldType type = FieldType::String;
    bool required = false;
    // Required as soon as the JSON object holding it exists (the code of a Classified entry).
    bool requiredInItsObject = false;
    QStringList enumValues;
    QString pattern;
    int minimum = 0;
    int maximum = 0;
    // For a LocalizedText kept under the Kasibi extension where the interchange format has one
    // string for it: that string's path ("remark"). Written with the Russian wording (the Kazakh
    // when there is no Russian); a file without the extension gives its text to the language
    // its letters tell. Documents of format 2 kept the one string under this key.
    QString interchangeString;
};

struct ChildSpec {
    // Path of the array (or object, for a single child) inside the element's JSON object.
    QString role;
    QString kind;
    bool isList = true;
    bool required = false;
    // Kept in the document file only, not in the interchange format (the approval timeline).
    bool internalOnly = false;
};

struct KindSpec {
    QString name;
    // False for elements the interchange format stores without an id (assessments): they get an
    // id inside the document file, and a new one on every import.
    bool hasJsonId = true;
    // A text item is a ListItem in JSON: its LocalizedText (its one field is TextItemField) and
    // an optional id. An item read without one gets a new id, kept from then on.
    bool isTextItem = false;
    QVector<FieldSpec> fields;
    QVector<ChildSpec> children;
    // Objects written even when empty, because the schema requires their keys.
    QStringList requiredObjects;

    // Every key a value of this kind may be stored under: "field", or "field@kk" and "field@ru".
    QSet<QString> valueKeys;

    const FieldSpec* field(const QString& fieldName) const;
    const ChildSpec* child(const QString& role) const;
};

class Schema {
public:
    static const KindSpec* kind(const QString& name);
    static const QVector<KindSpec>& kinds();

    static inline const QString& TextItemField = Field::Text;
    static const QStringList& languages(); // kk, ru: the state-used languages every text has
};

} // namespace kasibi
