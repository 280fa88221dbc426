#include "core/registry/qualificationmap.h"

#include "core/classifier/classifiercodes.h"
#include "core/model/qualificationlevel.h"
#include "core/model/schema.h"
#include "core/registry/registryconnection.h"

#include <QSet>
#include <QSqlError>
#include <QSqlQuery>

namespace kasibi {

int QualificationMap::levelOf(const MapProfession& profession) {
    const int level = profession.orkLevel.section(QLatin1Char('.'), 0, 0).toInt();
    return level >= QualificationLevel::Lowest && level <= QualificationLevel::Highest ? level : 0;
}

void QualificationMap::connect(const QVector<Related>& related) {
    // A card of the same standard describes a related profession first, then any card.
    QHash<QString, int> byOccupation;
    for (int i = int(professions.size()) - 1; i >= 0; --i)
        if (!professions[i].nkzOccupation.isEmpty())
            byOccupation.insert(professions[i].nkzOccupation, i);
    QSet<QPair<int, int>> seen;
    for (const Related& relation : related) {
        if (relation.nkzOccupation.isEmpty()) continue;
        int target = -1;
        for (int i = 0; i < professions.size() && target < 0; ++i)
            if (professions[i].nkzOccupation == relation.nkzOccupation &&
                professions[i].standardId == professions[relation.from].standardId)
                target = i;
        if (target < 0) target = byOccupation.value(relation.nkzOccupation, -1);
        if (target < 0) {
            MapProfession outside;
            outside.name = relation.name;
            outside.nkzOccupation = relation.nkzOccupation;
            outside.orkLevel = relation.orkLevel;
            target = int(professions.size());
            professions << outside;
            byOccupation.insert(relation.nkzOccupation, target);
        }
        if (target != relation.from && !seen.contains({relation.from, target})) {
            seen.insert({relation.from, target});
            links << MapLink{relation.from, target};
        }
    }
}

QualificationMap QualificationMap::ofStandard(const DocumentTree& tree) {
    QualificationMap map;
    const QString standard = tree.standardId();
    map.title = tree.text(standard, Field::StandardName);
    QVector<Related> related;
    for (const QString& card : tree.children(standard, Role::ProfessionCards)) {
        const int from = int(map.professions.size());
        map.professions << MapProfession{standard,
                                         tree.standardCode(),
                                         card,
                                         tree.text(card, Field::Name),
                                         tree.value(card, Field::NkzOccupationCode),
                                         tree.value(card, Field::OrkLevel)};
        for (const QString& id : tree.children(card, Role::RelatedProfessions))
            related << Related{from, tree.value(id, Field::NkzOccupationCode),
                               tree.value(id, Field::OrkLevel), tree.text(id, Field::Name)};
    }
    map.connect(related);
    return map;
}

Result<QualificationMap> QualificationMap::ofRegistry(const QSqlDatabase& db, const QString& code) {
    using R = Result<QualificationMap>;
    const int level = ClassifierCodes::level(Classifier::Oked, code);
    if (level != 1 && level != 2)
        return R::failure(
            tr("%1 is not an OKED section (a letter, e.g. B) or division (two digits, "
               "e.g. 07)")
                .arg(code));
    const QString column =
        level == 1 ? QStringLiteral("oked_section") : QStringLiteral("oked_division");
    QSqlQuery query(db);
    query.setForwardOnly(true);
    query.prepare(
        QStringLiteral("SELECT s.id, s.code, c.id, c.name_kk, c.name_ru, c.nkz_occupation, "
                       "c.ork_level, r.nkz_occupation, r.ork_level, r.name_kk, r.name_ru "
                       "FROM kasibi.standard s JOIN kasibi.card c ON c.standard = s.id "
                       "LEFT JOIN kasibi.related_profession r ON r.standard = c.standard AND "
                       "r.card = c.id WHERE s.%1 = ? ORDER BY s.code, s.id, c.position, r.position")
            .arg(column));
    query.addBindValue(code);
    if (!query.exec())
        return R::failure(
            tr("the map cannot be made: %1").arg(RegistryConnection::reason(query.lastError())));
    QualificationMap map;
    QVector<Related> related;
    QString lastStandard, lastCard;
    while (query.next()) {
        const QString standard = query.value(0).toString();
        const QString card = query.value(2).toString();
        if (standard != lastStandard || card != lastCard) {
            map.professions << MapProfession{standard,
                                             query.value(1).toString(),
                                             card,
                                             {query.value(3).toString(), query.value(4).toString()},
                                             query.value(5).toString(),
                                             query.value(6).toString()};
            lastStandard = standard;
            lastCard = card;
        }
        if (!query.value(7).isNull())
            related << Related{int(map.professions.size()) - 1,
                               query.value(7).toString(),
                               query.value(8).toString(),
                               {query.value(9).toString(), query.value(10).toString()}};
    }
    if (map.professions.isEmpty())
        return R::failure(tr("no registered standard has a card in OKED %1").arg(code));
    map.title = {QStringLiteral("ЭҚЖЖ %1: біліктілік картасы").arg(code),
                 QStringLiteral("ОКЭД %1: карта квалификаций").arg(code)};
    map.connect(related);
    return map;
}

} // namespace kasibi
