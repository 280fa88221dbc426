#include "core/validation/mainpartchecks.h"

#include "core/classifier/classifiercodes.h"
#include "core/model/schema.h"
#include "core/validation/mainpartphrases.h"

namespace kasibi::validation {

namespace {

// The OKED levels, from the widest to the narrowest, and the form each code takes.
struct OkedLevel {
    QString key;
    Phrase codeOf; // "код секции ОКЭД" (accusative after "Укажите")
    Phrase nameOf; // "наименование секции ОКЭД"
    Phrase into;   // "в секцию «%1»" — where a narrower code must lie
    Phrase form;   // what the code must look like
};

const QVector<OkedLevel>& okedLevels() {
    static const QVector<OkedLevel> levels{
        {QStringLiteral("section"), MainPartPhrases::OkedSectionCode,
         MainPartPhrases::OkedSectionName, MainPartPhrases::InOkedSection,
         MainPartPhrases::OkedSectionForm},
        {QStringLiteral("division"), MainPartPhrases::OkedDivisionCode,
         MainPartPhrases::OkedDivisionName, MainPartPhrases::InOkedDivision,
         MainPartPhrases::OkedDivisionForm},
        {QStringLiteral("group"), MainPartPhrases::OkedGroupCode, MainPartPhrases::OkedGroupName,
         MainPartPhrases::InOkedGroup, MainPartPhrases::OkedGroupForm},
        {QStringLiteral("class"), MainPartPhrases::OkedClassCode, MainPartPhrases::OkedClassName,
         MainPartPhrases::InOkedClass, MainPartPhrases::OkedClassForm},
        {QStringLiteral("subclass"), MainPartPhrases::OkedSubclassCode,
         MainPartPhrases::OkedSubclassName, MainPartPhrases::InOkedSubclass,
         MainPartPhrases::OkedSubclassForm},
    };
    return levels;
}

// The forms of the ORK level and the serial number are the schema's; the forms of classifier
// codes are ClassifierCodes'.
const QRegularExpression& serialNumberPattern() {
    static const QRegularExpression pattern(
        Schema::kind(Kind::Standard)->field(Field::SerialNumber)->pattern);
    return pattern;
}

} // namespace

void MainPartChecks::checkMainPart() {
    const Fields& f = Fields::get();
    m_context.requireText(QStringLiteral("1.1"), m_context.standard, f.standardName,
                          MainPartPhrases::NameStandard);
    m_context.requireText(QStringLiteral("1.2"), m_context.standard, f.scope,
                          MainPartPhrases::ScopeStandard);

    const QString glossary = QStringLiteral("1.2a");
    const QStringList terms = m_context.tree.children(m_context.standard, Role::Terms);
    if (terms.isEmpty())
        m_context.add(glossary, Severity::Error, m_context.standard, Role::Terms, {},
                      MainPartPhrases::AddTermsDefinitionsStandardUses);
    for (int i = 0; i < terms.size(); ++i) {
        PlaceGuard place(m_context.places, {Place::Term, i, terms[i]});
        m_context.requireText(glossary, terms[i], f.term, MainPartPhrases::Term);
        m_context.requireText(glossary, terms[i], f.definition, MainPartPhrases::DefinitionTerm);
    }
    const QStringList abbreviations =
        m_context.tree.children(m_context.standard, Role::Abbreviations);
    for (int i = 0; i < abbreviations.size(); ++i) {
        PlaceGuard place(m_context.places, {Place::Abbreviation, i, abbreviations[i]});
        m_context.requireText(glossary, abbreviations[i], f.abbreviation,
                              MainPartPhrases::Abbreviation);
        m_context.requireText(glossary, abbreviations[i], f.expansion,
                              MainPartPhrases::ExpansionAbbreviation);
    }

    checkOked();

    m_context.requireText(QStringLiteral("1.4"), m_context.standard, f.description,
                          MainPartPhrases::ShortDescriptionStandard);
}

void MainPartChecks::checkOked() {
    const QString criterion = QStringLiteral("1.3");
    const QVector<OkedLevel>& levels = okedLevels();
    QString codes[5];
    bool wellFormed[5] = {};
    for (int i = 0; i < levels.size(); ++i) {
        const OkedLevel& level = levels[i];
        const QString prefix = QStringLiteral("passport/oked/") + level.key;
        const QString codeField = prefix + QStringLiteral("/code");
        codes[i] = m_context.tree.value(m_context.standard, codeField).trimmed();
        if (codes[i].isEmpty()) {
            m_context.add(criterion, Severity::Error, m_context.standard, codeField, {},
                          m_context.enter(level.codeOf));
        } else if (!ClassifierCodes::hasForm(Classifier::Oked, i + 1, codes[i])) {
            m_context.add(criterion, Severity::Error, m_context.standard, codeField, {},
                          m_context.correct(level.codeOf, codes[i], level.form));
        } else {
            wellFormed[i] = true;
        }
        m_context.requireText(criterion, m_context.standard,
                              TextField(prefix + QStringLiteral("/name")), level.nameOf);
    }
    // Each narrower code lies in the wider one: division 07 in section B, group 07.1 in
    // division 07, class 07.10 in group 07.1, subclass 07.10.2 in class 07.10.
    for (int i = 1; i < levels.size(); ++i) {
        if (!wellFormed[i] || !wellFormed[i - 1]) continue;
        // The forms checked above make a plain prefix test exact ("07.10" lies in "07.1").
        const bool nested =
            i == 1 ? ClassifierCodes::okedSectionOfDivision(codes[1].toInt()) == codes[0]
                   : codes[i].startsWith(codes[i - 1]);
        if (nested) continue;
        const OkedLevel& level = levels[i];
        const OkedLevel& wider = levels[i - 1];
        const QString codeField =
            QStringLiteral("passport/oked/") + level.key + QStringLiteral("/code");
        m_context.add(criterion, Severity::Error, m_context.standard, codeField, {},
                      fill(MainPartPhrases::CodeNotInWider,
                           {{upperFirst(level.codeOf.ru), level.codeOf.kk.chopped(1),
                             upperFirst(level.codeOf.en)},
                            Phrase::inQuotes(codes[i]),
                            fill(wider.into, {Phrase::inQuotes(codes[i - 1])})}));
    }

    const QString serialField = Field::SerialNumber;
    const QString serial = m_context.tree.value(m_context.standard, serialField).trimmed();
    const Phrase& serialWhat = MainPartPhrases::StandardSerialNumberWithinOked;
    // The official template: the code «is formed when the standard is placed on the digital
    // platform of the National Qualifications System». Nothing for the author to do.
    if (serial.isEmpty())
        m_context.add(criterion, Severity::Info, m_context.standard, serialField, {},
                      MainPartPhrases::StandardSerialNumberCodeAssigned);
    else if (!serialNumberPattern().match(serial).hasMatch())
        m_context.add(criterion, Severity::Error, m_context.standard, serialField, {},
                      m_context.correct(serialWhat, serial, MainPartPhrases::SerialNumberForm));
}

void MainPartChecks::checkExtraSections() {
    // Further chapters and appendices are part of the standard's text; the form has no line of
    // their own, so they are judged with the description of the standard (1.4).
    const Fields& f = Fields::get();
    const QString criterion = QStringLiteral("1.4");
    const QStringList sections = m_context.tree.children(m_context.standard, Role::ExtraSections);
    for (int i = 0; i < sections.size(); ++i) {
        PlaceGuard place(m_context.places, {Place::Section, i, sections[i]});
        m_context.requireText(criterion, sections[i], f.title,
                              MainPartPhrases::TitleChapterAppendix);
        m_context.checkItems(criterion, sections[i], Role::Paragraphs,
                             m_context.tree.children(sections[i], Role::Paragraphs),
                             MainPartPhrases::ExtraSectionText);
    }
}

} // namespace kasibi::validation
