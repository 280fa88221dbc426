#pragma once

#include "core/model/result.h"
#include "core/registry/registryfinding.h"

#include <QCoreApplication>
#include <QDate>
#include <QSqlDatabase>

namespace kasibi {

// The checks across the registered standards (their latest versions), which no single file can
// make:
//   registry.duplicateOccupation  the same NKZ occupation at the same ORK level in two standards
//   registry.relatedElsewhere     a related profession (card item 15) described in another
//                                 standard: the link to it
//   registry.relatedUndescribed   a related profession described in no registered standard
//   registry.updateDue            past its planned update, or older than three years (rule 16)
//   registry.duplicateCode        two standards with the same code
class RegistryCheck {
    Q_DECLARE_TR_FUNCTIONS(RegistryCheck)
public:
    static inline const QString DuplicateOccupation =
        QStringLiteral("registry.duplicateOccupation");
    static inline const QString RelatedElsewhere = QStringLiteral("registry.relatedElsewhere");
    static inline const QString RelatedUndescribed = QStringLiteral("registry.relatedUndescribed");
    static inline const QString UpdateDue = QStringLiteral("registry.updateDue");
    static inline const QString DuplicateCode = QStringLiteral("registry.duplicateCode");
    // Rule 16: a standard is updated at least once every three years.
    static constexpr int UpdateYears = 3;

    static Result<RegistryFindings> run(const QSqlDatabase& db,
                                        const QDate& today = QDate::currentDate());
};

} // namespace kasibi
