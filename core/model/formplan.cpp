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
        return {fields({QStringLiteral("generalProvisions/scope")}),
                list(QStringLiteral("generalProvisions/terms")),
                list(QStringLiteral("generalProvisions/abbreviations"))};
    case PageRef::Passport: {
        QVector<FormEntry> entries{fields({QStringLiteral("languages")}),
                                   fields({QStringLiteral("passport/name")}, QStringLiteral("1)")),
                                   {FormEntry::Type::StandardCode, {}, QStringLiteral("2)"), {}},
                                   fields({QStringLiteral("passport/serialNumber")})};
        for (const char* level : {"section", "division", "group", "class", "subclass"})
            entries << FormEntry{
                FormEntry::Type::Classified,
                {QStringLiteral("passport/oked/") + QLatin1String(level)},
                QLatin1String(level) == QLatin1String("section") ? QStringLiteral("3)") : QString(),
                {}};
        entries << fields({QStringLiteral("passport/description")}, QStringLiteral("4)"))
                << FormEntry{FormEntry::Type::CardSummary, {}, QStringLiteral("5)"), {}};
        return entries;
    }
    case PageRef::ProfessionCards:
        return {linked(QStringLiteral("professionCards"))};
    case PageRef::TechnicalData:
        return {
            list(QStringLiteral("technicalData/stateBody"), QStringLiteral("1)")),
            list(QStringLiteral("technicalData/developers"), QStringLiteral("2)")),
            fields({QStringLiteral("technicalData/sectoralCouncil/name")}, QStringLiteral("3)")),
            fields({QStringLiteral("technicalData/sectoralCouncil/protocolNumber"),
                    QStringLiteral("technicalData/sectoralCouncil/protocolDate")},
                   {}, {}),
            fields({QStringLiteral("technicalData/nationalBodyConclusionDate")},
                   QStringLiteral("4)")),
            fields({QStringLiteral("technicalData/atamekenRecommendationDate")},
                   QStringLiteral("5)")),
            fields({QStringLiteral("technicalData/version"),
                    QStringLiteral("technicalData/releaseYear")},
                   QStringLiteral("6)"),
                   translated(QT_TRANSLATE_NOOP("FormPlan", "Version number and year of release"))),
            fields({QStringLiteral("technicalData/plannedUpdateDate")}, QStringLiteral("7)")),
            // The order that approved the standard, printed above its title once approved.
            fields({QStringLiteral("approval/issuer")}, {},
                   translated(QT_TRANSLATE_NOOP("FormPlan", "Approving order"))),
            fields({QStringLiteral("approval/orderNumber"), QStringLiteral("approval/orderDate"),
                    QStringLiteral("approval/appendixNumber")},
                   {}, {})};
    case PageRef::ExtraSections:
        return {linked(QStringLiteral("extraSections"))};
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
        return {fields({QStringLiteral("nkzGroupCode"), QStringLiteral("nkzOccupationCode")},
                       QStringLiteral("1)"),
                       translated(QT_TRANSLATE_NOOP(
                           "FormPlan", "Codes of the group and of the occupation per NKZ"))),
                fields({QStringLiteral("name")}, QStringLiteral("2)")),
                fields({QStringLiteral("orkLevel"), QStringLiteral("nrkLevel")},
                       QStringLiteral("3)"),
                       translated(QT_TRANSLATE_NOOP("FormPlan", "Qualification level"))),
                fields({QStringLiteral("tariffQualification")}, QStringLiteral("4)")),
                list(QStringLiteral("education"), QStringLiteral("5)")),
                fields({QStringLiteral("workExperience")}),
                fields({QStringLiteral("nonFormalEducation")}, QStringLiteral("6)")),
                list(QStringLiteral("otherNames"), QStringLiteral("7)")),
                fields({QStringLiteral("mainPurpose")}, QStringLiteral("8)")),
                linked(QStringLiteral("laborFunctions"), QStringLiteral("9)")),
                FormEntry{FormEntry::Type::Note,
                          {},
                          QStringLiteral("10)–12)"),
                          translated(QT_TRANSLATE_NOOP(
                              "FormPlan", "Skills, abilities and knowledge are described under "
                                          "each labour function: open a function above."))},
                fields({QStringLiteral("wholeTaskAssessment")}),
                list(QStringLiteral("personalCompetencies"), QStringLiteral("13)")),
                list(QStringLiteral("regulations"), QStringLiteral("14)")),
                list(QStringLiteral("relatedProfessions"), QStringLiteral("15)"))};
    if (node->kind == Kind::LaborFunction)
        return {fields({QStringLiteral("kind")}), fields({QStringLiteral("name")}),
                linked(QStringLiteral("skills"))};
    if (node->kind == Kind::Skill)
        return {fields({QStringLiteral("name")}),
                fields({QStringLiteral("separatelyRecognizable")}),
                list(QStringLiteral("abilities")), list(QStringLiteral("knowledge"))};
    if (node->kind == Kind::ExtraSection)
        return {fields({QStringLiteral("kind")}), fields({QStringLiteral("title")}),
                list(QStringLiteral("paragraphs"))};
    return {};
}

} // namespace kasibi
