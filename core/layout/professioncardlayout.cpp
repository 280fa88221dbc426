#include "core/layout/professioncardlayout.h"

#include "core/layout/printedlabels.h"
#include "core/model/schema.h"

namespace kasibi {

using Style = LayoutParagraph::Style;

void ProfessionCardLayout::card(const QString& card) {
    const QString number = QString::number(m_out.nextItemNumber()) + QStringLiteral(". ");
    m_out.paragraph(number + m_out.l(label::card).arg(m_out.text(card, Field::Name)),
                    Style::Heading2, card, {}, false, int(number.size()));
    m_out.startTable({28, 24, 48});
    m_out.labelRow(m_out.l(label::nkzGroup), m_out.plain(card, Field::NkzGroupCode), card,
                   Field::NkzGroupCode);
    m_out.labelRow(m_out.l(label::nkzOccupation), m_out.plain(card, Field::NkzOccupationCode), card,
                   Field::NkzOccupationCode);
    m_out.labelRow(m_out.l(label::professionName), m_out.text(card, Field::Name), card,
                   Field::Name);
    m_out.labelRow(m_out.l(label::orkLevel), m_out.plain(card, Field::OrkLevel), card,
                   Field::OrkLevel);
    if (const QString nrk = m_out.plain(card, Field::NrkLevel); !nrk.isEmpty())
        m_out.labelRow(m_out.l(label::nrkLevel), nrk, card, Field::NrkLevel);
    else // not printed when not set: a remark on its absence sits on the ORK level
        m_out.anchorLast(card, Field::NrkLevel);
    m_out.labelRow(m_out.l(label::tariff), m_out.text(card, Field::TariffQualification), card,
                   Field::TariffQualification);
    education(card);
    m_out.labelRow(m_out.l(label::workExperience), m_out.text(card, Field::WorkExperience), card,
                   Field::WorkExperience);
    m_out.labelRow(m_out.l(label::nonFormal), m_out.text(card, Field::NonFormalEducation), card,
                   Field::NonFormalEducation);
    m_out.row();
    m_out.cell();
    m_out.cellParagraph(m_out.l(label::otherNames), Style::CellLabel, card, Role::OtherNames);
    m_out.cell(2);
    m_out.listCell(card, Role::OtherNames);
    m_out.labelRow(m_out.l(label::mainPurpose), m_out.text(card, Field::MainPurpose), card,
                   Field::MainPurpose);
    functions(card);

    if (const QString whole = m_out.text(card, Field::WholeTaskAssessment); !whole.isEmpty())
        m_out.labelRow(m_out.l(label::wholeTask), whole, card, Field::WholeTaskAssessment);
    m_out.row();
    m_out.cell();
    m_out.cellParagraph(m_out.l(label::personal), Style::CellLabel, card,
                        Role::PersonalCompetencies);
    m_out.cell(2);
    m_out.listCell(card, Role::PersonalCompetencies);
    m_out.row();
    m_out.cell();
    m_out.cellParagraph(m_out.l(label::regulations), Style::CellLabel, card, Role::Regulations);
    m_out.cell(2);
    m_out.listCell(card, Role::Regulations);
    relatedProfessions(card);
}

void ProfessionCardLayout::education(const QString& card) {
    const QStringList educations = m_out.children(card, Role::Education);
    if (educations.isEmpty()) {
        m_out.labelRow(m_out.l(label::education), {}, card, Role::Education);
        return;
    }
    bool first = true;
    for (const QString& education : educations) {
        const std::pair<Phrase, const char*> parts[] = {{label::educationLevel, "level"},
                                                        {label::specialty, "specialty"},
                                                        {label::qualification, "qualification"}};
        for (const auto& [partLabel, field] : parts) {
            m_out.row();
            if (first) {
                m_out.cell(1, int(educations.size()) * 3);
                m_out.cellParagraph(m_out.l(label::education), Style::CellLabel, card,
                                    Role::Education);
                first = false;
            }
            m_out.cell();
            m_out.cellParagraph(m_out.l(partLabel), Style::CellLabel);
            m_out.cell();
            m_out.cellParagraph(m_out.text(education, QLatin1String(field)), Style::CellText,
                                education, QLatin1String(field));
        }
    }
}

void ProfessionCardLayout::functions(const QString& card) {
    // Functions are listed and described mandatory first, then additional, numbered once.
    QStringList functions;
    QStringList additionalFunctions;
    for (const QString& function : m_out.children(card, Role::LaborFunctions))
        (m_out.tree().value(function, Field::Kind) == QLatin1String("additional")
             ? additionalFunctions
             : functions)
            << function;
    const int mandatoryCount = int(functions.size());
    functions << additionalFunctions;

    m_out.row();
    m_out.cell(1, additionalFunctions.isEmpty() ? 1 : 2);
    m_out.cellParagraph(m_out.l(label::functionList), Style::CellLabel, card, Role::LaborFunctions);
    for (int part = 0; part < (additionalFunctions.isEmpty() ? 1 : 2); ++part) {
        if (part == 1) m_out.row();
        m_out.cell();
        m_out.cellParagraph(m_out.l(part == 0 ? label::mandatory : label::additional),
                            Style::CellLabel);
        m_out.cell();
        const int from = part == 0 ? 0 : mandatoryCount;
        const int to = part == 0 ? mandatoryCount : int(functions.size());
        for (int i = from; i < to; ++i)
            m_out.cellParagraph(QString::number(i + 1) + QStringLiteral(". ") +
                                    m_out.text(functions[i], Field::Name),
                                Style::CellText);
    }

    for (int i = 0; i < functions.size(); ++i) {
        const QString& function = functions[i];
        const QStringList skills = m_out.children(function, Role::Skills);
        m_out.row();
        m_out.cell(1, skills.isEmpty() ? 1 : int(skills.size()) * 2);
        m_out.cellParagraph(m_out.l(label::function).arg(i + 1) +
                                (i >= mandatoryCount
                                     ? QLatin1Char(' ') + m_out.l(label::additionalMark)
                                     : QString()),
                            Style::CellLabel, function, {});
        // Mandatory or additional is said by the function's number and mark.
        m_out.anchorLast(function, Field::Kind);
        m_out.cellParagraph(m_out.text(function, Field::Name), Style::CellText, function,
                            Field::Name);
        if (skills.isEmpty()) {
            m_out.cell(2);
            m_out.cellParagraph({}, Style::CellText);
        }
        this->skills(skills);
    }
}

void ProfessionCardLayout::skills(const QStringList& skills) {
    for (int j = 0; j < skills.size(); ++j) {
        const QString& skill = skills[j];
        const bool separately =
            m_out.tree().value(skill, Field::SeparatelyRecognizable) == QLatin1String("true");
        if (j > 0) m_out.row();
        m_out.cell(1, 2);
        m_out.cellParagraph(m_out.l(label::skill).arg(j + 1), Style::CellLabel, skill, {});
        // Not marked when it cannot be recognised separately: the skill's label says so.
        if (!separately) m_out.anchorLast(skill, Field::SeparatelyRecognizable);
        m_out.cellParagraph(m_out.text(skill, Field::Name), Style::CellText, skill, Field::Name);
        if (separately)
            m_out.cellParagraph(m_out.l(label::separately), Style::CellText, skill,
                                Field::SeparatelyRecognizable);
        m_out.cell();
        m_out.cellParagraph(m_out.l(label::abilities), Style::CellLabel, skill, Role::Abilities);
        m_out.listCell(skill, Role::Abilities);
        m_out.row();
        m_out.cell();
        m_out.cellParagraph(m_out.l(label::knowledge), Style::CellLabel, skill, Role::Knowledge);
        m_out.listCell(skill, Role::Knowledge);
    }
}

void ProfessionCardLayout::relatedProfessions(const QString& card) {
    const QStringList related = m_out.children(card, Role::RelatedProfessions);
    m_out.row();
    m_out.cell(1, 1 + int(related.size()));
    m_out.cellParagraph(m_out.l(label::related), Style::CellLabel, card, Role::RelatedProfessions);
    m_out.cell();
    m_out.cellParagraph(m_out.l(label::relatedLevel), Style::CellLabel);
    m_out.cell();
    m_out.cellParagraph(m_out.l(label::relatedName), Style::CellLabel);
    for (const QString& profession : related) {
        m_out.row();
        m_out.cell();
        const QString ork = m_out.plain(profession, Field::OrkLevel);
        const QString nrk = m_out.plain(profession, Field::NrkLevel);
        m_out.cellParagraph(nrk.isEmpty() ? ork
                                          : ork + QStringLiteral(" (") + nrk + QLatin1Char(')'),
                            Style::CellText);
        m_out.anchorLast(profession, {});
        m_out.anchorPart(profession, Field::OrkLevel, ork);
        m_out.anchorPart(profession, Field::NrkLevel, nrk, int(ork.size()));
        m_out.cell();
        const QString name = m_out.text(profession, Field::Name);
        const QString nkz = m_out.plain(profession, Field::NkzOccupationCode);
        m_out.cellParagraph(
            name + (nkz.isEmpty() ? QString() : QStringLiteral(" (") + nkz + QLatin1Char(')')),
            Style::CellText);
        m_out.anchorPart(profession, Field::Name, name);
        m_out.anchorPart(profession, Field::NkzOccupationCode, nkz, int(name.size()));
    }
}

} // namespace kasibi
