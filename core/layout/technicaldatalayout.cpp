#include "core/layout/technicaldatalayout.h"

#include "core/layout/printedlabels.h"
#include "core/model/schema.h"

namespace kasibi {

using Style = LayoutParagraph::Style;

void TechnicalDataLayout::technicalData(const QString& standard) {
    m_out.paragraph(m_out.chapterHeading(4, m_out.l(label::technicalData)), Style::Heading1,
                    standard, QStringLiteral("technicalData"));
    const QStringList stateBody = m_out.children(standard, Role::StateBody);
    m_out.item(m_out.l(label::stateBody), standard, Role::StateBody);
    for (const QString& organizationId : stateBody)
        organization(organizationId);

    const QStringList developers = m_out.children(standard, Role::Developers);
    if (!developers.isEmpty()) {
        m_out.item(m_out.l(label::developers), standard, Role::Developers);
        for (const QString& developer : developers)
            organization(developer);
    }

    sectoralCouncil(standard);
    m_out.labelledItem(
        m_out.l(label::nationalBody),
        LayoutBuilder::formatDate(m_out.plain(standard, Field::NationalBodyConclusionDate)),
        standard, Field::NationalBodyConclusionDate);
    m_out.labelledItem(
        m_out.l(label::atameken),
        LayoutBuilder::formatDate(m_out.plain(standard, Field::AtamekenRecommendationDate)),
        standard, Field::AtamekenRecommendationDate);
    version(standard);
    m_out.labelledItem(m_out.l(label::plannedUpdate),
                       LayoutBuilder::formatDate(m_out.plain(standard, Field::PlannedUpdateDate)),
                       standard, Field::PlannedUpdateDate);
}

void TechnicalDataLayout::organization(const QString& organization) {
    m_out.paragraph(m_out.text(organization, Field::Name), Style::Item, organization, Field::Name);
    QStringList who;
    if (const QString name = m_out.plain(organization, Field::ContactFullName); !name.isEmpty())
        who << name;
    if (const QString position = m_out.text(organization, Field::ContactPosition);
        !position.isEmpty())
        who << position;
    if (!who.isEmpty()) {
        const QString line = m_out.l(label::contact).arg(who.join(QStringLiteral(", ")));
        m_out.paragraph(line, Style::Item, organization, QStringLiteral("contact"));
        const int whoFrom = int(line.indexOf(who.join(QStringLiteral(", "))));
        m_out.anchorPart(organization, Field::ContactFullName,
                         m_out.plain(organization, Field::ContactFullName), whoFrom);
        m_out.anchorPart(organization, Field::ContactPosition,
                         m_out.text(organization, Field::ContactPosition), whoFrom);
    }
    if (const QString email = m_out.plain(organization, Field::ContactEmail); !email.isEmpty()) {
        m_out.paragraph(m_out.l(label::email).arg(email), Style::Item);
        m_out.anchorPart(organization, Field::ContactEmail, email);
    }
    if (const QString phone = m_out.plain(organization, Field::ContactPhone); !phone.isEmpty()) {
        m_out.paragraph(m_out.l(label::phone).arg(phone), Style::Item);
        m_out.anchorPart(organization, Field::ContactPhone, phone);
    }
}

void TechnicalDataLayout::sectoralCouncil(const QString& standard) {
    const QString council = m_out.text(standard, Field::CouncilName);
    const QString number = m_out.plain(standard, Field::CouncilProtocolNumber);
    const QString date =
        LayoutBuilder::formatDate(m_out.plain(standard, Field::CouncilProtocolDate));
    m_out.item(m_out.l(label::sectoralCouncil), standard,
               QStringLiteral("technicalData/sectoralCouncil"));
    if (!council.isEmpty()) m_out.paragraph(council, Style::Item, standard, Field::CouncilName);
    if (number.isEmpty() && date.isEmpty()) return;
    const QString protocol = !number.isEmpty() && !date.isEmpty()
                                 ? m_out.l(label::protocol).arg(number, date)
                             : !number.isEmpty() ? m_out.l(label::protocolNumber).arg(number)
                                                 : m_out.l(label::protocolDate).arg(date);
    m_out.paragraph(protocol, Style::Item);
    // The number is found with its sign: in Kazakh the date, which may hold the same digits,
    // comes first.
    const QString numbered = QStringLiteral("№ ") + number;
    if (const int at = int(protocol.indexOf(numbered)); !number.isEmpty() && at >= 0)
        m_out.anchorLast(standard, Field::CouncilProtocolNumber, at + 2, int(number.size()));
    else
        m_out.anchorLast(standard, Field::CouncilProtocolNumber);
    m_out.anchorPart(standard, Field::CouncilProtocolDate, date);
}

void TechnicalDataLayout::version(const QString& standard) {
    const QString versionNumber = m_out.plain(standard, Field::Version);
    const QString releaseYear = m_out.plain(standard, Field::ReleaseYear);
    QStringList version{versionNumber, releaseYear};
    version.removeAll(QString());
    const QString versionLead = m_out.l(label::version) + QLatin1Char(' ');
    m_out.item(versionLead + version.join(QStringLiteral(", ")));
    m_out.anchorPart(standard, Field::Version, versionNumber, int(versionLead.size()));
    m_out.anchorPart(standard, Field::ReleaseYear, releaseYear,
                     int(versionLead.size() + versionNumber.size()));
}

} // namespace kasibi
