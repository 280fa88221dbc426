#include "ui/versions/compareview.h"

#include "core/lifecycle/standarddiff.h"
#include "core/lifecycle/worddiff.h"
#include "core/model/labels.h"
#include "ui/shell/preferences.h"

#include <QHeaderView>
#include <QLabel>
#include <QTimer>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace kasibi {

namespace {

QColor background(ChangeKind kind) {
    switch (kind) {
    case ChangeKind::Added:
        return QColor(0xdf, 0xf5, 0xdf);
    case ChangeKind::Removed:
        return QColor(0xfb, 0xdc, 0xdc);
    case ChangeKind::Changed:
        return QColor(0xff, 0xf4, 0xc2);
    case ChangeKind::Moved:
        return QColor(0xe2, 0xe8, 0xf8);
    }
    return {};
}

QString kindText(const Change& change) {
    switch (change.kind) {
    case ChangeKind::Added:
        return CompareView::tr("Added");
    case ChangeKind::Removed:
        return CompareView::tr("Removed");
    case ChangeKind::Changed:
        return change.language.isEmpty()
                   ? CompareView::tr("Changed")
                   : CompareView::tr("Changed (%1)").arg(Labels::language(change.language));
    case ChangeKind::Moved:
        return change.withinParent ? CompareView::tr("Moved within its list")
                                   : CompareView::tr("Moved");
    }
    return {};
}

// Rows as tall as their place wraps in the first column: the tree's own size hint knows
// nothing of wrapping and would cut the place and the kind of change short.
void fitPlaces(QTreeWidget* view) {
    const int width = view->columnWidth(0) - view->indentation() - 8;
    if (width <= 0) return;
    const QFontMetrics metrics(view->font());
    for (int i = 0; i < view->topLevelItemCount(); ++i) {
        QTreeWidgetItem* group = view->topLevelItem(i);
        for (int j = 0; j < group->childCount(); ++j) {
            QTreeWidgetItem* item = group->child(j);
            const int checkWidth = item->flags().testFlag(Qt::ItemIsUserCheckable) ? 24 : 0;
            const QRect bounds = metrics.boundingRect(
                QRect(0, 0, qMax(40, width - checkWidth), 100000), Qt::TextWordWrap, item->text(0));
            item->setSizeHint(0, QSize(width, bounds.height() + 8));
        }
    }
    view->doItemsLayout();
}

} // namespace

CompareView::CompareView(QWidget* parent)
    : QWidget(parent), m_verdict(new QLabel), m_view(new QTreeWidget) {
    setObjectName(QStringLiteral("compareView"));
    m_verdict->setObjectName(QStringLiteral("verdict"));
    m_verdict->setWordWrap(true);
    m_verdict->setTextFormat(Qt::RichText);
    m_view->setObjectName(QStringLiteral("changes"));
    m_view->setColumnCount(3);
    m_view->setHeaderLabels({tr("Place and change"), tr("Older"), tr("Newer")});
    m_view->setWordWrap(true);
    m_view->setRootIsDecorated(false);
    m_view->header()->setSectionResizeMode(QHeaderView::Stretch);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_verdict);
    layout->addWidget(m_view, 1);
    connect(m_view->header(), &QHeaderView::sectionResized, this, [this](int section) {
        if (section == 0) fitPlaces(m_view);
    });
    connect(m_view, &QTreeWidget::itemChanged, this, [this](QTreeWidgetItem* item, int column) {
        if (column == 0 && item->data(0, ChangeIndexRole).isValid()) showVerdict();
    });
}

void CompareView::compare(const DocumentTree& older, const DocumentTree& newer,
                          const QString& language) {
    m_older = older;
    m_newer = newer;
    m_language = language;
    m_changes = ChangeReportLayout::inDocumentOrder(StandardDiff::compare(older, newer));
    const QSignalBlocker blocker(m_view);
    m_view->clear();
    QString group;
    QTreeWidgetItem* groupItem = nullptr;
    for (int i = 0; i < m_changes.size(); ++i) {
        const Change& change = m_changes[i];
        const QString card = ChangeReportLayout::cardOf(change, m_older, m_newer);
        const int chapter = ChangeReportLayout::chapterOf(change);
        const QString key = QString::number(chapter) + QLatin1Char('/') + card;
        if (key != group || !groupItem) {
            group = key;
            groupItem = new QTreeWidgetItem(m_view);
            const DocumentTree& tree = change.kind == ChangeKind::Removed ? m_older : m_newer;
            groupItem->setText(
                0, card.isEmpty() ? Labels::chapter(chapter)
                                  : Labels::pageTitle(QStringLiteral("ProfessionCard")) +
                                        QStringLiteral(" «") +
                                        ChangeReportLayout::elementWording(tree, card, language) +
                                        QStringLiteral("»"));
            QFont bold = groupItem->font(0);
            bold.setBold(true);
            groupItem->setFont(0, bold);
            groupItem->setFirstColumnSpanned(true);
            groupItem->setFlags(Qt::ItemIsEnabled);
        }
        addRow(groupItem, i);
    }
    m_view->expandAll();
    fitPlaces(m_view);
    showVerdict();
}

void CompareView::addRow(QTreeWidgetItem* group, int index) {
    const Change& change = m_changes[index];
    const ChangeReportLayout::Row words =
        ChangeReportLayout::rowOf(change, m_older, m_newer, m_language);
    auto* item = new QTreeWidgetItem(group);
    item->setData(0, ChangeIndexRole, index);
    // The card is named by the group's heading already.
    QString place = words.place;
    if (const QString card = group->text(0) + QStringLiteral(" › ");
        place.startsWith(card) && place.size() > card.size())
        place = place.mid(card.size());
    item->setText(0, place + QLatin1Char('\n') + kindText(change));
    item->setToolTip(0, change.path);
    if (change.typoFix) {
        // Offered, not assumed: the user confirms that it only fixes spelling (rule 18).
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        item->setCheckState(0, Qt::Unchecked);
        item->setText(0, item->text(0) + QStringLiteral(" — ") + tr("typo fix?"));
        item->setToolTip(0, tr("Tick if this edit only fixes spelling and does not change the "
                               "content (rule 18)."));
    }
    QString before = words.before.toHtmlEscaped(), after = words.after.toHtmlEscaped();
    if (change.kind == ChangeKind::Changed) {
        const QVector<WordDiff::Piece> pieces = WordDiff::compare(change.before, change.after);
        before = WordDiff::html(pieces, WordDiff::Kind::Removed);
        after = WordDiff::html(pieces, WordDiff::Kind::Added);
    }
    for (int column = 0; column < 3; ++column)
        item->setBackground(column, background(change.kind));
    for (const auto& [column, html] : {std::pair{1, before}, std::pair{2, after}}) {
        auto* label = new QLabel(html);
        label->setTextFormat(Qt::RichText);
        label->setWordWrap(true);
        label->setTextInteractionFlags(Qt::TextSelectableByMouse);
        label->setAutoFillBackground(true);
        QPalette palette = label->palette();
        palette.setColor(QPalette::Window, background(change.kind));
        label->setPalette(palette);
        label->setContentsMargins(4, 2, 4, 2);
        m_view->setItemWidget(item, column, label);
    }
}

void CompareView::resizeEvent(QResizeEvent* event) {
    QWidget::resizeEvent(event);
    // Once the columns have their new widths.
    QTimer::singleShot(0, this, [this] { fitPlaces(m_view); });
}

QVector<Change> CompareView::changes() const {
    QVector<Change> list = m_changes;
    for (int i = 0; i < m_view->topLevelItemCount(); ++i) {
        QTreeWidgetItem* group = m_view->topLevelItem(i);
        for (int j = 0; j < group->childCount(); ++j) {
            QTreeWidgetItem* item = group->child(j);
            const int index = item->data(0, ChangeIndexRole).toInt();
            if (list[index].typoFix) list[index].typoFix = item->checkState(0) == Qt::Checked;
        }
    }
    return list;
}

ChangeSignificance CompareView::verdict() const {
    return ChangeSignificance::judge(changes(), true);
}

QString CompareView::verdictText() const {
    const ChangeSignificance judged = verdict();
    const QString language = Preferences::effectiveUiLanguage();
    if (language == QLatin1String("kk") || language == QLatin1String("ru"))
        return ChangeReportLayout::verdictInWords(m_older, m_newer, changes(), language);
    return judged.reason;
}

void CompareView::showVerdict() {
    const ChangeSignificance judged = verdict();
    const QString heading =
        m_changes.isEmpty() ? tr("No changes")
        : judged.significant
            ? tr("Significant change: the whole approval procedure again (rule 17)")
            : tr("Not a significant change (rule 18)");
    m_verdict->setStyleSheet(
        judged.significant ? QStringLiteral("background:#f8d7da; color:#58151c; padding:8px;")
                           : QStringLiteral("background:#d1e7dd; color:#0a3622; padding:8px;"));
    m_verdict->setText(QStringLiteral("<b>%1</b> — %2<br>%3")
                           .arg(heading.toHtmlEscaped(),
                                tr("%n change(s)", nullptr, int(m_changes.size())),
                                verdictText().toHtmlEscaped()));
    emit verdictChanged();
}

QTreeWidgetItem* CompareView::itemOf(const QString& elementId, const QString& field) const {
    for (int i = 0; i < m_view->topLevelItemCount(); ++i) {
        QTreeWidgetItem* group = m_view->topLevelItem(i);
        for (int j = 0; j < group->childCount(); ++j) {
            const Change& change = m_changes[group->child(j)->data(0, ChangeIndexRole).toInt()];
            if (change.elementId == elementId && (field.isEmpty() || change.field == field))
                return group->child(j);
        }
    }
    return nullptr;
}

QString CompareView::sideHtml(QTreeWidgetItem* item, int column) const {
    auto* label = qobject_cast<QLabel*>(m_view->itemWidget(item, column));
    return label ? label->text() : QString();
}

} // namespace kasibi
