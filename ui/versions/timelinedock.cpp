#include "ui/versions/timelinedock.h"

#include "core/model/schema.h"
#include "ui/commands/editsession.h"
#include "ui/shell/preferences.h"

#include <QComboBox>
#include <QDateEdit>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QTimer>
#include <QUndoStack>
#include <QVBoxLayout>

namespace kasibi {

namespace {

// The earliest date of the date editors stands for "not yet".
const QDate kNotSet(1999, 12, 31);

QString shown(const QDate& date) {
    return date.isValid() ? date.toString(QStringLiteral("dd.MM.yyyy")) : QString();
}

} // namespace

TimelineDock::TimelineDock(QWidget* parent)
    : QDockWidget(tr("Approval Timeline"), parent), m_today(QDate::currentDate()),
      m_table(new QTableWidget), m_add(new QPushButton(tr("&Add Step"))),
      m_remove(new QPushButton(tr("Remove Step"))), m_rule16(new QLabel), m_source(new QLabel) {
    setObjectName(QStringLiteral("timelineDock"));
    m_table->setObjectName(QStringLiteral("timeline"));
    m_table->setColumnCount(5);
    m_table->setHorizontalHeaderLabels(
        {tr("Step"), tr("Started"), tr("Completed"), tr("Due"), tr("Note")});
    m_table->horizontalHeader()->setSectionResizeMode(StepColumn, QHeaderView::Stretch);
    // The step's title is long: it takes the width left over, the note keeps a fair share.
    m_table->horizontalHeader()->setStretchLastSection(false);
    m_table->horizontalHeader()->setMinimumSectionSize(90);
    m_table->setColumnWidth(NoteColumn, 280);
    m_table->verticalHeader()->hide();
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_add->setObjectName(QStringLiteral("addStep"));
    m_remove->setObjectName(QStringLiteral("removeStep"));
    m_rule16->setObjectName(QStringLiteral("rule16"));
    m_rule16->setWordWrap(true);
    m_source->setObjectName(QStringLiteral("calendarSource"));
    m_source->setWordWrap(true);
    m_source->setStyleSheet(QStringLiteral("color: palette(mid);"));
    connect(m_add, &QPushButton::clicked, this, &TimelineDock::addEntry);
    connect(m_remove, &QPushButton::clicked, this, [this] { removeEntry(selectedEntryId()); });
    connect(m_table, &QTableWidget::itemSelectionChanged, this, [this] {
        m_remove->setEnabled(m_session && !selectedEntryId().isEmpty() &&
                             m_session->document()->isEditable(selectedEntryId()));
    });

    auto* body = new QWidget;
    auto* layout = new QVBoxLayout(body);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_add);
    buttons->addWidget(m_remove);
    buttons->addStretch(1);
    layout->addWidget(m_table, 1);
    layout->addLayout(buttons);
    layout->addWidget(m_rule16);
    layout->addWidget(m_source);
    setWidget(body);
    setCalendar(m_calendar);
    setSession(nullptr);
}

void TimelineDock::setSession(EditSession* session) {
    for (const QMetaObject::Connection& connection : std::as_const(m_connections))
        disconnect(connection);
    m_connections.clear();
    m_session = session;
    if (session)
        m_connections << connect(session->document(), &StandardDocument::changed, this,
                                 &TimelineDock::scheduleRefresh);
    refresh();
}

void TimelineDock::setCalendar(const WorkingCalendar& calendar) {
    m_calendar = calendar;
    m_source->setText(tr("Working days: weekends and public holidays of %1.")
                          .arg(calendar.isBuiltIn()
                                   ? tr("the calendar of Kazakhstan shipped with Kasibi")
                                   : QFileInfo(calendar.fileName()).fileName()));
    refresh();
}

void TimelineDock::setToday(const QDate& today) {
    m_today = today;
    refresh();
}

// Later: the change may come from one of the row's own editors, still on the stack.
void TimelineDock::scheduleRefresh() {
    if (m_refreshPending) return;
    m_refreshPending = true;
    QTimer::singleShot(0, this, [this] {
        m_refreshPending = false;
        refresh();
    });
}

void TimelineDock::refresh() {
    const QString selected = selectedEntryId();
    m_table->clearContents();
    m_table->setRowCount(0);
    m_entries.clear();
    const bool open = m_session != nullptr;
    const DocumentTree* tree = open ? &m_session->tree() : nullptr;
    m_add->setEnabled(open && m_session->document()->isEditable(tree->rootId, Role::Timeline));
    m_remove->setEnabled(false);
    if (open) m_entries = ApprovalTimeline::entries(*tree, m_calendar, m_today);
    const QString language = Preferences::effectiveUiLanguage();
    m_table->setRowCount(m_entries.size());
    for (int row = 0; row < m_entries.size(); ++row) {
        const ApprovalTimeline::Entry& entry = m_entries[row];
        const bool editable = m_session->document()->isEditable(entry.id);

        auto* step = new QComboBox;
        for (const ApprovalStep& each : ApprovalStep::all())
            step->addItem(each.title.in(language), each.key);
        step->setCurrentIndex(entry.step ? step->findData(entry.step->key) : -1);
        step->setEnabled(editable);
        connect(step, &QComboBox::activated, this, [this, id = entry.id, step] {
            m_session->setValue(id, Field::Step, {}, step->currentData().toString());
        });
        m_table->setCellWidget(row, StepColumn, step);

        for (const auto& [column, field, date] :
             {std::tuple{StartedColumn, Field::Started, entry.started},
              std::tuple{CompletedColumn, Field::Completed, entry.completed}}) {
            auto* edit = new QDateEdit;
            edit->setCalendarPopup(true);
            edit->setMinimumDate(kNotSet);
            edit->setSpecialValueText(QStringLiteral("—"));
            edit->setDisplayFormat(QStringLiteral("dd.MM.yyyy"));
            edit->setDate(date.isValid() ? date : kNotSet);
            edit->setEnabled(editable);
            const int burst = m_session->newBurst();
            connect(edit, &QDateEdit::dateChanged, this,
                    [this, id = entry.id, field, burst](const QDate& changed) {
                        setDate(id, field, changed, burst);
                    });
            m_table->setCellWidget(row, column, edit);
        }

        auto* due = new QTableWidgetItem(shown(entry.due));
        due->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
        if (entry.step && entry.step->workingDays > 0)
            due->setToolTip(
                tr("%n working day(s) from the start (rule %1)", nullptr, entry.step->workingDays)
                    .arg(entry.step->rule));
        if (!entry.calendarNote.isEmpty()) {
            // Not silently: the deadline may come a day or two earlier than shown.
            due->setText(due->text() + QStringLiteral(" *"));
            due->setToolTip(due->toolTip() + QLatin1Char('\n') + entry.calendarNote);
        }
        if (entry.overdue) {
            due->setForeground(QColor(0xb0, 0x2a, 0x37));
            QFont bold = due->font();
            bold.setBold(true);
            due->setFont(bold);
            due->setToolTip(due->toolTip() + QLatin1Char('\n') + tr("Overdue"));
        }
        due->setData(Qt::UserRole, entry.id);
        m_table->setItem(row, DueColumn, due);

        auto* note = new QLineEdit(tree->value(entry.id, Field::Note));
        note->setEnabled(editable);
        connect(note, &QLineEdit::editingFinished, this, [this, id = entry.id, note] {
            const QString text = note->text().trimmed();
            m_session->setValue(id, Field::Note, {},
                                text.isEmpty() ? std::nullopt : std::optional<QString>(text));
        });
        m_table->setCellWidget(row, NoteColumn, note);
        if (entry.id == selected) m_table->selectRow(row);
    }
    m_table->resizeColumnToContents(StartedColumn);
    m_table->resizeColumnToContents(CompletedColumn);
    m_table->resizeColumnToContents(DueColumn);
    m_table->resizeRowsToContents();

    QString current;
    if (const ApprovalTimeline::Entry* now = ApprovalTimeline::current(m_entries);
        now && now->step) {
        current = now->due.isValid() ? tr("Approval step: %1, due %2")
                                           .arg(now->step->title.in(language), shown(now->due))
                                     : tr("Approval step: %1").arg(now->step->title.in(language));
        if (now->overdue) current += QStringLiteral(" — ") + tr("overdue");
    }
    if (current != m_current) {
        m_current = current;
        emit currentStepChanged(current);
    }
    showRule16();
}

void TimelineDock::showRule16() {
    if (!m_session) {
        m_rule16->clear();
        return;
    }
    const DocumentTree& tree = m_session->tree();
    const QString standard = tree.standardId();
    bool haveYear = false;
    const int released = tree.value(standard, Field::ReleaseYear).toInt(&haveYear);
    const QDate planned =
        QDate::fromString(tree.value(standard, Field::PlannedUpdateDate), Qt::ISODate);
    QString colour = QStringLiteral("#0a3622");
    if (!haveYear || !planned.isValid()) {
        colour = QStringLiteral("#664d03");
        m_rule16->setText(tr("Chapter 4 gives no year of release or planned update date, so the "
                             "three years of rule 16 cannot be checked."));
    } else if (planned.year() <= released + 3) {
        m_rule16->setText(tr("Planned update %1: within three years of the release in %2 "
                             "(rule 16).")
                              .arg(shown(planned))
                              .arg(released));
    } else {
        colour = QStringLiteral("#b02a37");
        m_rule16->setText(tr("Planned update %1 is later than %2: a standard is updated at least "
                             "once every three years after its release in %3 (rule 16).")
                              .arg(shown(planned))
                              .arg(released + 3)
                              .arg(released));
    }
    m_rule16->setStyleSheet(QStringLiteral("color: %1;").arg(colour));
}

void TimelineDock::setDate(const QString& entryId, const QString& field, const QDate& date,
                           int burst) {
    if (!m_session) return;
    m_session->setValue(
        entryId, field, {},
        date <= kNotSet ? std::nullopt : std::optional<QString>(date.toString(Qt::ISODate)), burst);
}

QString TimelineDock::addEntry() {
    if (!m_session) return {};
    const DocumentTree& tree = m_session->tree();
    const QStringList existing = tree.children(tree.rootId, Role::Timeline);
    // The step after the last one recorded, as the procedure goes on.
    QString step = ApprovalStep::all().first().key;
    if (!existing.isEmpty()) {
        const int last = ApprovalStep::keys().indexOf(tree.value(existing.last(), Field::Step));
        if (last >= 0 && last + 1 < ApprovalStep::all().size())
            step = ApprovalStep::all()[last + 1].key;
    }
    QString id;
    {
        const EditSession::Step undoStep(m_session, tr("Add approval step"));
        id = m_session->addElement(tree.rootId, Role::Timeline);
        if (!id.isEmpty()) {
            m_session->setValue(id, Field::Step, {}, step);
            m_session->setValue(id, Field::Started, {}, m_today.toString(Qt::ISODate));
        }
    }
    refresh();
    for (int row = 0; row < m_entries.size(); ++row)
        if (m_entries[row].id == id) m_table->selectRow(row);
    return id;
}

bool TimelineDock::removeEntry(const QString& entryId) {
    if (!m_session || entryId.isEmpty()) return false;
    const bool removed = m_session->removeElement(entryId);
    refresh();
    return removed;
}

QString TimelineDock::selectedEntryId() const {
    const QList<QTableWidgetItem*> selected = m_table->selectedItems();
    for (QTableWidgetItem* item : selected)
        if (item->column() == DueColumn) return item->data(Qt::UserRole).toString();
    const int row = m_table->currentRow();
    return row >= 0 && row < m_entries.size() ? m_entries[row].id : QString();
}

} // namespace kasibi
