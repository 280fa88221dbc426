#include "core/layout/standardlayout.h"

#include "core/layout/printedlabels.h"

#include "core/model/printedwording.h"

#include "core/model/schema.h"
#include "core/validation/criterion.h"

#include <algorithm>
#include <QDate>
#include <QDateTime>
#include <QHash>
#include <QTime>

namespace kasibi {

namespace {

using Style = LayoutParagraph::Style;

// The printed wording, Russian as in the Rules (Appendix 1 and 3), Kazakh in the official
// terminology the sample standard uses (кәсіптік стандарт, ЭҚЖЖ, ҰКЖ, СБШ, ҰБШ, БТБА).
using Label = PrintedWording;

// A comment's time as the comments dock shows it, in the machine's local time, with the offset
// from UTC so that a reader in another zone can place it.
QString commentTime(const QDateTime& time) {
    const QDateTime local = time.toLocalTime();
    const int offset = local.offsetFromUtc();
    return local.toString(QStringLiteral("dd.MM.yyyy HH:mm")) + QStringLiteral(" UTC") +
           (offset < 0 ? QLatin1Char('-') : QLatin1Char('+')) +
           QTime(0, 0).addSecs(qAbs(offset)).toString(QStringLiteral("HH:mm"));
}

QString formatDate(const QString& iso) {
    const QDate date = QDate::fromString(iso, Qt::ISODate);
    return date.isValid() ? date.toString(QStringLiteral("dd.MM.yyyy")) : iso;
}

// Builds one layout. Comments are anchored on the text of the element (and field) they point
// at; the places are remembered while building and the comments placed at the end.
class Builder {
public:
    Builder(const DocumentTree& tree, const QString& language)
        : m_tree(tree), m_language(language == QLatin1String("kk") ? QStringLiteral("kk")
                                                                   : QStringLiteral("ru")) {
        m_layout.language = m_language;
    }

    StandardLayout standard(bool withComments);
    StandardLayout conclusion();

private:
    struct Place {
        int block = -1;
        int row = -1; // -1: a paragraph block
        int cell = -1;
        int paragraph = -1;
        // The commented part of the paragraph's text: from `from`, `length` characters (-1: to
        // the end). The label in front of a value is not part of it.
        int from = 0;
        int length = -1;
        int sequence = 0; // order in the document
    };

    QString l(const Label& label) const { return label.in(m_language); }
    QString text(const QString& id, const QString& field) const {
        return StandardLayout::cleanText(m_tree.value(id, field, m_language).trimmed());
    }
    QString plain(const QString& id, const QString& field) const {
        return StandardLayout::cleanText(m_tree.value(id, field).trimmed());
    }
    QStringList children(const QString& id, const QString& role) const {
        return m_tree.children(id, role);
    }
    QString chapterHeading(int number, const QString& name) const {
        return l(label::chapter).arg(number).arg(name);
    }

    void anchor(const QString& id, const QString& field, Place place);
    void mark(const QString& id, const QString& field, const Place& place);
    // Anchors the comments on (id, field) on the paragraph put last, from `from` on.
    void anchorLast(const QString& id, const QString& field, int from = 0, int length = -1) {
        if (id.isEmpty()) return;
        Place place = m_last;
        place.from = from;
        place.length = length;
        anchor(id, field, place);
    }
    // Anchors on the part of the last paragraph that is `part`, found from `after` on.
    void anchorPart(const QString& id, const QString& field, const QString& part, int after = 0);
    // `from`: where the printed value begins, after its label.
    void paragraph(const QString& text, Style style, const QString& id = {},
                   const QString& field = {}, bool pageBreak = false, int from = 0);
    // Returns where `text` begins in the printed item.
    int item(const QString& text, const QString& id = {}, const QString& field = {}, int from = 0) {
        const QString number = QString::number(++m_item) + QStringLiteral(". ");
        paragraph(number + text, Style::Body, id, field, false, int(number.size()) + from);
        return int(number.size());
    }
    // A numbered item "Label: value", the comments on the field on its value.
    void labelledItem(const QString& label, const QString& value, const QString& id,
                      const QString& field) {
        item(label + QLatin1Char(' ') + value, id, field, int(label.size()) + 1);
    }
    void startTable(const QVector<int>& percents);
    void row(bool header = false);
    void cell(int columnSpan = 1, int rowSpan = 1);
    void cellParagraph(const QString& text, Style style, const QString& id = {},
                       const QString& field = {}, int from = 0);
    // A row whose label spans one column and whose value spans the other two.
    void labelRow(const QString& label, const QString& value, const QString& id,
                  const QString& field);
    void listCell(const QString& owner, const QString& role);

    void approvalHeader(const QString& standard);
    void generalProvisions(const QString& standard);
    void passport(const QString& standard);
    void professionCard(const QString& card);
    void technicalData(const QString& standard);
    void organization(const QString& organization);
    void extraSections(const QString& standard);
    void placeComments();

    const DocumentTree& m_tree;
    QString m_language;
    StandardLayout m_layout;
    int m_item = 0;
    int m_sequence = 0;
    QHash<QString, Place> m_exact;   // "id\nfield" -> first place of that text
    QHash<QString, Place> m_element; // id -> first place of any text of the element
    Place m_last;                    // the paragraph put last, whole
};

void Builder::anchor(const QString& id, const QString& field, Place place) {
    if (id.isEmpty()) return;
    m_layout.anchors << LayoutAnchor{id,         field,           place.block, place.row,
                                     place.cell, place.paragraph, place.from,  place.length};
    place.sequence = ++m_sequence;
    const QString key = id + QLatin1Char('\n') + field;
    if (!m_exact.contains(key)) {
        m_exact.insert(key, place);
        mark(id, field, place);
    }
    // The element as a whole is its first paragraph, whole.
    place.from = 0;
    place.length = -1;
    if (!m_element.contains(id)) m_element.insert(id, place);
}

void Builder::mark(const QString& id, const QString& field, const Place& place) {
    if (place.block < 0) return;
    LayoutBlock& block = m_layout.blocks[place.block];
    LayoutParagraph& paragraph =
        place.row < 0 ? block.paragraph
                      : block.table.rows[place.row].cells[place.cell].paragraphs[place.paragraph];
    const int size = int(paragraph.text.size());
    const int from = std::clamp(place.from, 0, size);
    const int length = place.length < 0 ? size - from : std::min(place.length, size - from);
    // Nothing printed, or the same text as a mark already there (an item's text and the item).
    for (const LayoutMark& other : paragraph.marks)
        if (other.from == from && other.length == length) return;
    if (length > 0) paragraph.marks << LayoutMark{id, field, from, length};
}

void Builder::anchorPart(const QString& id, const QString& field, const QString& part, int after) {
    const LayoutBlock& block = m_layout.blocks[m_last.block];
    const QString& text =
        m_last.row < 0
            ? block.paragraph.text
            : block.table.rows[m_last.row].cells[m_last.cell].paragraphs[m_last.paragraph].text;
    const int at = part.isEmpty() ? -1 : int(text.indexOf(part, after));
    if (at < 0)
        anchorLast(id, field);
    else
        anchorLast(id, field, at, int(part.size()));
}

void Builder::paragraph(const QString& text, Style style, const QString& id, const QString& field,
                        bool pageBreak, int from) {
    LayoutBlock block;
    block.paragraph.text = text;
    block.paragraph.style = style;
    block.paragraph.pageBreakBefore = pageBreak;
    m_layout.blocks << block;
    m_last = Place{int(m_layout.blocks.size()) - 1};
    anchorLast(id, field, from);
}

void Builder::startTable(const QVector<int>& percents) {
    LayoutBlock block;
    block.type = LayoutBlock::Type::Table;
    block.table.columnPercents = percents;
    m_layout.blocks << block;
}

void Builder::row(bool header) {
    LayoutRow row;
    row.header = header;
    m_layout.blocks.last().table.rows << row;
}

void Builder::cell(int columnSpan, int rowSpan) {
    LayoutCell cell;
    cell.columnSpan = columnSpan;
    cell.rowSpan = rowSpan;
    m_layout.blocks.last().table.rows.last().cells << cell;
}

void Builder::cellParagraph(const QString& text, Style style, const QString& id,
                            const QString& field, int from) {
    LayoutTable& table = m_layout.blocks.last().table;
    LayoutCell& cell = table.rows.last().cells.last();
    LayoutParagraph paragraph;
    paragraph.text = text;
    paragraph.style = style;
    cell.paragraphs << paragraph;
    m_last = Place{int(m_layout.blocks.size()) - 1, int(table.rows.size()) - 1,
                   int(table.rows.last().cells.size()) - 1, int(cell.paragraphs.size()) - 1};
    anchorLast(id, field, from);
}

void Builder::labelRow(const QString& label, const QString& value, const QString& id,
                       const QString& field) {
    row();
    cell();
    // An empty value has no text to carry a comment: its label does.
    cellParagraph(label, Style::CellLabel, value.isEmpty() ? id : QString(), field);
    cell(2);
    cellParagraph(value, Style::CellText, value.isEmpty() ? QString() : id, field);
}

void Builder::listCell(const QString& owner, const QString& role) {
    int number = 0;
    for (const QString& item : children(owner, role)) {
        const QString prefix = QString::number(++number) + QStringLiteral(") ");
        cellParagraph(prefix + text(item, Schema::TextItemField), Style::CellText, item,
                      Schema::TextItemField, int(prefix.size()));
        // The item as a whole is its text too, not its number.
        anchorLast(item, {}, int(prefix.size()));
    }
}

void Builder::generalProvisions(const QString& standard) {
    paragraph(chapterHeading(1, l(label::generalProvisions)), Style::Heading1, standard,
              QStringLiteral("generalProvisions"));
    // Item 1 carries its label, as the official template prints it, even before it is written.
    labelledItem(l(label::scope), text(standard, Field::Scope), standard, Field::Scope);

    const QStringList terms = children(standard, Role::Terms);
    if (!terms.isEmpty()) {
        item(l(label::terms), standard, Role::Terms);
        for (int i = 0; i < terms.size(); ++i) {
            const QString prefix = QString::number(i + 1) + QStringLiteral(") ");
            const QString term = text(terms[i], Field::Term);
            const QString definition = text(terms[i], Field::Definition);
            paragraph(prefix + term + QStringLiteral(" – ") + definition +
                          (i + 1 == terms.size() ? QStringLiteral(".") : QStringLiteral(";")),
                      Style::Body);
            anchorLast(terms[i], {});
            anchorPart(terms[i], Field::Term, term, int(prefix.size()));
            anchorPart(terms[i], Field::Definition, definition, int(prefix.size() + term.size()));
        }
    }
    const QStringList abbreviations = children(standard, Role::Abbreviations);
    if (!abbreviations.isEmpty()) {
        item(l(label::abbreviations), standard, Role::Abbreviations);
        for (const QString& abbreviation : abbreviations) {
            const QString shortForm = text(abbreviation, Field::Abbreviation);
            const QString expansion = text(abbreviation, Field::Expansion);
            paragraph(shortForm + QStringLiteral(" – ") + expansion, Style::Body);
            anchorLast(abbreviation, {});
            anchorPart(abbreviation, Field::Abbreviation, shortForm);
            anchorPart(abbreviation, Field::Expansion, expansion, int(shortForm.size()));
        }
    }
}

void Builder::passport(const QString& standard) {
    paragraph(chapterHeading(2, l(label::passport)), Style::Heading1, standard,
              QStringLiteral("passport"));
    labelledItem(l(label::name), text(standard, Field::StandardName), standard,
                 Field::StandardName);
    labelledItem(l(label::code), StandardLayout::cleanText(m_tree.standardCode()), standard,
                 Field::SerialNumber);
    item(l(label::oked), standard, QStringLiteral("passport/oked"));
    const std::pair<const char*, Label> levels[] = {{"section", label::okedSection},
                                                    {"division", label::okedDivision},
                                                    {"group", label::okedGroup},
                                                    {"class", label::okedClass},
                                                    {"subclass", label::okedSubclass}};
    for (const auto& [level, levelLabel] : levels) {
        const QString prefix = QStringLiteral("passport/oked/") + QLatin1String(level);
        const QString code = plain(standard, prefix + QStringLiteral("/code"));
        const QString name = text(standard, prefix + QStringLiteral("/name"));
        if (code.isEmpty() && name.isEmpty()) continue;
        // The level and its code («Подкласс 07.10.2») carry a comment on the code.
        const QString levelAndCode = l(levelLabel) + QLatin1Char(' ') + code;
        paragraph(levelAndCode + QStringLiteral(" – ") + name, Style::Body, standard, prefix);
        anchorLast(standard, prefix + QStringLiteral("/code"), 0, int(levelAndCode.size()));
        anchorPart(standard, prefix + QStringLiteral("/name"), name, int(levelAndCode.size()));
    }
    labelledItem(l(label::description), text(standard, Field::Description), standard,
                 Field::Description);
    // The list is derived from the cards, so it can never disagree with chapter 3.
    item(l(label::cardList));
    int number = 0;
    for (const QString& card : children(standard, Role::ProfessionCards)) {
        const QString code = plain(card, Field::NkzOccupationCode);
        const QString name = text(card, Field::Name);
        paragraph(QString::number(++number) + QStringLiteral(") ") +
                      l(label::cardListEntry)
                          .arg((code.isEmpty() ? name : code + QLatin1Char(' ') + name),
                               plain(card, Field::OrkLevel)),
                  Style::Body);
    }
}

void Builder::approvalHeader(const QString& standard) {
    const QString issuer = text(standard, Field::ApprovalIssuer);
    const QString number = plain(standard, Field::ApprovalOrderNumber);
    const QString appendix = plain(standard, Field::ApprovalAppendixNumber);
    const QDate date = QDate::fromString(plain(standard, Field::ApprovalOrderDate), Qt::ISODate);
    if (issuer.isEmpty() && number.isEmpty() && appendix.isEmpty() && !date.isValid()) return;
    const QString numbered = number.isEmpty() ? QString() : l(label::numberSign).arg(number);
    const QString appendixNumbered =
        appendix.isEmpty() ? QString() : l(label::numberSign).arg(appendix);
    const QString dated = date.isValid() ? l(label::orderDate)
                                               .arg(date.day())
                                               .arg(l(label::orderMonths[date.month() - 1]))
                                               .arg(date.year())
                                         : QString();
    // An empty part leaves its line shorter; a line with nothing left of the formula is dropped.
    QStringList lines;
    for (const QString& line :
         l(label::approval).arg(appendixNumbered, issuer, dated, numbered).split(QLatin1Char('\n')))
        if (const QString simple = line.simplified(); !simple.isEmpty()) lines << simple;
    const QString header = lines.join(QLatin1Char('\n'));
    paragraph(header, Style::Right, standard, QStringLiteral("approval"));
    anchorPart(standard, Field::ApprovalIssuer, issuer);
    anchorPart(standard, Field::ApprovalOrderDate, dated);
    if (const int at = int(header.indexOf(numbered)); !number.isEmpty() && at >= 0)
        anchorLast(standard, Field::ApprovalOrderNumber, at, int(numbered.size()));
    if (const int at = int(header.indexOf(appendixNumbered)); !appendix.isEmpty() && at >= 0)
        anchorLast(standard, Field::ApprovalAppendixNumber, at, int(appendixNumbered.size()));
}

void Builder::professionCard(const QString& card) {
    const QString number = QString::number(++m_item) + QStringLiteral(". ");
    paragraph(number + l(label::card).arg(text(card, Field::Name)), Style::Heading2, card, {},
              false, int(number.size()));
    startTable({28, 24, 48});
    labelRow(l(label::nkzGroup), plain(card, Field::NkzGroupCode), card, Field::NkzGroupCode);
    labelRow(l(label::nkzOccupation), plain(card, Field::NkzOccupationCode), card,
             Field::NkzOccupationCode);
    labelRow(l(label::professionName), text(card, Field::Name), card, Field::Name);
    labelRow(l(label::orkLevel), plain(card, Field::OrkLevel), card, Field::OrkLevel);
    if (const QString nrk = plain(card, Field::NrkLevel); !nrk.isEmpty())
        labelRow(l(label::nrkLevel), nrk, card, Field::NrkLevel);
    else // not printed when not set: a remark on its absence sits on the ORK level
        anchorLast(card, Field::NrkLevel);
    labelRow(l(label::tariff), text(card, Field::TariffQualification), card,
             Field::TariffQualification);

    const QStringList educations = children(card, Role::Education);
    if (educations.isEmpty()) {
        labelRow(l(label::education), {}, card, Role::Education);
    } else {
        bool first = true;
        for (const QString& education : educations) {
            const std::pair<Label, const char*> parts[] = {{label::educationLevel, "level"},
                                                           {label::specialty, "specialty"},
                                                           {label::qualification, "qualification"}};
            for (const auto& [partLabel, field] : parts) {
                row();
                if (first) {
                    cell(1, int(educations.size()) * 3);
                    cellParagraph(l(label::education), Style::CellLabel, card, Role::Education);
                    first = false;
                }
                cell();
                cellParagraph(l(partLabel), Style::CellLabel);
                cell();
                cellParagraph(text(education, QLatin1String(field)), Style::CellText, education,
                              QLatin1String(field));
            }
        }
    }
    labelRow(l(label::workExperience), text(card, Field::WorkExperience), card,
             Field::WorkExperience);
    labelRow(l(label::nonFormal), text(card, Field::NonFormalEducation), card,
             Field::NonFormalEducation);
    row();
    cell();
    cellParagraph(l(label::otherNames), Style::CellLabel, card, Role::OtherNames);
    cell(2);
    listCell(card, Role::OtherNames);
    labelRow(l(label::mainPurpose), text(card, Field::MainPurpose), card, Field::MainPurpose);

    // Functions are listed and described mandatory first, then additional, numbered once.
    QStringList functions;
    QStringList additionalFunctions;
    for (const QString& function : children(card, Role::LaborFunctions))
        (m_tree.value(function, Field::Kind) == QLatin1String("additional") ? additionalFunctions
                                                                            : functions)
            << function;
    const int mandatoryCount = int(functions.size());
    functions << additionalFunctions;

    row();
    cell(1, additionalFunctions.isEmpty() ? 1 : 2);
    cellParagraph(l(label::functionList), Style::CellLabel, card, Role::LaborFunctions);
    for (int part = 0; part < (additionalFunctions.isEmpty() ? 1 : 2); ++part) {
        if (part == 1) row();
        cell();
        cellParagraph(l(part == 0 ? label::mandatory : label::additional), Style::CellLabel);
        cell();
        const int from = part == 0 ? 0 : mandatoryCount;
        const int to = part == 0 ? mandatoryCount : int(functions.size());
        for (int i = from; i < to; ++i)
            cellParagraph(QString::number(i + 1) + QStringLiteral(". ") +
                              text(functions[i], Field::Name),
                          Style::CellText);
    }

    for (int i = 0; i < functions.size(); ++i) {
        const QString& function = functions[i];
        const QStringList skills = children(function, Role::Skills);
        row();
        cell(1, skills.isEmpty() ? 1 : int(skills.size()) * 2);
        cellParagraph(
            l(label::function).arg(i + 1) +
                (i >= mandatoryCount ? QLatin1Char(' ') + l(label::additionalMark) : QString()),
            Style::CellLabel, function, {});
        // Mandatory or additional is said by the function's number and mark.
        anchorLast(function, Field::Kind);
        cellParagraph(text(function, Field::Name), Style::CellText, function, Field::Name);
        if (skills.isEmpty()) {
            cell(2);
            cellParagraph({}, Style::CellText);
        }
        for (int j = 0; j < skills.size(); ++j) {
            const QString& skill = skills[j];
            if (j > 0) row();
            cell(1, 2);
            cellParagraph(l(label::skill).arg(j + 1), Style::CellLabel, skill, {});
            // Not marked when it cannot be recognised separately: the skill's label says so.
            if (m_tree.value(skill, Field::SeparatelyRecognizable) != QLatin1String("true"))
                anchorLast(skill, Field::SeparatelyRecognizable);
            cellParagraph(text(skill, Field::Name), Style::CellText, skill, Field::Name);
            if (m_tree.value(skill, Field::SeparatelyRecognizable) == QLatin1String("true"))
                cellParagraph(l(label::separately), Style::CellText, skill,
                              Field::SeparatelyRecognizable);
            cell();
            cellParagraph(l(label::abilities), Style::CellLabel, skill, Role::Abilities);
            listCell(skill, Role::Abilities);
            row();
            cell();
            cellParagraph(l(label::knowledge), Style::CellLabel, skill, Role::Knowledge);
            listCell(skill, Role::Knowledge);
        }
    }

    if (const QString whole = text(card, Field::WholeTaskAssessment); !whole.isEmpty())
        labelRow(l(label::wholeTask), whole, card, Field::WholeTaskAssessment);
    row();
    cell();
    cellParagraph(l(label::personal), Style::CellLabel, card, Role::PersonalCompetencies);
    cell(2);
    listCell(card, Role::PersonalCompetencies);
    row();
    cell();
    cellParagraph(l(label::regulations), Style::CellLabel, card, Role::Regulations);
    cell(2);
    listCell(card, Role::Regulations);

    const QStringList related = children(card, Role::RelatedProfessions);
    row();
    cell(1, 1 + int(related.size()));
    cellParagraph(l(label::related), Style::CellLabel, card, Role::RelatedProfessions);
    cell();
    cellParagraph(l(label::relatedLevel), Style::CellLabel);
    cell();
    cellParagraph(l(label::relatedName), Style::CellLabel);
    for (const QString& profession : related) {
        row();
        cell();
        const QString ork = plain(profession, Field::OrkLevel);
        const QString nrk = plain(profession, Field::NrkLevel);
        cellParagraph(nrk.isEmpty() ? ork : ork + QStringLiteral(" (") + nrk + QLatin1Char(')'),
                      Style::CellText);
        anchorLast(profession, {});
        anchorPart(profession, Field::OrkLevel, ork);
        anchorPart(profession, Field::NrkLevel, nrk, int(ork.size()));
        cell();
        const QString name = text(profession, Field::Name);
        const QString nkz = plain(profession, Field::NkzOccupationCode);
        cellParagraph(
            name + (nkz.isEmpty() ? QString() : QStringLiteral(" (") + nkz + QLatin1Char(')')),
            Style::CellText);
        anchorPart(profession, Field::Name, name);
        anchorPart(profession, Field::NkzOccupationCode, nkz, int(name.size()));
    }
}

void Builder::organization(const QString& organization) {
    paragraph(text(organization, Field::Name), Style::Item, organization, Field::Name);
    QStringList who;
    if (const QString name = plain(organization, Field::ContactFullName); !name.isEmpty())
        who << name;
    if (const QString position = text(organization, Field::ContactPosition); !position.isEmpty())
        who << position;
    if (!who.isEmpty()) {
        const QString line = l(label::contact).arg(who.join(QStringLiteral(", ")));
        paragraph(line, Style::Item, organization, QStringLiteral("contact"));
        const int whoFrom = int(line.indexOf(who.join(QStringLiteral(", "))));
        anchorPart(organization, Field::ContactFullName,
                   plain(organization, Field::ContactFullName), whoFrom);
        anchorPart(organization, Field::ContactPosition, text(organization, Field::ContactPosition),
                   whoFrom);
    }
    if (const QString email = plain(organization, Field::ContactEmail); !email.isEmpty()) {
        paragraph(l(label::email).arg(email), Style::Item);
        anchorPart(organization, Field::ContactEmail, email);
    }
    if (const QString phone = plain(organization, Field::ContactPhone); !phone.isEmpty()) {
        paragraph(l(label::phone).arg(phone), Style::Item);
        anchorPart(organization, Field::ContactPhone, phone);
    }
}

void Builder::technicalData(const QString& standard) {
    paragraph(chapterHeading(4, l(label::technicalData)), Style::Heading1, standard,
              QStringLiteral("technicalData"));
    const QStringList stateBody = children(standard, Role::StateBody);
    item(l(label::stateBody), standard, Role::StateBody);
    for (const QString& organizationId : stateBody)
        organization(organizationId);

    const QStringList developers = children(standard, Role::Developers);
    if (!developers.isEmpty()) {
        item(l(label::developers), standard, Role::Developers);
        for (const QString& developer : developers)
            organization(developer);
    }

    const QString council = text(standard, Field::CouncilName);
    const QString number = plain(standard, Field::CouncilProtocolNumber);
    const QString date = formatDate(plain(standard, Field::CouncilProtocolDate));
    item(l(label::sectoralCouncil), standard, QStringLiteral("technicalData/sectoralCouncil"));
    if (!council.isEmpty()) paragraph(council, Style::Item, standard, Field::CouncilName);
    if (!number.isEmpty() || !date.isEmpty()) {
        const QString protocol = !number.isEmpty() && !date.isEmpty()
                                     ? l(label::protocol).arg(number, date)
                                 : !number.isEmpty() ? l(label::protocolNumber).arg(number)
                                                     : l(label::protocolDate).arg(date);
        paragraph(protocol, Style::Item);
        // The number is found with its sign: in Kazakh the date, which may hold the same
        // digits, comes first.
        const QString numbered = QStringLiteral("№ ") + number;
        if (const int at = int(protocol.indexOf(numbered)); !number.isEmpty() && at >= 0)
            anchorLast(standard, Field::CouncilProtocolNumber, at + 2, int(number.size()));
        else
            anchorLast(standard, Field::CouncilProtocolNumber);
        anchorPart(standard, Field::CouncilProtocolDate, date);
    }
    labelledItem(l(label::nationalBody),
                 formatDate(plain(standard, Field::NationalBodyConclusionDate)), standard,
                 Field::NationalBodyConclusionDate);
    labelledItem(l(label::atameken), formatDate(plain(standard, Field::AtamekenRecommendationDate)),
                 standard, Field::AtamekenRecommendationDate);
    const QString versionNumber = plain(standard, Field::Version);
    const QString releaseYear = plain(standard, Field::ReleaseYear);
    QStringList version{versionNumber, releaseYear};
    version.removeAll(QString());
    const QString versionLead = l(label::version) + QLatin1Char(' ');
    item(versionLead + version.join(QStringLiteral(", ")));
    anchorPart(standard, Field::Version, versionNumber, int(versionLead.size()));
    anchorPart(standard, Field::ReleaseYear, releaseYear,
               int(versionLead.size() + versionNumber.size()));
    labelledItem(l(label::plannedUpdate), formatDate(plain(standard, Field::PlannedUpdateDate)),
                 standard, Field::PlannedUpdateDate);
}

void Builder::extraSections(const QString& standard) {
    int chapter = 4;
    int appendix = 0;
    const QString standardName = text(standard, Field::StandardName);
    for (const QString& section : children(standard, Role::ExtraSections)) {
        const bool isAppendix = m_tree.value(section, Field::Kind) == QLatin1String("appendix");
        const QString title = text(section, Field::Title);
        if (isAppendix) {
            paragraph(l(label::appendix).arg(++appendix).arg(standardName), Style::Right, section,
                      {}, true);
            anchorLast(standard, Role::ExtraSections);
            paragraph(title, Style::Heading1, section, Field::Title);
        } else {
            const QString heading = chapterHeading(++chapter, title);
            paragraph(heading, Style::Heading1, section, {}, true);
            anchorLast(standard, Role::ExtraSections);
            anchorLast(section, Field::Title, int(heading.size() - title.size()));
        }
        for (const QString& item : children(section, Role::Paragraphs)) {
            const QString body = text(item, Schema::TextItemField);
            if (isAppendix) {
                paragraph(body, Style::Body, item, Schema::TextItemField);
            } else {
                anchorLast(item, {}, this->item(body, item, Schema::TextItemField));
            }
        }
    }
}

void Builder::placeComments() {
    struct Placed {
        QString id;
        int original = 0;
        Place place;
        int threadOrder = 0; // original index of the thread's first comment
        bool reply = false;
    };
    const QStringList ids = children(m_tree.rootId, Role::Comments);
    QHash<QString, int> indexOf;
    for (int i = 0; i < ids.size(); ++i)
        indexOf.insert(ids[i], i);

    auto placeOf = [&](QString target, QString field) -> std::optional<Place> {
        // A field not printed by itself is printed with the group that holds it
        // ("passport/oked/section" for "passport/oked/section/code", then "passport/oked").
        for (;;) {
            if (auto it = m_exact.constFind(target + QLatin1Char('\n') + field);
                it != m_exact.constEnd())
                return *it;
            if (field.isEmpty()) break;
            field = field.contains(QLatin1Char('/')) ? field.section(QLatin1Char('/'), 0, -2)
                                                     : QString();
        }
        // Not printed itself (an empty field, an element kind without text): the nearest
        // printed element that holds it.
        for (int guard = 0; guard < 64 && !target.isEmpty(); ++guard) {
            if (auto it = m_element.constFind(target); it != m_element.constEnd()) return *it;
            const Node* node = m_tree.node(target);
            target = node ? node->parentId : QString();
        }
        return std::nullopt;
    };

    QVector<Placed> placed;
    for (int i = 0; i < ids.size(); ++i) {
        // A reply sits on its thread's first comment's text, as Word shows replies.
        QString first = ids[i];
        for (int guard = 0; guard < 64; ++guard) {
            const QString replyTo = m_tree.value(first, Field::ReplyTo);
            if (replyTo.isEmpty() || !indexOf.contains(replyTo)) break;
            first = replyTo;
        }
        // A field may name a language ("name@kk"); the printed text is the one language.
        std::optional<Place> place =
            placeOf(m_tree.value(first, Field::TargetId),
                    Node::fieldOfKey(m_tree.value(first, Field::CommentedField)));
        if (!place) place = m_element.value(m_tree.standardId());
        placed << Placed{ids[i], i, *place, indexOf.value(first), first != ids[i]};
    }
    std::stable_sort(placed.begin(), placed.end(), [](const Placed& a, const Placed& b) {
        if (a.place.sequence != b.place.sequence) return a.place.sequence < b.place.sequence;
        if (a.threadOrder != b.threadOrder) return a.threadOrder < b.threadOrder;
        if (a.reply != b.reply) return !a.reply;
        return a.original < b.original;
    });

    QHash<QString, int> numberOf;
    for (int i = 0; i < placed.size(); ++i)
        numberOf.insert(placed[i].id, i + 1);
    for (int i = 0; i < placed.size(); ++i) {
        const QString& id = placed[i].id;
        LayoutComment comment;
        comment.number = i + 1;
        comment.replyTo = numberOf.value(m_tree.value(id, Field::ReplyTo), 0);
        comment.author = plain(id, Field::Author);
        comment.created = plain(id, Field::Created);
        comment.text = StandardLayout::cleanText(m_tree.value(id, Field::Text));
        comment.resolved = m_tree.value(id, Field::Resolved) == QLatin1String("true");
        QString heading = comment.author;
        const QDateTime created = QDateTime::fromString(comment.created, Qt::ISODate);
        if (created.isValid()) heading += QStringLiteral(", ") + commentTime(created);
        QStringList marks;
        if (comment.replyTo > 0) marks << l(label::replyTo).arg(comment.replyTo);
        if (comment.resolved) marks << l(label::resolved);
        if (!marks.isEmpty())
            heading += QStringLiteral(" (") + marks.join(QStringLiteral("; ")) + QLatin1Char(')');
        comment.note = QString::number(comment.number) + QStringLiteral(". ") + heading +
                       QStringLiteral(": ") + comment.text;
        m_layout.comments << comment;

        const Place& place = placed[i].place;
        if (place.block < 0) continue;
        LayoutBlock& block = m_layout.blocks[place.block];
        LayoutParagraph& paragraph =
            place.row < 0
                ? block.paragraph
                : block.table.rows[place.row].cells[place.cell].paragraphs[place.paragraph];
        const int size = int(paragraph.text.size());
        LayoutCommentRange range{i, std::clamp(place.from, 0, size), 0};
        range.length =
            place.length < 0 ? size - range.from : std::min(place.length, size - range.from);
        // An empty value leaves nothing to mark: the comment marks the paragraph then.
        if (range.length == 0) range = LayoutCommentRange{i, 0, size};
        paragraph.comments << range;
    }
}

StandardLayout Builder::standard(bool withComments) {
    const QString standard = m_tree.standardId();
    const QString name = text(standard, Field::StandardName);
    m_layout.title = l(label::title).arg(name);
    m_layout.notesHeading = l(label::notes);
    approvalHeader(standard);
    paragraph(m_layout.title, Style::Title, standard, {});
    // The standard as a whole is its title, not the order's header above it.
    m_element.insert(standard, m_exact.value(standard + QLatin1Char('\n')));
    anchor(m_tree.rootId, {}, m_element.value(standard));
    generalProvisions(standard);
    passport(standard);
    paragraph(chapterHeading(3, l(label::professionCards)), Style::Heading1, standard,
              Role::ProfessionCards, true);
    for (const QString& card : children(standard, Role::ProfessionCards))
        professionCard(card);
    technicalData(standard);
    extraSections(standard);
    if (withComments) placeComments();
    return m_layout;
}

StandardLayout Builder::conclusion() {
    const QString standard = m_tree.standardId();
    const QString root = m_tree.rootId;
    m_layout.title = l(label::conclusionTitle);
    paragraph(m_layout.title, Style::Title);

    QString standardLine =
        QStringLiteral("«") + text(standard, Field::StandardName) + QStringLiteral("»");
    if (const QString code = StandardLayout::cleanText(m_tree.standardCode()); !code.isEmpty())
        standardLine += QStringLiteral(" (") + code + QLatin1Char(')');
    paragraph(l(label::conclusionStandard).arg(standardLine), Style::Item);
    // The form names the state body as the National body wrote it; a draft conclusion may not
    // have it yet, and then the standard's own chapter 4 says who it is.
    QString stateBody = text(root, Field::ConclusionStateBody);
    if (stateBody.isEmpty())
        for (const QString& body : children(standard, Role::StateBody))
            stateBody = text(body, Field::Name);
    paragraph(l(label::conclusionStateBody).arg(stateBody), Style::Item);
    paragraph(l(label::conclusionDate).arg(formatDate(plain(root, Field::ExaminationDate))),
              Style::Item);

    QHash<QString, QString> assessmentOf;
    for (const QString& assessment : children(root, Role::Assessments))
        assessmentOf.insert(m_tree.value(assessment, Field::Criterion), assessment);

    startTable({10, 45, 45});
    row(true);
    cell();
    cellParagraph(l(label::criterionNumber), Style::CellLabel);
    cell();
    cellParagraph(l(label::criterion), Style::CellLabel);
    cell();
    cellParagraph(l(label::assessment), Style::CellLabel);
    int group = 0;
    for (const Criterion& criterion : Criterion::all()) {
        if (criterion.group != group) {
            group = criterion.group;
            row();
            cell();
            cellParagraph(QString::number(group) + QLatin1Char('.'), Style::CellLabel);
            cell(2);
            cellParagraph(Criterion::groupTitle(group, m_language), Style::CellLabel);
        }
        row();
        cell();
        // The form prints 1.2 twice; "1.2a" is our name for the second one only.
        QString number = criterion.number;
        if (number.endsWith(QLatin1Char('a'))) number.chop(1);
        cellParagraph(number + QLatin1Char('.'), Style::CellText);
        cell();
        cellParagraph(criterion.title(m_language), Style::CellText);
        cell();
        const QString assessment = assessmentOf.value(criterion.number);
        const QString verdict = m_tree.value(assessment, Field::Verdict);
        const QString verdictText =
            verdict == QLatin1String("meets")            ? l(label::meets)
            : verdict == QLatin1String("does-not-meet")  ? l(label::doesNotMeet)
            : verdict == QLatin1String("not-applicable") ? l(label::notApplicable)
                                                         : QString();
        cellParagraph(verdictText, Style::CellLabel, assessment, Field::Verdict);
        if (const QString remark = text(assessment, Field::Remark); !remark.isEmpty())
            cellParagraph(remark, Style::CellText, assessment, Field::Remark);
    }
    return m_layout;
}

} // namespace

StandardLayout StandardLayout::ofStandard(const DocumentTree& tree, const QString& language,
                                          bool withComments) {
    return Builder(tree, language).standard(withComments);
}

StandardLayout StandardLayout::ofConclusion(const DocumentTree& tree, const QString& language) {
    return Builder(tree, language).conclusion();
}

QString StandardLayout::cleanText(const QString& text) {
    QString clean;
    clean.reserve(text.size());
    const int size = int(text.size());
    for (int i = 0; i < size; ++i) {
        const QChar c = text[i];
        const char16_t u = c.unicode();
        if (c.isHighSurrogate()) {
            if (i + 1 < size && text[i + 1].isLowSurrogate()) {
                clean += c;
                clean += text[++i];
            }
            continue;
        }
        if (c.isLowSurrogate()) continue;
        if (u == u'\r') {
            if (i + 1 < size && text[i + 1] == QLatin1Char('\n')) continue;
            clean += QLatin1Char('\n');
            continue;
        }
        if (u < 0x20 && u != u'\t' && u != u'\n') continue;
        if (u == 0xFFFE || u == 0xFFFF) continue;
        clean += c;
    }
    return clean;
}

} // namespace kasibi
