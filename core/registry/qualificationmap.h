#pragma once

#include "core/model/documenttree.h"
#include "core/model/localizedtext.h"
#include "core/model/result.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QVector>

namespace kasibi {

// One profession on a qualification map: a card of a standard, or a related profession that no
// card on the map describes (drawn apart, with the level its card gives it).
struct MapProfession {
    QString standardId;
    QString standardCode;
    QString cardId; // "" for a related profession outside the map
    LocalizedText name;
    QString nkzOccupation;
    QString orkLevel;
    bool isOutside() const { return cardId.isEmpty(); }
};

// A related profession (card item 15) between two professions of the map.
struct MapLink {
    int from = 0;
    int to = 0;
};

// The qualification map (Appendix 1, card item 15): the professions of a part of the economy by
// ORK level, linked by their related professions, each card with its standard named. Made from
// one standard, or from the registry's standards of an OKED section or division.
class QualificationMap {
    Q_DECLARE_TR_FUNCTIONS(QualificationMap)
public:
    LocalizedText title;
    QVector<MapProfession> professions;
    QVector<MapLink> links;

    static QualificationMap ofStandard(const DocumentTree& tree);
    // code: an OKED section (B) or division (07).
    static Result<QualificationMap> ofRegistry(const QSqlDatabase& db, const QString& code);
    // The ORK level's whole number (1..8), 0 when it has none.
    static int levelOf(const MapProfession& profession);

private:
    struct Related {
        int from;
        QString nkzOccupation;
        QString orkLevel;
        LocalizedText name;
    };
    // Links the related professions to the cards that describe them, or adds them outside.
    void connect(const QVector<Related>& related);
};

} // namespace kasibi
