#include "ui/import/importreportdock.h"

#include <QFileInfo>
#include <QHeaderView>
#include <QLabel>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace kasibi {

namespace {

QString kindText(ImportNote::Kind kind) {
    switch (kind) {
    case ImportNote::Kind::Mapped:
        return ImportReportDock::tr("Mapped");
    case ImportNote::Kind::Unplaced:
        return ImportReportDock::tr("Unplaced");
    case ImportNote::Kind::Missing:
        return ImportReportDock::tr("Missing");
    case ImportNote::Kind::Mismatch:
        return ImportReportDock::tr("Mismatch");
    }
    return {};
}

} // namespace

ImportReportDock::ImportReportDock(QWidget* parent)
    : QDockWidget(tr("Import Report"), parent), m_summary(new QLabel), m_list(new QTreeWidget) {
    setObjectName(QStringLiteral("importReportDock"));
    auto* content = new QWidget;
    auto* layout = new QVBoxLayout(content);
    layout->setContentsMargins(4, 4, 4, 4);
    m_summary->setWordWrap(true);
    m_list->setObjectName(QStringLiteral("importNotes"));
    m_list->setColumnCount(3);
    m_list->setHeaderLabels({tr("Kind"), tr("Note"), tr("Source")});
    m_list->setRootIsDecorated(false);
    m_list->setWordWrap(true);
    m_list->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_list->header()->setSectionResizeMode(1, QHeaderView::Stretch);
    layout->addWidget(m_summary);
    layout->addWidget(m_list, 1);
    setWidget(content);
    connect(m_list, &QTreeWidget::itemActivated, this, [this](QTreeWidgetItem* item) {
        const QString id = item->data(0, Qt::UserRole).toString();
        if (!id.isEmpty()) emit elementActivated(id);
    });
}

void ImportReportDock::setReport(const ImportReport& report, const QStringList& sources) {
    m_list->clear();
    QStringList names;
    for (const QString& source : sources)
        names << QFileInfo(source).fileName();
    m_summary->setText(tr("Imported from %1: %2 mapped, %3 unplaced, %4 missing, %5 mismatch. "
                          "The validation dock lists what the author must still supply.")
                           .arg(names.join(QStringLiteral(", ")))
                           .arg(report.count(ImportNote::Kind::Mapped))
                           .arg(report.count(ImportNote::Kind::Unplaced))
                           .arg(report.count(ImportNote::Kind::Missing))
                           .arg(report.count(ImportNote::Kind::Mismatch)));
    for (const ImportNote& note : report.notes) {
        auto* item = new QTreeWidgetItem({kindText(note.kind), note.message, note.source});
        item->setData(0, Qt::UserRole, note.elementId);
        item->setToolTip(1, note.message + QStringLiteral("\n") + note.path);
        m_list->addTopLevelItem(item);
    }
}

void ImportReportDock::clear() {
    m_list->clear();
    m_summary->clear();
}

int ImportReportDock::noteCount() const {
    return m_list->topLevelItemCount();
}

} // namespace kasibi
