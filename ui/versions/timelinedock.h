#pragma once

#include "core/lifecycle/approvaltimeline.h"
#include "core/lifecycle/workingcalendar.h"

#include <QDate>
#include <QDockWidget>

class QLabel;
class QPushButton;
class QTableWidget;

namespace kasibi {

class EditSession;

// The approval steps of chapter 2 recorded for the standard: step, started, completed, note,
// and the due date counted in working days (overdue ones in red); below, whether chapter 4's
// planned update keeps the three years of rule 16. Entries are edited through the session's
// commands like any element, so Undo takes them back.
class TimelineDock : public QDockWidget {
    Q_OBJECT
public:
    explicit TimelineDock(QWidget* parent = nullptr);

    void setSession(EditSession* session); // nullptr: no document
    void setCalendar(const WorkingCalendar& calendar);
    const WorkingCalendar& calendar() const { return m_calendar; }
    // The day deadlines are measured against; today unless a test says otherwise.
    void setToday(const QDate& today);

    QTableWidget* table() const { return m_table; }
    QLabel* rule16() const { return m_rule16; }
    const QVector<ApprovalTimeline::Entry>& entries() const { return m_entries; }
    // "Approval step: …, due …": the step under way, for the status bar; "" when none.
    QString currentStepText() const { return m_current; }

    // Adds the next step of the procedure, started today; returns its id.
    QString addEntry();
    bool removeEntry(const QString& entryId);

    enum Column { StepColumn, StartedColumn, CompletedColumn, DueColumn, NoteColumn };

signals:
    void currentStepChanged(const QString& text);

private:
    void scheduleRefresh();
    void refresh();
    void showRule16();
    void setDate(const QString& entryId, const QString& field, const QDate& date, int burst);
    QString selectedEntryId() const;

    EditSession* m_session = nullptr;
    WorkingCalendar m_calendar = WorkingCalendar::kazakhstan();
    QDate m_today;
    QVector<ApprovalTimeline::Entry> m_entries;
    QString m_current;
    bool m_refreshPending = false;
    QTableWidget* m_table;
    QPushButton* m_add;
    QPushButton* m_remove;
    QLabel* m_rule16;
    QLabel* m_source;
    QList<QMetaObject::Connection> m_connections;
};

} // namespace kasibi
