#include "core/lifecycle/standardstatus.h"

#include "core/lifecycle/approvalstep.h"
#include "core/model/schema.h"

#include <QDate>

namespace kasibi {

namespace {

enum Index { Draft, InReview, InRework, Approved };

// The status while each step is the latest one started: the steps where the draft is with the
// state body, the National body or the sectoral council are review, the others rework.
int whileUnderWay(const QString& step) {
    static const QStringList rework{QStringLiteral("developerRework"),
                                    QStringLiteral("stateBodyRework"),
                                    QStringLiteral("sectoralCouncilRework")};
    if (step == QLatin1String("publicationLink")) return Approved;
    return rework.contains(step) ? InRework : InReview;
}

} // namespace

const QVector<StandardStatus>& StandardStatus::all() {
    static const QVector<StandardStatus> statuses = {
        {QStringLiteral("draft"),
         {QStringLiteral("Жоба"), QStringLiteral("Проект"), QStringLiteral("Draft")}},
        {QStringLiteral("in-review"),
         {QStringLiteral("Қарауда"), QStringLiteral("На рассмотрении"),
          QStringLiteral("In review")}},
        {QStringLiteral("in-rework"),
         {QStringLiteral("Пысықталуда"), QStringLiteral("На доработке"),
          QStringLiteral("In rework")}},
        {QStringLiteral("approved"),
         {QStringLiteral("Бекітілген"), QStringLiteral("Утвержден"), QStringLiteral("Approved")}},
    };
    return statuses;
}

const StandardStatus* StandardStatus::find(const QString& key) {
    for (const StandardStatus& status : all())
        if (status.key == key) return &status;
    return nullptr;
}

const StandardStatus& StandardStatus::of(const DocumentTree& tree) {
    const QVector<ApprovalStep>& steps = ApprovalStep::all();
    int latest = -1;
    bool completed = false;
    for (const QString& id : tree.children(tree.rootId, Role::Timeline)) {
        const ApprovalStep* step = ApprovalStep::find(tree.value(id, Field::Step));
        if (!step || !QDate::fromString(tree.value(id, Field::Started), Qt::ISODate).isValid())
            continue;
        const int index = int(step - steps.data());
        if (index < latest) continue;
        latest = index;
        completed = QDate::fromString(tree.value(id, Field::Completed), Qt::ISODate).isValid();
    }
    if (latest < 0) return all()[Draft];
    const QString& key = steps[latest].key;
    if (key == QLatin1String("approval")) return all()[completed ? Approved : InReview];
    return all()[whileUnderWay(key)];
}

} // namespace kasibi
