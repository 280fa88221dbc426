#include "core/import/laborfunctionrecognizer.h"

#include "core/import/printedtext.h"
#include "core/import/standardrecognizer.h"
#include "core/layout/printedlabels.h"
#include "core/model/schema.h"

namespace kasibi {

bool LaborFunctionRecognizer::begin(const LabelVariants::Match& match, const QString& card) {
    using L = StandardLabel;
    const L label = match.label;
    switch (label) {
    case L::LaborFunctions:
        m_listKind.clear();
        m_context.target = L::LaborFunctions;
        return true;
    case L::MandatoryFunctions:
        m_listKind = QStringLiteral("mandatory");
        m_context.target = L::LaborFunctions;
        return true;
    case L::AdditionalFunctions:
        m_listKind = QStringLiteral("additional");
        m_context.target = L::LaborFunctions;
        return true;
    case L::LaborFunction:
        m_function = m_context.add(card, Role::LaborFunctions, Kind::LaborFunction);
        m_skill.clear();
        m_context.target = L::LaborFunction;
        // Kasibi's layout marks an additional function after its number.
        if (PrintedText::isMark(match.rest, label::additionalMark)) {
            m_additional.insert(m_function);
            m_context.restTaken = true;
        }
        return true;
    case L::Skill:
        if (m_function.isEmpty()) startFunction(card);
        m_skill = m_context.add(m_function, Role::Skills, Kind::Skill);
        m_context.target = L::Skill;
        // Kasibi's layout prints «(может быть признан отдельно)» for the skills that can:
        // under its label, no mark means no.
        if (QString(match.variant).replace(QLatin1Char('#'), QLatin1String("%1")) + ':' ==
            label::skill.in(match.language))
            m_context.tree.setValue(m_skill, Field::SeparatelyRecognizable,
                                    QStringLiteral("false"));
        if (match.variant.startsWith(QStringLiteral("Задача")) && !m_taskNoted) {
            m_taskNoted = true;
            m_context.note(ImportNote::Kind::Mapped, m_skill, Field::Name,
                           StandardRecognizer::tr("a «Задача» (task) of the older template is "
                                                  "taken as a skill of its labour function"));
        }
        return true;
    case L::Abilities:
    case L::AbilitiesAndSkills:
    case L::Knowledge:
        ensureSkill(card);
        if (label == L::AbilitiesAndSkills && !m_abilitiesAndSkillsNoted) {
            m_abilitiesAndSkillsNoted = true;
            m_context.note(ImportNote::Kind::Mapped, m_skill, Role::Abilities,
                           StandardRecognizer::tr("«Умения и навыки» (abilities and skills) of "
                                                  "the older template are taken as abilities"));
        }
        m_context.target = label == L::Knowledge ? L::Knowledge : L::Abilities;
        return true;
    default:
        return false;
    }
}

void LaborFunctionRecognizer::startFunction(const QString& card) {
    m_function = m_context.add(card, Role::LaborFunctions, Kind::LaborFunction);
    m_context.note(ImportNote::Kind::Mapped, m_function, {},
                   StandardRecognizer::tr("skills printed without a labour function above them: "
                                          "a labour function without a name holds them"));
}

void LaborFunctionRecognizer::ensureSkill(const QString& card) {
    if (m_function.isEmpty()) startFunction(card);
    if (!m_skill.isEmpty()) return;
    m_skill = m_context.add(m_function, Role::Skills, Kind::Skill);
    if (!m_implicitSkillNoted) {
        m_implicitSkillNoted = true;
        m_context.note(ImportNote::Kind::Mapped, m_skill, Field::Name,
                       StandardRecognizer::tr("the older template prints no skills: the "
                                              "abilities and knowledge of each labour function "
                                              "are put into one skill without a name, for the "
                                              "author to name and split"));
    }
}

bool LaborFunctionRecognizer::fill(const QString& line) {
    switch (*m_context.target) {
    case StandardLabel::LaborFunction:
        m_context.appendText(m_function, Field::Name, ListItemSplitter::withoutMarker(line),
                             QStringLiteral(" "));
        return true;
    case StandardLabel::Skill:
        if (PrintedText::isMark(line, label::separately))
            m_context.tree.setValue(m_skill, Field::SeparatelyRecognizable, QStringLiteral("true"));
        else
            m_context.appendText(m_skill, Field::Name, ListItemSplitter::withoutMarker(line),
                                 QStringLiteral(" "));
        return true;
    default:
        return false;
    }
}

void LaborFunctionRecognizer::addList(StandardLabel target, const QStringList& items) {
    switch (target) {
    case StandardLabel::LaborFunctions:
        for (const QString& item : items)
            m_functionList << ListEntry{item, m_listKind, m_context.where};
        break;
    case StandardLabel::Abilities:
        for (const QString& item : items)
            m_context.addItem(m_skill, Role::Abilities, item);
        break;
    case StandardLabel::Knowledge:
        for (const QString& item : items)
            m_context.addItem(m_skill, Role::Knowledge, item);
        break;
    default:
        break;
    }
}

void LaborFunctionRecognizer::finish(const QString& card) {
    DocumentTree& tree = m_context.tree;
    // The kinds from the list printed above the functions' blocks, by position.
    const QStringList functions = tree.children(card, Role::LaborFunctions);
    bool kindGuessed = false;
    for (int i = 0; i < functions.size(); ++i) {
        const QString& id = functions[i];
        const ListEntry entry = i < m_functionList.size() ? m_functionList[i] : ListEntry{};
        // Kasibi's layout marks the additional ones; the older templates list them.
        QString kind = m_additional.contains(id) ? QStringLiteral("additional") : entry.kind;
        if (kind.isEmpty() && !m_additional.isEmpty()) kind = QStringLiteral("mandatory");
        if (kind.isEmpty()) {
            kind = QStringLiteral("mandatory");
            kindGuessed = true;
        }
        tree.setValue(id, Field::Kind, kind);
        const QString blockName = tree.value(id, Field::Name, m_context.language);
        if (blockName.isEmpty() && !entry.name.isEmpty()) {
            m_context.appendText(id, Field::Name, entry.name, {});
        } else if (!entry.name.isEmpty() &&
                   PrintedText::comparable(entry.name) != PrintedText::comparable(blockName)) {
            m_context.where = entry.where;
            m_context.legacy(entry.name,
                             StandardRecognizer::tr("the labour function is named differently in "
                                                    "the card's list; the name above its skills "
                                                    "is taken"));
        }
    }
    if (kindGuessed)
        m_context.note(ImportNote::Kind::Mapped, card, Role::LaborFunctions,
                       StandardRecognizer::tr("the older template does not say which labour "
                                              "functions are mandatory and which additional: all "
                                              "are taken as mandatory"));
    // Functions listed but printed without a block of skills.
    for (int i = int(functions.size()); i < m_functionList.size(); ++i) {
        const ListEntry& entry = m_functionList[i];
        const QString id = m_context.add(card, Role::LaborFunctions, Kind::LaborFunction);
        tree.setValue(id, Field::Kind,
                      entry.kind.isEmpty() ? QStringLiteral("mandatory") : entry.kind);
        m_context.appendText(id, Field::Name, entry.name, {});
        m_context.where = entry.where;
        m_context.note(ImportNote::Kind::Missing, id, Role::Skills,
                       StandardRecognizer::tr("the labour function is listed but printed without "
                                              "skills"));
    }
    m_function.clear();
    m_skill.clear();
    m_functionList.clear();
    m_additional.clear();
}

} // namespace kasibi
