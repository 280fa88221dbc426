#include "core/import/technicaldatarecognizer.h"

#include "core/import/printedtext.h"
#include "core/import/standardrecognizer.h"
#include "core/model/schema.h"

#include <QDate>
#include <QRegularExpression>

namespace kasibi {

namespace {

// «25.12.2021» in the line (at its start when atStart), as an ISO date; "" when there is none
// or it is no date.
QString isoDate(const QString& line, bool atStart) {
    static const QRegularExpression anywhere(QStringLiteral("(\\d{1,2})\\.(\\d{1,2})\\.(\\d{4})"));
    static const QRegularExpression first(QLatin1Char('^') + anywhere.pattern());
    const QRegularExpressionMatch m = (atStart ? first : anywhere).match(line);
    if (!m.hasMatch()) return {};
    const QDate date(m.captured(3).toInt(), m.captured(2).toInt(), m.captured(1).toInt());
    return date.isValid() ? date.toString(Qt::ISODate) : QString();
}

} // namespace

bool TechnicalDataRecognizer::begin(const LabelVariants::Match& match, const TextPiece& piece) {
    using L = StandardLabel;
    switch (match.label) {
    case L::TechnicalData:
        m_context.target.reset();
        return true;
    case L::StateBody:
        m_organization = m_context.add(m_context.standard, Role::StateBody, Kind::Organization);
        m_context.target = L::StateBody;
        return true;
    case L::Developers:
        m_organization.clear();
        m_developersCell = piece.cell;
        m_context.target = L::Developers;
        return true;
    case L::SectoralCouncil:
    case L::NationalBody:
    case L::Atameken:
    case L::Version:
    case L::PlannedUpdate:
        m_context.target = match.label;
        return true;
    case L::ContactPerson:
    case L::ContactEmail:
    case L::ContactPhone:
        contact(match.label, match.rest);
        m_context.restTaken = true;
        return true;
    default:
        return false;
    }
}

bool TechnicalDataRecognizer::fill(const QString& line, const TextPiece& piece) {
    switch (*m_context.target) {
    case StandardLabel::StateBody:
        m_context.appendText(m_organization, Field::Name, line, QStringLiteral(" "));
        return true;
    case StandardLabel::Developers:
        developer(line, piece);
        return true;
    case StandardLabel::SectoralCouncil:
        sectoralCouncil(line);
        return true;
    case StandardLabel::NationalBody:
        dateField(line, Field::NationalBodyConclusionDate);
        return true;
    case StandardLabel::Atameken:
        dateField(line, Field::AtamekenRecommendationDate);
        return true;
    case StandardLabel::Version:
        version(line);
        return true;
    case StandardLabel::PlannedUpdate:
        plannedUpdate(line);
        return true;
    default:
        return false;
    }
}

// «Исполнитель: name, position», «e-mail: …», «телефон: …» under an organisation.
void TechnicalDataRecognizer::contact(StandardLabel label, const QString& value) {
    if (m_organization.isEmpty() || value.isEmpty()) {
        m_context.unplaced(m_context.labelText);
        return;
    }
    m_organizationHasContact = true;
    if (label == StandardLabel::ContactEmail) {
        m_context.setValue(m_organization, Field::ContactEmail, value);
    } else if (label == StandardLabel::ContactPhone) {
        m_context.setValue(m_organization, Field::ContactPhone, value);
    } else {
        const int comma = value.indexOf(QStringLiteral(", "));
        m_context.setValue(m_organization, Field::ContactFullName,
                           comma < 0 ? value : value.left(comma));
        if (comma >= 0)
            m_context.appendText(m_organization, Field::ContactPosition, value.mid(comma + 2), {});
    }
}

void TechnicalDataRecognizer::developer(const QString& line, const TextPiece& piece) {
    if (line.startsWith(QStringLiteral("Утвержден"), Qt::CaseInsensitive)) {
        m_context.legacy(line, StandardRecognizer::tr("the approving order named among the "
                                                      "developers is kept in an extra section"));
        return;
    }
    if (m_organization.isEmpty() || piece.cell != m_developersCell || m_organizationHasContact) {
        m_organizationHasContact = false;
        m_organization = m_context.add(m_context.standard, Role::Developers, Kind::Organization);
        m_developersCell = piece.cell;
    }
    m_context.appendText(m_organization, Field::Name, line, QStringLiteral(" "));
}

void TechnicalDataRecognizer::sectoralCouncil(const QString& line) {
    static const QRegularExpression protocol(
        QStringLiteral(
            "протокол\\s*№\\s*(\\S+)\\s*от\\s*(\\d{1,2})\\.(\\d{1,2})\\.(\\d{4})|"
            "(\\d{1,2})\\.(\\d{1,2})\\.(\\d{4})\\s*(?:жылғы)?\\s*№\\s*(\\S+)\\s*хаттама"),
        QRegularExpression::CaseInsensitiveOption);
    const QString& standard = m_context.standard;
    if (const QRegularExpressionMatch m = protocol.match(line); m.hasMatch()) {
        const bool ru = !m.captured(1).isEmpty();
        m_context.setValue(standard, Field::CouncilProtocolNumber,
                           ru ? m.captured(1) : m.captured(8));
        const QDate date =
            ru ? QDate(m.captured(4).toInt(), m.captured(3).toInt(), m.captured(2).toInt())
               : QDate(m.captured(7).toInt(), m.captured(6).toInt(), m.captured(5).toInt());
        if (date.isValid())
            m_context.setValue(standard, Field::CouncilProtocolDate, date.toString(Qt::ISODate));
        return;
    }
    m_context.appendText(standard, Field::CouncilName, line, QStringLiteral(" "));
}

void TechnicalDataRecognizer::dateField(const QString& line, const QString& field) {
    if (const QString date = isoDate(line, false); !date.isEmpty()) {
        m_context.setValue(m_context.standard, field, date);
        return;
    }
    m_context.legacy(line,
                     StandardRecognizer::tr("a date that could not be read; kept as printed"));
}

// «Версия 2, 2022 год», «2, 2024»: the last one printed is the version imported.
void TechnicalDataRecognizer::version(const QString& line) {
    static const QRegularExpression pattern(
        QStringLiteral("^(?:Версия|Нұсқа)?\\s*№?\\s*([\\d.]+)\\s*[,;]?\\s*(\\d{4})?\\s*"
                       "(?:год|г\\.?|жыл)?\\.?$"),
        QRegularExpression::CaseInsensitiveOption);
    const QRegularExpressionMatch m = pattern.match(line);
    if (!m.hasMatch()) {
        m_context.legacy(m_context.printed(line),
                         StandardRecognizer::tr("a version that could not be read; kept as "
                                                "printed"));
        return;
    }
    const QString& standard = m_context.standard;
    if (!m_context.tree.value(standard, Field::Version).isEmpty())
        m_context.note(ImportNote::Kind::Mapped, standard, Field::Version,
                       StandardRecognizer::tr("several versions are printed; the last one, %1, is "
                                              "taken and the history kept in an extra section")
                           .arg(line));
    m_context.setValue(standard, Field::Version, m.captured(1));
    if (!m.captured(2).isEmpty()) m_context.setValue(standard, Field::ReleaseYear, m.captured(2));
    if (PrintedText::hasLetters(line))
        m_context.legacy(m_context.printed(line), StandardRecognizer::tr("the version as printed"));
}

void TechnicalDataRecognizer::plannedUpdate(const QString& line) {
    if (const QString date = isoDate(line, true); !date.isEmpty()) {
        m_context.setValue(m_context.standard, Field::PlannedUpdateDate, date);
        return;
    }
    m_context.legacy(m_context.printed(line),
                     StandardRecognizer::tr("the planned update is printed as «%1», not as a "
                                            "date; the author sets the date")
                         .arg(line));
}

void TechnicalDataRecognizer::finish() {
    const DocumentTree& tree = m_context.tree;
    if (!tree.children(m_context.standard, Role::StateBody).isEmpty()) return;
    m_context.where.clear();
    m_context.report.add(ImportNote::Kind::Missing,
                         tree.jsonPointer(m_context.standard) +
                             QStringLiteral("/technicalData/stateBody"),
                         m_context.standard, m_context.source,
                         StandardRecognizer::tr("the state body is not in the source, for the "
                                                "author to supply"));
}

} // namespace kasibi
