#pragma once

namespace kasibi {

// What a label of a printed standard announces: the field, list or part of the 2023 structure
// (Appendix 1 of the Rules) that the text after it fills, or a part of an older template with
// no place in it (Legacy*), kept in an extra section.
enum class StandardLabel {
    Approval,
    Title,
    GeneralProvisions,
    Scope,
    Terms,
    Abbreviations,
    Passport,
    StandardName,
    StandardCode,
    Oked,
    Description,
    CardsChapter,
    CardList,
    Card,
    NkzOccupationCode,
    NkzGroupCode,
    ProfessionName,
    OtherNames,
    OrkLevel,
    NrkLevel,
    TariffQualification,
    Education,
    EducationLevel,
    Specialty,
    Qualification,
    WorkExperience,
    NonFormalEducation,
    MainPurpose,
    LaborFunctions,
    MandatoryFunctions,
    AdditionalFunctions,
    LaborFunction,
    Skill,
    Abilities,
    AbilitiesAndSkills,
    Knowledge,
    WholeTaskAssessment,
    PersonalCompetencies,
    Regulations,
    RelatedProfessions,
    TechnicalData,
    StateBody,
    Developers,
    SectoralCouncil,
    NationalBody,
    Atameken,
    Version,
    PlannedUpdate,
    // Fields of older templates that the 2023 structure has no place for.
    LegacyPurpose,
    LegacyUpdatedBy,
    LegacyExpertise,
    LegacyApprovedBy,
};

} // namespace kasibi
