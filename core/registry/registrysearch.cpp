#include "core/registry/registrysearch.h"

#include "core/classifier/classifiercodes.h"
#include "core/registry/registryconnection.h"

#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>

namespace kasibi {

namespace {

// A standard's code: OKED section letter, subclass digits and serial number (B07102012).
const QRegularExpression kStandardCode(QStringLiteral("^[A-Z][0-9]{6,}$"));

// Codes: a card's or a related profession's NKZ occupation or group (or a prefix of it), the
// standard's OKED codes, the standard's own code. Each row names the field that holds it.
const QString kByCode = QStringLiteral(R"(
SELECT s.id, s.code, s.name_kk, s.name_ru, s.latest_version, s.status, c.id, c.name_kk, c.name_ru,
       '/standard/professionCards/' || c.position ||
           CASE WHEN c.nkz_occupation = CAST(:code AS text) OR c.nkz_occupation LIKE CAST(:code AS text) || '-%'
                THEN '/nkzOccupationCode' ELSE '/nkzGroupCode' END,
       CASE WHEN c.nkz_occupation = CAST(:code AS text) OR c.nkz_occupation LIKE CAST(:code AS text) || '-%'
            THEN c.nkz_occupation ELSE c.nkz_group END
FROM kasibi.card c JOIN kasibi.standard s ON s.id = c.standard
WHERE c.nkz_occupation = CAST(:code AS text) OR c.nkz_occupation LIKE CAST(:code AS text) || '-%'
   OR c.nkz_group LIKE CAST(:code AS text) || '%'
UNION ALL
SELECT s.id, s.code, s.name_kk, s.name_ru, s.latest_version, s.status, c.id, c.name_kk, c.name_ru,
       '/standard/professionCards/' || c.position || '/relatedProfessions/' || r.position ||
           '/nkzOccupationCode',
       r.nkz_occupation
FROM kasibi.related_profession r
JOIN kasibi.card c ON c.standard = r.standard AND c.id = r.card
JOIN kasibi.standard s ON s.id = r.standard
WHERE r.nkz_occupation = CAST(:code AS text) OR r.nkz_occupation LIKE CAST(:code AS text) || '-%'
UNION ALL
SELECT s.id, s.code, s.name_kk, s.name_ru, s.latest_version, s.status, '', '', '',
       CASE WHEN s.code = CAST(:code AS text) THEN '/standard/passport/serialNumber'
            WHEN s.oked_section = CAST(:code AS text) THEN '/standard/passport/oked/section/code'
            WHEN s.oked_division = CAST(:code AS text) THEN '/standard/passport/oked/division/code'
            WHEN s.oked_group = CAST(:code AS text) THEN '/standard/passport/oked/group/code'
            WHEN s.oked_class = CAST(:code AS text) THEN '/standard/passport/oked/class/code'
            ELSE '/standard/passport/oked/subclass/code' END,
       CASE WHEN s.code = CAST(:code AS text) THEN s.code ELSE CAST(:code AS text) END
FROM kasibi.standard s
WHERE s.code = CAST(:code AS text) OR s.oked_section = CAST(:code AS text) OR s.oked_division = CAST(:code AS text)
   OR s.oked_group = CAST(:code AS text) OR s.oked_class = CAST(:code AS text) OR s.oked_subclass LIKE CAST(:code AS text) || '%'
LIMIT :limit
)");

// Words: kasibi.matching_parts() finds the first :limit parts (a card, or the rest of a
// standard) whose texts hold them through each language's GIN index, and ranks only those. For
// each, the first text that holds the words and its JSON Pointer are found in the database, so no
// card's JSON travels to the client.
const QString kByWords = QStringLiteral(R"(
WITH hits AS (SELECT * FROM kasibi.matching_parts(CAST(:words AS text), :limit))
SELECT s.id, s.code, s.name_kk, s.name_ru, s.latest_version, s.status, h.card,
       coalesce(c.name_kk, ''), coalesce(c.name_ru, ''), coalesce(c.position, -1), h.language,
       f.body, kasibi.pointer_of(p.part, h.language, f.body)
FROM hits h
JOIN kasibi.standard s ON s.id = h.standard
LEFT JOIN kasibi.card c ON c.standard = h.standard AND c.id = h.card
CROSS JOIN LATERAL (SELECT CASE WHEN h.card = '' THEN s.general ELSE c.content END) p(part)
CROSS JOIN LATERAL (
    SELECT t FROM kasibi.texts(p.part, h.language) t
    WHERE kasibi.words(h.language, t) @@ kasibi.query(h.language, CAST(:words AS text))
    LIMIT 1) f(body)
ORDER BY h.rank DESC, s.code, s.id, c.position NULLS FIRST, h.language
)");

} // namespace

bool RegistrySearch::isCode(const QString& query) {
    return ClassifierCodes::level(Classifier::Nkz, query) > 0 ||
           ClassifierCodes::level(Classifier::Oked, query) > 0 ||
           kStandardCode.match(query).hasMatch();
}

Result<QVector<RegistryHit>> RegistrySearch::find(const QSqlDatabase& db, const QString& given,
                                                  int limit) {
    using R = Result<QVector<RegistryHit>>;
    const QString query = given.simplified();
    if (query.isEmpty()) return R::failure(tr("nothing to search for"));
    const bool byCode = isCode(query);
    QSqlQuery sql(db);
    sql.setForwardOnly(true);
    sql.prepare(byCode ? kByCode : kByWords);
    sql.bindValue(byCode ? QStringLiteral(":code") : QStringLiteral(":words"), query);
    sql.bindValue(QStringLiteral(":limit"), limit);
    if (!sql.exec())
        return R::failure(
            tr("the search failed: %1").arg(RegistryConnection::reason(sql.lastError())));
    QVector<RegistryHit> hits;
    while (sql.next()) {
        RegistryHit hit;
        hit.standardId = sql.value(0).toString();
        hit.standardCode = sql.value(1).toString();
        hit.standardName = {sql.value(2).toString(), sql.value(3).toString()};
        hit.version = sql.value(4).toInt();
        hit.status = sql.value(5).toString();
        hit.cardId = sql.value(6).toString();
        hit.cardName = {sql.value(7).toString(), sql.value(8).toString()};
        if (byCode) {
            hit.field = sql.value(9).toString();
            hit.text = sql.value(10).toString();
        } else {
            const int card = sql.value(9).toInt();
            hit.language = sql.value(10).toString();
            hit.text = sql.value(11).toString();
            hit.field = (card < 0 ? QStringLiteral("/standard")
                                  : QStringLiteral("/standard/professionCards/%1").arg(card)) +
                        sql.value(12).toString();
        }
        hits << hit;
    }
    return hits;
}

} // namespace kasibi
