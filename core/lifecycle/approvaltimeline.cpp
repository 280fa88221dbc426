#include "core/lifecycle/approvaltimeline.h"

namespace kasibi {

QVector<ApprovalTimeline::Entry> ApprovalTimeline::entries(const DocumentTree& tree,
                                                           const WorkingCalendar& calendar,
                                                           const QDate& today) {
    QVector<Entry> list;
    for (const QString& id : tree.children(tree.rootId, QStringLiteral("lifecycle/timeline"))) {
        Entry entry;
        entry.id = id;
        entry.step = ApprovalStep::find(tree.value(id, QStringLiteral("step")));
        entry.started = QDate::fromString(tree.value(id, QStringLiteral("started")), Qt::ISODate);
        entry.completed =
            QDate::fromString(tree.value(id, QStringLiteral("completed")), Qt::ISODate);
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
