#pragma once

#include "core/import/importreport.h"

#include <QDockWidget>

class QTreeWidget;
class QLabel;

namespace kasibi {

// The report of an import from Word, beside the validation dock: what was mapped, what found
// no place, what the source lacks, where the two languages' files differ. Activating a note
// takes the editor to its element.
class ImportReportDock : public QDockWidget {
    Q_OBJECT
public:
    explicit ImportReportDock(QWidget* parent = nullptr);

    void setReport(const ImportReport& report, const QStringList& sources);
    void clear();
    int noteCount() const;
    QTreeWidget* list() const { return m_list; }

signals:
    void elementActivated(const QString& elementId);

private:
    QLabel* m_summary;
    QTreeWidget* m_list;
};

} // namespace kasibi
