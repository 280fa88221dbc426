#include "core/lifecycle/approvaltimeline.h"

#include "core/model/schema.h"

namespace kasibi {

QVector<ApprovalTimeline::Entry> ApprovalTimeline::entries(const DocumentTree& tree,
                                                           const WorkingCalendar& calendar,
                                                           const QDate& today) {
    QVector<Entry> list;
    for (const QString& id : tree.children(tree.rootId, Role::Timeline)) {
        Entry entry;
        entry.id = id;
        entry.step = ApprovalStep::find(tree.value(id, Field::Step));
        entry.started = QDate::fromString(tree.value(id, Field::Started), Qt::ISODate);
        entry.completed = QDate::fromString(tree.value(id, Field::Completed), Qt::ISODate);
        if (entry.step && entry.step->workingDays > 0 && entry.started.isValid()) {
            entry.due = calendar.addWorkingDays(entry.started, entry.step->workingDays);
            const QDate finished = entry.completed.isValid() ? entry.completed : today;
            entry.overdue = finished > entry.due;
            entry.calendarNote = calendar.coverageNote(entry.started, entry.due);
        }
        list << entry;
    }
    return list;
}

const ApprovalTimeline::Entry* ApprovalTimeline::current(const QVector<Entry>& entries) {
    for (auto it = entries.crbegin(); it != entries.crend(); ++it)
        if (it->started.isValid() && !it->completed.isValid()) return &*it;
    return nullptr;
}

} // namespace kasibi
