#include "core/import/cardrecognizer.h"

#include "core/classifier/classifiercodes.h"
#include "core/import/printedcodes.h"
#include "core/import/printedtext.h"
#include "core/import/standardrecognizer.h"
#include "core/model/qualificationlevel.h"
#include "core/model/schema.h"

#include <QRegularExpression>

namespace kasibi {

namespace {

// The targets whose paragraphs are the items of a list.
bool isList(StandardLabel target) {
    switch (target) {
    case StandardLabel::LaborFunctions:
    case StandardLabel::OtherNames:
    case StandardLabel::Abilities:
    case StandardLabel::Knowledge:
    case StandardLabel::PersonalCompetencies:
    case StandardLabel::Regulations:
        return true;
    default:
        return false;
    }
}

// A pattern for a whole line.
QRegularExpression whole(const QString& pattern) {
    return QRegularExpression(QLatin1Char('^') + pattern + QLatin1Char('$'));
}

} // namespace

bool CardRecognizer::begin(const LabelVariants::Match& match) {
    using L = StandardLabel;
    const L label = match.label;
    switch (label) {
    case L::CardsChapter:
        m_context.target.reset();
        return true;
    case L::Card:
        finish();
        m_card = m_context.add(m_context.standard, Role::ProfessionCards, Kind::ProfessionCard);
        m_cardWhere = m_context.where;
        m_context.target = L::Card;
        return true;
    case L::NkzOccupationCode:
    case L::NkzGroupCode:
    case L::ProfessionName:
    case L::OtherNames:
    case L::OrkLevel:
    case L::NrkLevel:
    case L::TariffQualification:
    case L::WorkExperience:
    case L::NonFormalEducation:
    case L::MainPurpose:
    case L::WholeTaskAssessment:
    case L::PersonalCompetencies:
    case L::Regulations:
        m_context.target = label;
        return true;
    case L::Education:
        m_education = m_context.add(m_card, Role::Education, Kind::Education);
        m_context.target = L::EducationLevel;
        return true;
    case L::EducationLevel:
    case L::Specialty:
    case L::Qualification:
        // Each education printed has its level first: a second level is a second one.
        if (label == L::EducationLevel && !m_education.isEmpty() &&
            !m_context.tree.value(m_education, Field::Level, m_context.language).isEmpty())
            m_education.clear();
        if (m_education.isEmpty())
            m_education = m_context.add(m_card, Role::Education, Kind::Education);
        m_context.target = label;
        return true;
    case L::RelatedProfessions:
        m_context.target = L::RelatedProfessions;
        m_pendingLevel = {};
        m_pendingCode.clear();
        return true;
    case L::RelatedColumns: // the column titles of the related professions' table
        m_context.target = L::RelatedProfessions;
        return true;
    default:
        return m_functions.begin(match, m_card);
    }
}

bool CardRecognizer::fill(const QString& text, const QString& clean, const QString& line) {
    const StandardLabel target = *m_context.target;
    if (isList(target)) {
        m_items.add(text);
        return true;
    }
    const auto appendLine = [&](const QString& id, const QString& field) {
        m_context.appendText(id, field, clean, QStringLiteral("\n"));
    };
    switch (target) {
    case StandardLabel::Card:
        m_cardHeading += (m_cardHeading.isEmpty() ? QString() : QStringLiteral(" ")) + line;
        return true;
    case StandardLabel::NkzOccupationCode:
        occupationCode(line);
        return true;
    case StandardLabel::NkzGroupCode:
        groupCode(line);
        return true;
    case StandardLabel::ProfessionName:
        m_context.appendText(m_card, Field::Name, PrintedText::stripQuotes(line),
                             QStringLiteral(" "));
        return true;
    case StandardLabel::OrkLevel:
        level(line, Field::OrkLevel);
        return true;
    case StandardLabel::NrkLevel:
        level(line, Field::NrkLevel);
        return true;
    case StandardLabel::TariffQualification:
        if (!PrintedText::isDash(line)) appendLine(m_card, Field::TariffQualification);
        return true;
    case StandardLabel::EducationLevel:
        appendLine(m_education, Field::Level);
        return true;
    case StandardLabel::Specialty:
        appendLine(m_education, Field::Specialty);
        return true;
    case StandardLabel::Qualification:
        appendLine(m_education, Field::Qualification);
        return true;
    case StandardLabel::WorkExperience:
        appendLine(m_card, Field::WorkExperience);
        return true;
    case StandardLabel::NonFormalEducation:
        appendLine(m_card, Field::NonFormalEducation);
        return true;
    case StandardLabel::MainPurpose:
        appendLine(m_card, Field::MainPurpose);
        return true;
    case StandardLabel::WholeTaskAssessment:
        appendLine(m_card, Field::WholeTaskAssessment);
        return true;
    case StandardLabel::RelatedProfessions:
        related(line);
        return true;
    default:
        return m_functions.fill(line);
    }
}

// «2523-0-001», «2139 «IT-специалисты…»», «-».
void CardRecognizer::occupationCode(const QString& line) {
    if (PrintedText::isDash(line)) return;
    static const QRegularExpression full(
        QLatin1Char('(') + PrintedCodes::spaced(Classifier::Nkz, 5) + QLatin1Char(')'));
    static const QRegularExpression group(QStringLiteral("^(") +
                                          ClassifierCodes::form(Classifier::Nkz, 4) +
                                          QStringLiteral(")(?!\\d)"));
    QString residue = line;
    if (const QRegularExpressionMatch m = full.match(line); m.hasMatch()) {
        m_context.setValue(m_card, Field::NkzOccupationCode, PrintedCodes::tight(m.captured(1)));
        residue.remove(m.capturedStart(), m.capturedLength());
    } else if (const QRegularExpressionMatch g = group.match(line); g.hasMatch()) {
        if (m_context.tree.value(m_card, Field::NkzGroupCode).isEmpty())
            m_context.setValue(m_card, Field::NkzGroupCode, g.captured(1));
        residue.remove(g.capturedStart(), g.capturedLength());
        m_context.note(ImportNote::Kind::Mapped, m_card, Field::NkzGroupCode,
                       StandardRecognizer::tr("the code printed for the profession, %1, is an NKZ "
                                              "group code; the occupation code is left for the "
                                              "author")
                           .arg(g.captured(1)));
    }
    if (PrintedText::hasLetters(residue) || residue == line)
        m_context.legacy(m_context.printed(line),
                         StandardRecognizer::tr("the profession's code is printed with more than "
                                                "a code; kept as printed"));
}

// «2523», «2523 -0», «3122-0»: the four digits are the NKZ unit group.
void CardRecognizer::groupCode(const QString& line) {
    if (PrintedText::isDash(line)) return;
    static const QRegularExpression group(
        QStringLiteral("^(") + ClassifierCodes::form(Classifier::Nkz, 4) + QLatin1Char(')'));
    const QRegularExpressionMatch m = group.match(line);
    if (!m.hasMatch()) {
        m_context.legacy(m_context.printed(line),
                         StandardRecognizer::tr("the group code is not four digits; kept as "
                                                "printed"));
        return;
    }
    m_context.setValue(m_card, Field::NkzGroupCode, m.captured(1));
    if (line != m.captured(1))
        m_context.note(ImportNote::Kind::Mapped, m_card, Field::NkzGroupCode,
                       StandardRecognizer::tr("the group code printed as «%1» is taken as %2")
                           .arg(line, m.captured(1)));
}

// «4», «4.», «5 - 6», «4.2», «4. Техническое и профессиональное образование…».
void CardRecognizer::level(const QString& line, const QString& field) {
    if (PrintedText::isDash(line)) return;
    static const QRegularExpression pattern(
        QLatin1Char('^') + PrintedCodes::level() +
        QStringLiteral("\\s*[.]?\\s*(?:-?й\\s*)?(?:уров\\w*\\s*(?:ОРК|НРК)?)?\\s*[.,;]?\\s*"));
    const QRegularExpressionMatch m = pattern.match(line);
    if (!m.hasMatch() || !m_context.tree.value(m_card, field).isEmpty()) {
        // The text after the level (a second paragraph of the cell): what education it
        // takes, in the older template.
        educationFromLevel(line);
        return;
    }
    m_context.setValue(m_card, field, PrintedCodes::levelOf(m));
    if (!m.captured(3).isEmpty()) {
        m_context.note(ImportNote::Kind::Mapped, m_card, field,
                       StandardRecognizer::tr("the level is printed as the range %1-%2; the lower "
                                              "level %1 is taken")
                           .arg(m.captured(1), m.captured(3)));
        m_context.legacy(m_context.printed(line),
                         StandardRecognizer::tr("a range of levels, kept as printed"));
    }
    const QString rest = line.mid(m.capturedLength()).trimmed();
    if (!rest.isEmpty()) educationFromLevel(rest);
}

void CardRecognizer::educationFromLevel(const QString& text) {
    if (m_education.isEmpty()) {
        m_education = m_context.add(m_card, Role::Education, Kind::Education);
        m_context.note(ImportNote::Kind::Mapped, m_education, Field::Level,
                       StandardRecognizer::tr("the education and experience printed with the "
                                              "ORK level are taken as the required education"));
    }
    m_context.appendText(m_education, Field::Level, text, QStringLiteral("\n"));
}

// Cells of the «Связь с другими профессиями» rows: a level or range, a code, a name.
void CardRecognizer::related(const QString& rawLine) {
    if (PrintedText::isDash(rawLine)) return;
    // Kasibi's layout: «4 (5)» is ORK (NRK); «Name (8342-1-003)» the name and NKZ code.
    static const QRegularExpression withNrk(whole(
        QStringLiteral("(?<ork>") + QualificationLevel::form() + QStringLiteral(")\\s*\\((?<nrk>") +
        QualificationLevel::form() + QStringLiteral(")\\)")));
    static const QRegularExpression withCode(whole(
        QStringLiteral("(.*\\S)\\s*\\((") + ClassifierCodes::form(Classifier::Nkz, 5) +
        QLatin1Char('|') + ClassifierCodes::form(Classifier::Nkz, 4) + QStringLiteral(")\\)")));
    QString line = rawLine;
    if (const QRegularExpressionMatch m = withNrk.match(line); m.hasMatch()) {
        m_pendingNrk = m.captured(QStringLiteral("nrk"));
        line = m.captured(QStringLiteral("ork"));
    } else if (const QRegularExpressionMatch c = withCode.match(line); c.hasMatch()) {
        m_pendingCode = c.captured(2);
        line = c.captured(1);
    }
    static const QRegularExpression levelPattern(
        whole(PrintedCodes::level() +
              QStringLiteral("(?:\\s*-?\\s*й)?(?:\\s*уров\\w*)?(?:\\s*(?:ОРК|НРК))?")));
    // A unit group's code, or an occupation's; some print a minor group's.
    static const QRegularExpression codePattern(
        whole(QLatin1Char('(') + PrintedCodes::spaced(Classifier::Nkz, 5) + QLatin1Char('|') +
              ClassifierCodes::form(Classifier::Nkz, 4) + QLatin1Char('|') +
              ClassifierCodes::form(Classifier::Nkz, 3) + QLatin1Char(')')));
    if (const QRegularExpressionMatch m = levelPattern.match(line); m.hasMatch()) {
        m_pendingLevel = m;
        return;
    }
    if (const QRegularExpressionMatch m = codePattern.match(line); m.hasMatch()) {
        m_pendingCode = PrintedCodes::tight(m.captured(1));
        return;
    }
    const QString id = m_context.add(m_card, Role::RelatedProfessions, Kind::RelatedProfession);
    m_context.appendText(id, Field::Name, PrintedText::stripQuotes(line), {});
    if (!m_pendingCode.isEmpty()) m_context.setValue(id, Field::NkzOccupationCode, m_pendingCode);
    m_context.setValue(id, Field::NrkLevel, m_pendingNrk);
    m_pendingNrk.clear();
    if (m_pendingLevel.hasMatch()) {
        const QRegularExpressionMatch& m = m_pendingLevel;
        m_context.setValue(id, Field::OrkLevel, PrintedCodes::levelOf(m));
        if (!m.captured(3).isEmpty()) {
            m_context.note(ImportNote::Kind::Mapped, id, Field::OrkLevel,
                           StandardRecognizer::tr("the related profession's ORK level is printed "
                                                  "as the range %1; the lower level %2 is taken "
                                                  "and the range kept in an extra section")
                               .arg(m.captured(0), m.captured(1)));
            m_context.legacy(m.captured(0) + QStringLiteral(" — ") + line,
                             StandardRecognizer::tr("a related profession with a range of levels, "
                                                    "kept as printed"));
        }
    }
    m_pendingCode.clear();
    m_pendingLevel = {};
}

void CardRecognizer::finishLists() {
    const QStringList items = m_items.items();
    m_items = ListItemSplitter();
    if (items.isEmpty() || !m_context.target) return;
    switch (*m_context.target) {
    case StandardLabel::OtherNames:
        for (const QString& item : items)
            m_context.addItem(m_card, Role::OtherNames, item);
        break;
    case StandardLabel::PersonalCompetencies:
        for (const QString& item : items)
            m_context.addItem(m_card, Role::PersonalCompetencies, item);
        break;
    case StandardLabel::Regulations:
        for (const QString& item : items)
            m_context.addItem(m_card, Role::Regulations, item);
        break;
    default:
        m_functions.addList(*m_context.target, items);
        break;
    }
}

void CardRecognizer::finish() {
    finishLists();
    if (m_card.isEmpty()) return;
    if (m_pendingLevel.hasMatch() || !m_pendingCode.isEmpty())
        m_context.unplaced(m_pendingLevel.captured(0) + QLatin1Char(' ') + m_pendingCode);
    m_pendingLevel = {};
    m_pendingCode.clear();
    // The card's name: the profession as printed, or the heading's.
    const DocumentTree& tree = m_context.tree;
    const QString heading = PrintedText::stripQuotes(m_cardHeading);
    const QString name = tree.value(m_card, Field::Name, m_context.language);
    if (name.isEmpty() && !heading.isEmpty()) {
        m_context.appendText(m_card, Field::Name, heading, {});
        m_context.note(ImportNote::Kind::Mapped, m_card, Field::Name,
                       StandardRecognizer::tr("the card's heading gives the profession's name"));
    } else if (!heading.isEmpty() &&
               PrintedText::comparable(heading) != PrintedText::comparable(name)) {
        m_context.legacy(m_cardHeading,
                         StandardRecognizer::tr("the card's heading names it differently from "
                                                "its profession; kept as printed"));
    }
    m_functions.finish(m_card);
    // What the 2023 card has and the source does not: the author's to-do list.
    QStringList missing;
    const auto lacks = [&](const QString& field, const QString& what) {
        const FieldSpec* spec = Schema::kind(Kind::ProfessionCard)->field(field);
        const bool empty = spec && spec->type == FieldType::LocalizedText
                               ? tree.value(m_card, field, m_context.language).isEmpty()
                               : tree.value(m_card, field).isEmpty();
        if (empty) missing << what;
    };
    lacks(Field::NkzOccupationCode, StandardRecognizer::tr("NKZ occupation code"));
    lacks(Field::NrkLevel, StandardRecognizer::tr("NRK level"));
    lacks(Field::WorkExperience, StandardRecognizer::tr("work experience"));
    lacks(Field::NonFormalEducation, StandardRecognizer::tr("non-formal and informal education"));
    lacks(Field::WholeTaskAssessment, StandardRecognizer::tr("the whole-task assessment"));
    if (!missing.isEmpty()) {
        m_context.where = m_cardWhere;
        m_context.note(ImportNote::Kind::Missing, m_card, {},
                       StandardRecognizer::tr("not in the source, for the author to supply: %1")
                           .arg(missing.join(QStringLiteral(", "))));
    }
    m_card.clear();
    m_education.clear();
    m_cardHeading.clear();
}

} // namespace kasibi
