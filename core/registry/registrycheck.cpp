#include "core/registry/registrycheck.h"

#include "core/model/schema.h"
#include "core/registry/registryconnection.h"

#include <QSqlError>
#include <QSqlQuery>

namespace kasibi {

namespace {

const QString kCardPath = QStringLiteral("/standard/professionCards/%1");

// Every card paired with each card of another standard of the same NKZ occupation and ORK level.
const QString kDuplicateOccupations = QStringLiteral(R"(
SELECT c.standard, s.code, c.id, c.position, c.nkz_occupation, c.ork_level,
       o.standard, os.code, o.id, o.name_ru, o.name_kk
FROM kasibi.card c
JOIN kasibi.card o ON o.nkz_occupation = c.nkz_occupation AND o.ork_level = c.ork_level
                  AND o.standard <> c.standard
JOIN kasibi.standard s ON s.id = c.standard
JOIN kasibi.standard os ON os.id = o.standard
WHERE c.nkz_occupation <> '' AND c.ork_level <> ''
ORDER BY s.code, c.standard, c.position, os.code
)");

// Every related profession with the first card of another standard that describes its NKZ
// occupation (the one at the same ORK level first), or none.
const QString kRelated = QStringLiteral(R"(
SELECT r.standard, s.code, r.id, c.position, r.position, r.nkz_occupation,
       d.standard, d.code, d.id, d.name_ru, d.name_kk
FROM kasibi.related_profession r
JOIN kasibi.card c ON c.standard = r.standard AND c.id = r.card
JOIN kasibi.standard s ON s.id = r.standard
LEFT JOIN LATERAL (
    SELECT o.standard, os.code, o.id, o.name_ru, o.name_kk
    FROM kasibi.card o JOIN kasibi.standard os ON os.id = o.standard
    WHERE o.nkz_occupation = r.nkz_occupation
    ORDER BY o.standard = r.standard DESC, o.ork_level = r.ork_level DESC, os.code, o.position
    LIMIT 1
) d ON true
WHERE r.nkz_occupation <> '' AND (d.standard IS NULL OR d.standard <> r.standard)
ORDER BY s.code, r.standard, c.position, r.position
)");

const QString kUpdateDue = QStringLiteral(R"(
SELECT s.id, s.code, s.planned_update, s.release_year
FROM kasibi.standard s
WHERE s.planned_update < :today OR s.release_year < :oldest
ORDER BY s.code, s.id
)");

const QString kDuplicateCodes = QStringLiteral(R"(
SELECT s.id, s.code, o.id, o.code
FROM kasibi.standard s
JOIN kasibi.standard o ON o.code = s.code AND o.id <> s.id
WHERE s.code <> ''
ORDER BY s.code, s.id, o.id
)");

RegistryFinding finding(const QString& criterion, Severity severity, const QString& standardId,
                        const QString& standardCode, const QString& path, const QString& elementId,
                        const QString& field) {
    RegistryFinding result;
    result.finding.criterion = criterion;
    result.finding.severity = severity;
    result.finding.path = path;
    result.finding.elementId = elementId;
    result.finding.field = field;
    result.standardId = standardId;
    result.standardCode = standardCode;
    return result;
}

void say(RegistryFinding& result, const QString& ru, const QString& kk, const QString& en) {
    result.finding.message = {kk, ru, en};
}

void link(RegistryFinding& result, const QSqlQuery& query, int first) {
    result.linkedStandardId = query.value(first).toString();
    result.linkedStandardCode = query.value(first + 1).toString();
    result.linkedCardId = query.value(first + 2).toString();
}

} // namespace

Result<RegistryFindings> RegistryCheck::run(const QSqlDatabase& db, const QDate& today) {
    using R = Result<RegistryFindings>;
    RegistryFindings findings;
    QSqlQuery query(db);
    query.setForwardOnly(true);
    auto failed = [&query]() {
        return R::failure(tr("the registry cannot be checked: %1")
                              .arg(RegistryConnection::reason(query.lastError())));
    };

    if (!query.exec(kDuplicateOccupations)) return failed();
    while (query.next()) {
        const QString nkz = query.value(4).toString();
        const QString ork = query.value(5).toString();
        const QString other = query.value(7).toString();
        RegistryFinding result =
            finding(DuplicateOccupation, Severity::Error, query.value(0).toString(),
                    query.value(1).toString(),
                    kCardPath.arg(query.value(3).toInt()) + QStringLiteral("/nkzOccupationCode"),
                    query.value(2).toString(), Field::NkzOccupationCode);
        link(result, query, 6);
        say(result,
            QStringLiteral("Занятие НКЗ %1 на уровне ОРК %2 уже описано в стандарте %3 (карточка "
                           "«%4»)")
                .arg(nkz, ork, other, query.value(9).toString()),
            QStringLiteral("ҰКЖ %1 кәсібі СБШ %2 деңгейінде %3 стандартында сипатталған («%4» "
                           "карточкасы)")
                .arg(nkz, ork, other, query.value(10).toString()),
            QStringLiteral("The NKZ occupation %1 at ORK level %2 is already described in "
                           "standard %3 (card “%4”)")
                .arg(nkz, ork, other, query.value(9).toString()));
        findings << result;
    }

    if (!query.exec(kRelated)) return failed();
    while (query.next()) {
        const QString nkz = query.value(5).toString();
        const bool described = !query.value(6).isNull();
        RegistryFinding result =
            finding(described ? RelatedElsewhere : RelatedUndescribed, Severity::Warning,
                    query.value(0).toString(), query.value(1).toString(),
                    kCardPath.arg(query.value(3).toInt()) +
                        QStringLiteral("/relatedProfessions/%1/nkzOccupationCode")
                            .arg(query.value(4).toInt()),
                    query.value(2).toString(), Field::NkzOccupationCode);
        if (described) {
            link(result, query, 6);
            const QString other = query.value(7).toString();
            say(result,
                QStringLiteral("Связанная профессия (НКЗ %1) описана в стандарте %2, карточка «%3»")
                    .arg(nkz, other, query.value(9).toString()),
                QStringLiteral("Байланысты кәсіп (ҰКЖ %1) %2 стандартында сипатталған, «%3» "
                               "карточкасы")
                    .arg(nkz, other, query.value(10).toString()),
                QStringLiteral("The related profession (NKZ %1) is described in standard %2, card "
                               "“%3”")
                    .arg(nkz, other, query.value(9).toString()));
        } else {
            say(result,
                QStringLiteral("Связанная профессия (НКЗ %1) не описана ни в одном "
                               "зарегистрированном стандарте")
                    .arg(nkz),
                QStringLiteral("Байланысты кәсіп (ҰКЖ %1) тіркелген стандарттардың ешқайсысында "
                               "сипатталмаған")
                    .arg(nkz),
                QStringLiteral("The related profession (NKZ %1) is described in no registered "
                               "standard")
                    .arg(nkz));
        }
        findings << result;
    }

    query.prepare(kUpdateDue);
    query.bindValue(QStringLiteral(":today"), today);
    query.bindValue(QStringLiteral(":oldest"), today.year() - UpdateYears);
    if (!query.exec()) return failed();
    while (query.next()) {
        const QDate planned = query.value(2).toDate();
        const bool pastPlanned = planned.isValid() && planned < today;
        RegistryFinding result = finding(
            UpdateDue, Severity::Warning, query.value(0).toString(), query.value(1).toString(),
            pastPlanned ? QStringLiteral("/standard/technicalData/plannedUpdateDate")
                        : QStringLiteral("/standard/technicalData/releaseYear"),
            query.value(0).toString(), pastPlanned ? Field::PlannedUpdateDate : Field::ReleaseYear);
        if (pastPlanned) {
            const QString date = planned.toString(QStringLiteral("dd.MM.yyyy"));
            say(result,
                QStringLiteral("Срок планируемой актуализации (%1) прошёл (пункт 16 Правил)")
                    .arg(date),
                QStringLiteral("Жоспарланған өзектілендіру мерзімі (%1) өтті (Қағидалардың "
                               "16-тармағы)")
                    .arg(date),
                QStringLiteral("The planned update date (%1) has passed (rule 16)").arg(date));
        } else {
            const QString year = query.value(3).toString();
            say(result,
                QStringLiteral("Стандарт %1 года не актуализировался более трёх лет (пункт 16 "
                               "Правил)")
                    .arg(year),
                QStringLiteral("%1 жылғы стандарт үш жылдан астам өзектілендірілмеген "
                               "(Қағидалардың 16-тармағы)")
                    .arg(year),
                QStringLiteral("The standard of %1 has not been updated for more than three "
                               "years (rule 16)")
                    .arg(year));
        }
        findings << result;
    }

    if (!query.exec(kDuplicateCodes)) return failed();
    while (query.next()) {
        const QString code = query.value(1).toString();
        RegistryFinding result = finding(DuplicateCode, Severity::Error, query.value(0).toString(),
                                         code, QStringLiteral("/standard/passport/serialNumber"),
                                         query.value(0).toString(), Field::SerialNumber);
        result.linkedStandardId = query.value(2).toString();
        result.linkedStandardCode = query.value(3).toString();
        say(result,
            QStringLiteral("Код %1 носит и другой стандарт (%2)")
                .arg(code, result.linkedStandardId),
            QStringLiteral("%1 кодын басқа стандарт та иеленеді (%2)")
                .arg(code, result.linkedStandardId),
            QStringLiteral("Another standard has the code %1 too (%2)")
                .arg(code, result.linkedStandardId));
        findings << result;
    }
    return findings;
}

} // namespace kasibi
