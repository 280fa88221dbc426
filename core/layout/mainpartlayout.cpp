#include "core/layout/mainpartlayout.h"

#include "core/layout/printedlabels.h"
#include "core/model/schema.h"

#include <QDate>

namespace kasibi {

using Style = LayoutParagraph::Style;

void MainPartLayout::approvalHeader(const QString& standard) {
    const QString issuer = m_out.text(standard, Field::ApprovalIssuer);
    const QString number = m_out.plain(standard, Field::ApprovalOrderNumber);
    const QString appendix = m_out.plain(standard, Field::ApprovalAppendixNumber);
    const QDate date =
        QDate::fromString(m_out.plain(standard, Field::ApprovalOrderDate), Qt::ISODate);
    if (issuer.isEmpty() && number.isEmpty() && appendix.isEmpty() && !date.isValid()) return;
    const QString numbered = number.isEmpty() ? QString() : m_out.l(label::numberSign).arg(number);
    const QString appendixNumbered =
        appendix.isEmpty() ? QString() : m_out.l(label::numberSign).arg(appendix);
    const QString dated = date.isValid() ? m_out.l(label::orderDate)
                                               .arg(date.day())
                                               .arg(m_out.l(label::orderMonths[date.month() - 1]))
                                               .arg(date.year())
                                         : QString();
    // An empty part leaves its line shorter; a line with nothing left of the formula is dropped.
    QStringList lines;
    for (const QString& line : m_out.l(label::approval)
                                   .arg(appendixNumbered, issuer, dated, numbered)
                                   .split(QLatin1Char('\n')))
        if (const QString simple = line.simplified(); !simple.isEmpty()) lines << simple;
    const QString header = lines.join(QLatin1Char('\n'));
    m_out.paragraph(header, Style::Right, standard, QStringLiteral("approval"));
    m_out.anchorPart(standard, Field::ApprovalIssuer, issuer);
    m_out.anchorPart(standard, Field::ApprovalOrderDate, dated);
    if (const int at = int(header.indexOf(numbered)); !number.isEmpty() && at >= 0)
        m_out.anchorLast(standard, Field::ApprovalOrderNumber, at, int(numbered.size()));
    if (const int at = int(header.indexOf(appendixNumbered)); !appendix.isEmpty() && at >= 0)
        m_out.anchorLast(standard, Field::ApprovalAppendixNumber, at, int(appendixNumbered.size()));
}

void MainPartLayout::generalProvisions(const QString& standard) {
    m_out.paragraph(m_out.chapterHeading(1, m_out.l(label::generalProvisions)), Style::Heading1,
                    standard, QStringLiteral("generalProvisions"));
    // Item 1 carries its label, as the official template prints it, even before it is written.
    m_out.labelledItem(m_out.l(label::scope), m_out.text(standard, Field::Scope), standard,
                       Field::Scope);
    terms(standard);
    abbreviations(standard);
}

void MainPartLayout::terms(const QString& standard) {
    const QStringList terms = m_out.children(standard, Role::Terms);
    if (terms.isEmpty()) return;
    m_out.item(m_out.l(label::terms), standard, Role::Terms);
    for (int i = 0; i < terms.size(); ++i) {
        const QString prefix = QString::number(i + 1) + QStringLiteral(") ");
        const QString term = m_out.text(terms[i], Field::Term);
        const QString definition = m_out.text(terms[i], Field::Definition);
        m_out.paragraph(prefix + term + QStringLiteral(" – ") + definition +
                            (i + 1 == terms.size() ? QStringLiteral(".") : QStringLiteral(";")),
                        Style::Body);
        m_out.anchorLast(terms[i], {});
        m_out.anchorPart(terms[i], Field::Term, term, int(prefix.size()));
        m_out.anchorPart(terms[i], Field::Definition, definition, int(prefix.size() + term.size()));
    }
}

void MainPartLayout::abbreviations(const QString& standard) {
    const QStringList abbreviations = m_out.children(standard, Role::Abbreviations);
    if (abbreviations.isEmpty()) return;
    m_out.item(m_out.l(label::abbreviations), standard, Role::Abbreviations);
    for (const QString& abbreviation : abbreviations) {
        const QString shortForm = m_out.text(abbreviation, Field::Abbreviation);
        const QString expansion = m_out.text(abbreviation, Field::Expansion);
        m_out.paragraph(shortForm + QStringLiteral(" – ") + expansion, Style::Body);
        m_out.anchorLast(abbreviation, {});
        m_out.anchorPart(abbreviation, Field::Abbreviation, shortForm);
        m_out.anchorPart(abbreviation, Field::Expansion, expansion, int(shortForm.size()));
    }
}

void MainPartLayout::passport(const QString& standard) {
    m_out.paragraph(m_out.chapterHeading(2, m_out.l(label::passport)), Style::Heading1, standard,
                    QStringLiteral("passport"));
    m_out.labelledItem(m_out.l(label::name), m_out.text(standard, Field::StandardName), standard,
                       Field::StandardName);
    m_out.labelledItem(m_out.l(label::code), StandardLayout::cleanText(m_out.tree().standardCode()),
                       standard, Field::SerialNumber);
    oked(standard);
    m_out.labelledItem(m_out.l(label::description), m_out.text(standard, Field::Description),
                       standard, Field::Description);
    // The list is derived from the cards, so it can never disagree with chapter 3.
    m_out.item(m_out.l(label::cardList));
    int number = 0;
    for (const QString& card : m_out.children(standard, Role::ProfessionCards)) {
        const QString code = m_out.plain(card, Field::NkzOccupationCode);
        const QString name = m_out.text(card, Field::Name);
        m_out.paragraph(QString::number(++number) + QStringLiteral(") ") +
                            m_out.l(label::cardListEntry)
                                .arg((code.isEmpty() ? name : code + QLatin1Char(' ') + name),
                                     m_out.plain(card, Field::OrkLevel)),
                        Style::Body);
    }
}

void MainPartLayout::oked(const QString& standard) {
    m_out.item(m_out.l(label::oked), standard, QStringLiteral("passport/oked"));
    const std::pair<const char*, Phrase> levels[] = {{"section", label::okedSection},
                                                     {"division", label::okedDivision},
                                                     {"group", label::okedGroup},
                                                     {"class", label::okedClass},
                                                     {"subclass", label::okedSubclass}};
    for (const auto& [level, levelLabel] : levels) {
        const QString prefix = QStringLiteral("passport/oked/") + QLatin1String(level);
        const QString code = m_out.plain(standard, prefix + QStringLiteral("/code"));
        const QString name = m_out.text(standard, prefix + QStringLiteral("/name"));
        if (code.isEmpty() && name.isEmpty()) continue;
        // The level and its code («Подкласс 07.10.2») carry a comment on the code.
        const QString levelAndCode = m_out.l(levelLabel) + QLatin1Char(' ') + code;
        m_out.paragraph(levelAndCode + QStringLiteral(" – ") + name, Style::Body, standard, prefix);
        m_out.anchorLast(standard, prefix + QStringLiteral("/code"), 0, int(levelAndCode.size()));
        m_out.anchorPart(standard, prefix + QStringLiteral("/name"), name,
                         int(levelAndCode.size()));
    }
}

void MainPartLayout::extraSections(const QString& standard) {
    int chapter = 4;
    int appendix = 0;
    const QString standardName = m_out.text(standard, Field::StandardName);
    for (const QString& section : m_out.children(standard, Role::ExtraSections)) {
        const bool isAppendix =
            m_out.tree().value(section, Field::Kind) == QLatin1String("appendix");
        const QString title = m_out.text(section, Field::Title);
        if (isAppendix) {
            m_out.paragraph(m_out.l(label::appendix).arg(++appendix).arg(standardName),
                            Style::Right, section, {}, true);
            m_out.anchorLast(standard, Role::ExtraSections);
            m_out.paragraph(title, Style::Heading1, section, Field::Title);
        } else {
            const QString heading = m_out.chapterHeading(++chapter, title);
            m_out.paragraph(heading, Style::Heading1, section, {}, true);
            m_out.anchorLast(standard, Role::ExtraSections);
            m_out.anchorLast(section, Field::Title, int(heading.size() - title.size()));
        }
        for (const QString& item : m_out.children(section, Role::Paragraphs)) {
            const QString body = m_out.text(item, Schema::TextItemField);
            if (isAppendix)
                m_out.paragraph(body, Style::Body, item, Schema::TextItemField);
            else
                m_out.anchorLast(item, {}, m_out.item(body, item, Schema::TextItemField));
        }
    }
}

} // namespace kasibi
