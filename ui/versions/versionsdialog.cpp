#include "ui/versions/versionsdialog.h"

#include "core/model/displaytime.h"

#include "ui/commands/editsession.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace kasibi {

VersionsDialog::VersionsDialog(EditSession* session, QWidget* parent)
    : QDialog(parent), m_session(session), m_list(new QTreeWidget),
      m_open(new QPushButton(tr("&Open Read-Only"))), m_restore(new QPushButton(tr("&Restore"))),
      m_compare(new QPushButton(tr("&Compare with Current"))) {
    setObjectName(QStringLiteral("versionsDialog"));
    setWindowTitle(tr("Versions"));
    m_list->setObjectName(QStringLiteral("versions"));
    m_list->setColumnCount(2);
    m_list->setHeaderLabels({tr("Name"), tr("Saved")});
    m_list->setRootIsDecorated(false);
    m_list->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_open->setObjectName(QStringLiteral("openVersion"));
    m_restore->setObjectName(QStringLiteral("restoreVersion"));
    m_compare->setObjectName(QStringLiteral("compareVersion"));
    m_restore->setToolTip(tr("Makes this version the current content; Undo takes it back."));

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    for (QPushButton* button : {m_open, m_restore, m_compare})
        buttons->addButton(button, QDialogButtonBox::ActionRole);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_open, &QPushButton::clicked, this,
            [this] { emit openRequested(selectedVersionId()); });
    connect(m_compare, &QPushButton::clicked, this,
            [this] { emit compareRequested(selectedVersionId()); });
    connect(m_restore, &QPushButton::clicked, this, [this] {
        if (Status restored = restoreSelected(); !restored)
            QMessageBox::warning(this, tr("The version could not be restored"),
                                 restored.error().toString());
    });
    connect(m_list, &QTreeWidget::itemSelectionChanged, this, &VersionsDialog::updateButtons);
    connect(m_list, &QTreeWidget::itemDoubleClicked, this,
            [this] { emit openRequested(selectedVersionId()); });
    connect(session->document(), &StandardDocument::versionsChanged, this,
            &VersionsDialog::refresh);

    auto* hint = new QLabel(tr("Versions are kept inside the document file. Save one with "
                               "Lifecycle > Save Version."));
    hint->setWordWrap(true);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(hint);
    layout->addWidget(m_list, 1);
    layout->addWidget(buttons);
    resize(640, 420);
    refresh();
}

void VersionsDialog::refresh() {
    m_list->clear();
    Result<QVector<VersionInfo>> versions = m_session->document()->versions();
    if (!versions) {
        auto* item = new QTreeWidgetItem(m_list, {versions.error().toString()});
        item->setFlags(Qt::NoItemFlags);
    } else {
        for (const VersionInfo& version : versions.value()) {
            auto* item =
                new QTreeWidgetItem(m_list, {version.name, DisplayTime::dateTime(version.created)});
            item->setData(0, Qt::UserRole, version.id);
        }
        if (m_list->topLevelItemCount() > 0)
            m_list->setCurrentItem(m_list->topLevelItem(m_list->topLevelItemCount() - 1));
    }
    updateButtons();
}

void VersionsDialog::updateButtons() {
    const bool selected = !selectedVersionId().isEmpty();
    m_open->setEnabled(selected);
    m_compare->setEnabled(selected);
    m_restore->setEnabled(selected && m_session->isContentEditable());
}

QString VersionsDialog::selectedVersionId() const {
    QTreeWidgetItem* item = m_list->currentItem();
    return item ? item->data(0, Qt::UserRole).toString() : QString();
}

void VersionsDialog::selectVersion(const QString& versionId) {
    for (int i = 0; i < m_list->topLevelItemCount(); ++i)
        if (m_list->topLevelItem(i)->data(0, Qt::UserRole).toString() == versionId)
            m_list->setCurrentItem(m_list->topLevelItem(i));
}

Status VersionsDialog::restoreSelected() {
    const QString id = selectedVersionId();
    if (id.isEmpty()) return Status::failure(tr("no version is selected"));
    Result<DocumentTree> content = m_session->document()->versionContent(id);
    if (!content) return content.error();
    const QString name = m_list->currentItem()->text(0);
    // A refused restore drops out of the history and has been reported by the session.
    if (!m_session->restoreVersion(content.value(), name))
        return Status::failure(tr("the document refused the restored content"),
                               m_session->document()->path());
    return {};
}

} // namespace kasibi
