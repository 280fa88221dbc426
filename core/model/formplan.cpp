#include "core/model/formplan.h"

#include "core/model/documenttree.h"
#include "core/model/schema.h"

#include <QCoreApplication>

namespace kasibi {

namespace {

FormEntry fields(const QStringList& names, const QString& number = {}, const QString& text = {}) {
    return {FormEntry::Type::Fields, names, number, text};
}

FormEntry list(const QString& role, const QString& number = {}) {
    return {FormEntry::Type::List, {role}, number, {}};
}

FormEntry linked(const QString& role, const QString& number = {}) {
    return {FormEntry::Type::LinkedList, {role}, number, {}};
}

QString translated(const char* text) {
    return QCoreApplication::translate("FormPlan", text);
}

QVector<FormEntry> standardChapter(PageRef::Chapter chapter) {
    switch (chapter) {
    case PageRef::GeneralProvisions:
        return {fields({Field::Scope}), list(Role::Terms), list(Role::Abbreviations)};
    case PageRef::Passport: {
        QVector<FormEntry> entries{fields({Field::Languages}),
                                   fields({Field::StandardName}, QStringLiteral("1)")),
                                   {FormEntry::Type::StandardCode, {}, QStringLiteral("2)"), {}},
                                   fields({Field::SerialNumber})};
        for (const char* level : {"section", "division", "group", "class", "subclass"})
            entries << FormEntry{
                FormEntry::Type::Classified,
                {QStringLiteral("passport/oked/") + QLatin1String(level)},
                QLatin1String(level) == QLatin1String("section") ? QStringLiteral("3)") : QString(),
                {}};
        entries << fields({Field::Description}, QStringLiteral("4)"))
                << FormEntry{FormEntry::Type::CardSummary, {}, QStringLiteral("5)"), {}};
        return entries;
    }
    case PageRef::ProfessionCards:
        return {linked(Role::ProfessionCards)};
    case PageRef::TechnicalData:
        return {
            list(Role::StateBody, QStringLiteral("1)")),
            list(Role::Developers, QStringLiteral("2)")),
            fields({Field::CouncilName}, QStringLiteral("3)")),
            fields({Field::CouncilProtocolNumber, Field::CouncilProtocolDate}, {}, {}),
            fields({Field::NationalBodyConclusionDate}, QStringLiteral("4)")),
            fields({Field::AtamekenRecommendationDate}, QStringLiteral("5)")),
            fields({Field::Version, Field::ReleaseYear}, QStringLiteral("6)"),
                   translated(QT_TRANSLATE_NOOP("FormPlan", "Version number and year of release"))),
            fields({Field::PlannedUpdateDate}, QStringLiteral("7)")),
            // The order that approved the standard, printed above its title once approved.
            fields({Field::ApprovalIssuer}, {},
                   translated(QT_TRANSLATE_NOOP("FormPlan", "Approving order"))),
            fields({Field::ApprovalOrderNumber, Field::ApprovalOrderDate,
                    Field::ApprovalAppendixNumber},
                   {}, {})};
    case PageRef::ExtraSections:
        return {linked(Role::ExtraSections)};
    case PageRef::None:
        break;
    }
    return {};
}

} // namespace

QString FormPlan::elementOf(const DocumentTree& tree, const PageRef& page) {
    return page.chapter != PageRef::None ? tree.standardId() : page.nodeId;
}

QVector<FormEntry> FormPlan::entries(const DocumentTree& tree, const PageRef& page) {
    if (page.chapter != PageRef::None) return standardChapter(page.chapter);
    const Node* node = tree.node(page.nodeId);
    if (!node) return {};
    if (node->kind == Kind::ProfessionCard)
        return {fields({Field::NkzGroupCode, Field::NkzOccupationCode}, QStringLiteral("1)"),
                       translated(QT_TRANSLATE_NOOP(
                           "FormPlan", "Codes of the group and of the occupation per NKZ"))),
                fields({Field::Name}, QStringLiteral("2)")),
                fields({Field::OrkLevel, Field::NrkLevel}, QStringLiteral("3)"),
                       translated(QT_TRANSLATE_NOOP("FormPlan", "Qualification level"))),
                fields({Field::TariffQualification}, QStringLiteral("4)")),
                list(Role::Education, QStringLiteral("5)")),
                fields({Field::WorkExperience}),
                fields({Field::NonFormalEducation}, QStringLiteral("6)")),
                list(Role::OtherNames, QStringLiteral("7)")),
                fields({Field::MainPurpose}, QStringLiteral("8)")),
                linked(Role::LaborFunctions, QStringLiteral("9)")),
                FormEntry{FormEntry::Type::Note,
                          {},
                          QStringLiteral("10)–12)"),
                          translated(QT_TRANSLATE_NOOP(
                              "FormPlan", "Skills, abilities and knowledge are described under "
                                          "each labour function: open a function above."))},
                fields({Field::WholeTaskAssessment}),
                list(Role::PersonalCompetencies, QStringLiteral("13)")),
                list(Role::Regulations, QStringLiteral("14)")),
                list(Role::RelatedProfessions, QStringLiteral("15)"))};
    if (node->kind == Kind::LaborFunction)
        return {fields({Field::Kind}), fields({Field::Name}), linked(Role::Skills)};
    if (node->kind == Kind::Skill)
        return {fields({Field::Name}), fields({Field::SeparatelyRecognizable}),
                list(Role::Abilities), list(Role::Knowledge)};
    if (node->kind == Kind::ExtraSection)
        return {fields({Field::Kind}), fields({Field::Title}), list(Role::Paragraphs)};
    return {};
}

} // namespace kasibi
