#include "ui/registry/registrydock.h"

#include "core/lifecycle/standardstatus.h"
#include "core/registry/registrycheck.h"
#include "ui/shell/preferences.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace kasibi {

namespace {

enum Column { StandardColumn, CardColumn, TextColumn };
// The search results also say where each standard stands in the approval procedure.
enum ResultColumn { ResultStandard, ResultStatus, ResultCard, ResultText };
enum Data { StandardRole = Qt::UserRole, ElementRole, FieldRole };

// The field of a JSON Pointer as Schema names it: "/standard/professionCards/0/name/ru" -> "name".
QString fieldOf(const QString& pointer) {
    QStringList parts = pointer.split(QLatin1Char('/'), Qt::SkipEmptyParts);
    if (!parts.isEmpty() &&
        (parts.last() == QLatin1String("kk") || parts.last() == QLatin1String("ru")))
        parts.removeLast();
    return parts.value(parts.size() - 1);
}

QString kindLabel(const QString& criterion) {
    if (criterion == RegistryCheck::DuplicateOccupation) return RegistryDock::tr("Same occupation");
    if (criterion == RegistryCheck::RelatedElsewhere) return RegistryDock::tr("Related, elsewhere");
    if (criterion == RegistryCheck::RelatedUndescribed) return RegistryDock::tr("Related, nowhere");
    if (criterion == RegistryCheck::UpdateDue) return RegistryDock::tr("Update due");
    if (criterion == RegistryCheck::DuplicateCode) return RegistryDock::tr("Same code");
    return criterion;
}

QTreeWidget* list(const QStringList& headers, const QString& name, QWidget* parent) {
    auto* tree = new QTreeWidget(parent);
    tree->setObjectName(name);
    tree->setRootIsDecorated(false);
    tree->setHeaderLabels(headers);
    tree->setUniformRowHeights(true);
    tree->header()->setStretchLastSection(true);
    return tree;
}

} // namespace

RegistryDock::RegistryDock(QWidget* parent) : QDockWidget(tr("Registry"), parent) {
    setObjectName(QStringLiteral("registryDock"));
    auto* body = new QWidget(this);
    auto* layout = new QVBoxLayout(body);
    auto* searchRow = new QHBoxLayout;
    m_search = new QLineEdit(body);
    m_search->setObjectName(QStringLiteral("registrySearch"));
    m_search->setPlaceholderText(tr("Words in Kazakh or Russian, an NKZ or OKED code"));
    m_search->setClearButtonEnabled(true);
    m_find = new QPushButton(tr("Find"), body);
    m_find->setObjectName(QStringLiteral("registryFind"));
    searchRow->addWidget(m_search, 1);
    searchRow->addWidget(m_find);
    layout->addLayout(searchRow);
    m_results = list({tr("Standard"), tr("Status"), tr("Card"), tr("Found")},
                     QStringLiteral("registryResults"), body);
    layout->addWidget(m_results, 2);

    auto* checkRow = new QHBoxLayout;
    m_check = new QPushButton(tr("Check the Registry"), body);
    m_check->setObjectName(QStringLiteral("registryCheck"));
    m_summary = new QLabel(body);
    checkRow->addWidget(m_check);
    checkRow->addWidget(m_summary, 1);
    m_map = new QLineEdit(body);
    m_map->setObjectName(QStringLiteral("registryMapCode"));
    m_map->setPlaceholderText(tr("OKED section or division"));
    m_map->setMaximumWidth(170);
    m_mapButton = new QPushButton(tr("Map"), body);
    checkRow->addWidget(m_map);
    checkRow->addWidget(m_mapButton);
    layout->addLayout(checkRow);
    m_findings =
        list({tr("Standard"), tr("Kind"), tr("Finding")}, QStringLiteral("registryFindings"), body);
    layout->addWidget(m_findings, 3);
    setWidget(body);

    const auto askSearch = [this] {
        if (m_find->isEnabled()) emit searchRequested(m_search->text());
    };
    connect(m_search, &QLineEdit::returnPressed, this, askSearch);
    connect(m_find, &QPushButton::clicked, this, askSearch);
    connect(m_check, &QPushButton::clicked, this, &RegistryDock::checkRequested);
    const auto askMap = [this] {
        if (m_mapButton->isEnabled() && !m_map->text().trimmed().isEmpty())
            emit mapRequested(m_map->text().trimmed());
    };
    connect(m_map, &QLineEdit::returnPressed, this, askMap);
    connect(m_mapButton, &QPushButton::clicked, this, askMap);
    for (QTreeWidget* tree : {m_results, m_findings})
        connect(tree, &QTreeWidget::itemActivated, this, &RegistryDock::activate);
}

void RegistryDock::setBusy(bool busy) {
    for (QPushButton* button : {m_find, m_check, m_mapButton})
        button->setEnabled(!busy);
}

void RegistryDock::showHits(const QVector<RegistryHit>& hits) {
    m_results->clear();
    for (const RegistryHit& hit : hits) {
        auto* item = new QTreeWidgetItem(m_results);
        const QString name = hit.standardName.in(m_language);
        item->setText(ResultStandard, hit.standardCode + QStringLiteral(" ") + name);
        item->setToolTip(ResultStandard, item->text(ResultStandard));
        const StandardStatus* status = StandardStatus::find(hit.status);
        item->setText(ResultStatus,
                      status ? status->title.in(Preferences::effectiveUiLanguage()) : hit.status);
        item->setData(ResultStatus, Qt::UserRole, hit.status);
        item->setText(ResultCard, hit.cardName.in(m_language));
        item->setToolTip(ResultCard, item->text(ResultCard));
        item->setText(ResultText, hit.text.simplified());
        item->setToolTip(ResultText, hit.field);
        item->setData(StandardColumn, StandardRole, hit.standardId);
        item->setData(StandardColumn, ElementRole, hit.cardId);
        item->setData(StandardColumn, FieldRole,
                      hit.cardId.isEmpty() ? QString() : fieldOf(hit.field));
    }
    if (hits.isEmpty()) {
        auto* none = new QTreeWidgetItem(m_results, {tr("Nothing found")});
        none->setFlags(Qt::NoItemFlags);
        none->setFirstColumnSpanned(true);
    }
    // Whole, a standard's and a card's names would push what was found out of the pane's
    // sight: each keeps at most a quarter of its width, elided, and is whole in its tooltip.
    const int quarter = m_results->viewport()->width() / 4;
    for (int column : {ResultStandard, ResultCard}) {
        m_results->resizeColumnToContents(column);
        m_results->setColumnWidth(column, qMin(m_results->columnWidth(column), quarter));
    }
    m_results->resizeColumnToContents(ResultStatus);
}

void RegistryDock::showFindings(const RegistryFindings& findings) {
    m_findings->clear();
    int errors = 0;
    for (const RegistryFinding& found : findings) {
        auto* item = new QTreeWidgetItem(m_findings);
        const bool error = found.finding.severity == Severity::Error;
        errors += error;
        item->setText(StandardColumn, found.standardCode);
        item->setText(CardColumn, kindLabel(found.finding.criterion));
        item->setData(CardColumn, Qt::UserRole, found.finding.criterion);
        item->setText(TextColumn, found.finding.message.in(m_language));
        item->setToolTip(TextColumn, found.finding.message.in(m_language));
        item->setForeground(TextColumn,
                            error ? QColor(0xB0, 0x1C, 0x1C) : QColor(0x8A, 0x5A, 0x00));
        item->setData(StandardColumn, StandardRole, found.standardId);
        item->setData(StandardColumn, ElementRole, found.finding.elementId);
        item->setData(StandardColumn, FieldRole, found.finding.field);
    }
    m_summary->setText(tr("%n error(s)", nullptr, errors) + QStringLiteral(", ") +
                       tr("%n warning(s)", nullptr, int(findings.size()) - errors));
    m_findings->resizeColumnToContents(StandardColumn);
}

void RegistryDock::activate(QTreeWidgetItem* item) {
    const QString standard = item->data(StandardColumn, StandardRole).toString();
    if (standard.isEmpty()) return;
    emit standardActivated(standard, item->data(StandardColumn, ElementRole).toString(),
                           item->data(StandardColumn, FieldRole).toString());
}

} // namespace kasibi
