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
WITH q AS (SELECT CAST(:code AS text) AS code)
SELECT s.id, s.code, s.name_kk, s.name_ru, s.latest_version, c.id, c.name_kk, c.name_ru,
       '/standard/professionCards/' || c.position ||
           CASE WHEN c.nkz_occupation = q.code OR c.nkz_occupation LIKE q.code || '-%'
                THEN '/nkzOccupationCode' ELSE '/nkzGroupCode' END,
       CASE WHEN c.nkz_occupation = q.code OR c.nkz_occupation LIKE q.code || '-%'
            THEN c.nkz_occupation ELSE c.nkz_group END
FROM q, kasibi.card c JOIN kasibi.standard s ON s.id = c.standard
WHERE c.nkz_occupation = q.code OR c.nkz_occupation LIKE q.code || '-%'
   OR c.nkz_group LIKE q.code || '%'
UNION ALL
SELECT s.id, s.code, s.name_kk, s.name_ru, s.latest_version, c.id, c.name_kk, c.name_ru,
       '/standard/professionCards/' || c.position || '/relatedProfessions/' || r.position ||
           '/nkzOccupationCode',
       r.nkz_occupation
FROM q, kasibi.related_profession r
JOIN kasibi.card c ON c.standard = r.standard AND c.id = r.card
JOIN kasibi.standard s ON s.id = r.standard
WHERE r.nkz_occupation = q.code OR r.nkz_occupation LIKE q.code || '-%'
UNION ALL
SELECT s.id, s.code, s.name_kk, s.name_ru, s.latest_version, '', '', '',
       CASE WHEN s.code = q.code THEN '/standard/passport/serialNumber'
            WHEN s.oked_section = q.code THEN '/standard/passport/oked/section/code'
            WHEN s.oked_division = q.code THEN '/standard/passport/oked/division/code'
            WHEN s.oked_group = q.code THEN '/standard/passport/oked/group/code'
            WHEN s.oked_class = q.code THEN '/standard/passport/oked/class/code'
            ELSE '/standard/passport/oked/subclass/code' END,
       CASE WHEN s.code = q.code THEN s.code ELSE q.code END
FROM q, kasibi.standard s
WHERE s.code = q.code OR s.oked_section = q.code OR s.oked_division = q.code
   OR s.oked_group = q.code OR s.oked_class = q.code OR s.oked_subclass LIKE q.code || '%'
LIMIT :limit
)");

// Words: the GIN index finds the cards (and the rest of each standard) whose texts hold them;
// then only those parts are walked to name the field that does.
const QString kByWords = QStringLiteral(R"(
WITH q AS (SELECT CAST(:words AS text) AS words),
hits AS (
    SELECT t.standard, t.card, t.language
    FROM q, kasibi.search_text t
    WHERE t.words @@ kasibi.query(t.language, q.words)
    LIMIT :limit
)
SELECT s.id, s.code, s.name_kk, s.name_ru, s.latest_version, h.card,
       coalesce(c.name_kk, ''), coalesce(c.name_ru, ''), f.path, f.body, h.language
FROM q, hits h
JOIN kasibi.standard s ON s.id = h.standard
JOIN kasibi.standard_version v ON v.standard = s.id AND v.version = s.latest_version
LEFT JOIN kasibi.card c ON c.standard = h.standard AND c.id = h.card
CROSS JOIN LATERAL (
    SELECT p.path, p.body
    FROM kasibi.text_fields(
             CASE WHEN h.card = '' THEN (v.content -> 'standard') - 'professionCards'
                  ELSE v.content #> ARRAY['standard', 'professionCards', c.position::text] END,
             CASE WHEN h.card = '' THEN '/standard'
                  ELSE '/standard/professionCards/' || c.position END) p
    WHERE p.language = h.language
      AND kasibi.words(p.language, p.body) @@ kasibi.query(p.language, q.words)
    LIMIT 1
) f
ORDER BY s.code, s.id, c.position NULLS FIRST, h.language
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
        hit.cardId = sql.value(5).toString();
        hit.cardName = {sql.value(6).toString(), sql.value(7).toString()};
        hit.field = sql.value(8).toString();
        hit.text = sql.value(9).toString();
        if (!byCode) hit.language = sql.value(10).toString();
        hits << hit;
    }
    return hits;
}

} // namespace kasibi
