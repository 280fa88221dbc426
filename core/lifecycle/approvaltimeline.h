#pragma once

#include "core/lifecycle/approvalstep.h"
#include "core/lifecycle/workingcalendar.h"
#include "core/model/documenttree.h"

namespace kasibi {

// The approval steps recorded in a document (role "lifecycle/timeline" of its root), with the
// due date of each computed in working days.
class ApprovalTimeline {
public:
    struct Entry {
        QString id;
        const ApprovalStep* step = nullptr;
        QDate started;
        QDate completed;
        QDate due; // invalid when the step has no deadline or has not started
        bool overdue = false;
        // Set when the due date lies past the years the calendar lists (WorkingCalendar::
        // coverageNote): the deadline may be a day or two early.
        QString calendarNote;
    };

    static QVector<Entry> entries(const DocumentTree& tree, const WorkingCalendar& calendar,
                                  const QDate& today = QDate::currentDate());
    // The step under way: the last one started and not completed, if any.
    static const Entry* current(const QVector<Entry>& entries);
};

} // namespace kasibi
