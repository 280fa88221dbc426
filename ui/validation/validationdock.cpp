#include "ui/validation/validationdock.h"

#include "core/classifier/classifiercheck.h"
#include "core/classifier/classifierstore.h"
#include "core/model/labels.h"
#include "core/model/pageref.h"
#include "core/model/schema.h"
#include "core/validation/criterion.h"
#include "core/validation/validator.h"
#include "ui/commands/editsession.h"

#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QMenu>
#include <QStackedWidget>
#include <QStyle>
#include <QtConcurrent/QtConcurrentRun>
#include <QTimer>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace kasibi {

namespace {

constexpr int FindingIndexRole = Qt::UserRole + 1;

} // namespace

ValidationDock::ValidationDock(QWidget* parent)
    : QDockWidget(tr("Validation"), parent), m_view(new QTreeWidget), m_placeholder(new QLabel),
      m_detail(new QLabel), m_timer(new QTimer(this)) {
    setObjectName(QStringLiteral("validationDock"));
    auto* content = new QWidget(this);
    auto* layout = new QVBoxLayout(content);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    auto* stack = new QStackedWidget(content);
    m_view->setObjectName(QStringLiteral("findings"));
    m_view->setHeaderHidden(true);
    m_view->setColumnCount(1);
    m_view->setRootIsDecorated(true);
    m_view->setUniformRowHeights(false);
    m_view->setWordWrap(true);
    m_view->setTextElideMode(Qt::ElideNone);
    m_view->setIndentation(14);
    setMinimumWidth(220);
    m_view->header()->setStretchLastSection(true);
    m_placeholder->setAlignment(Qt::AlignCenter);
    m_placeholder->setWordWrap(true);
    stack->addWidget(m_view);
    stack->addWidget(m_placeholder);
    layout->addWidget(stack, 1);
    m_detail->setObjectName(QStringLiteral("findingDetail"));
    m_detail->setWordWrap(true);
    m_detail->setTextFormat(Qt::RichText);
    m_detail->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_detail->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_detail->setMargin(6);
    m_detail->setFrameShape(QFrame::StyledPanel);
    m_detail->setBackgroundRole(QPalette::Base);
    m_detail->setAutoFillBackground(true);
    m_detail->hide();
    layout->addWidget(m_detail);
    setWidget(content);
    m_timer->setSingleShot(true);
    m_timer->setInterval(DebounceMilliseconds);
    connect(m_timer, &QTimer::timeout, this, &ValidationDock::start);
    connect(&m_watcher, &QFutureWatcher<Run>::finished, this, [this] {
        m_running = false;
        if (m_runningGeneration == m_generation && m_session) {
            const Run run = m_watcher.result();
            m_fixes = run.fixes;
            show(run.findings);
        }
        if (m_rerun) {
            m_rerun = false;
            m_timer->start();
        }
    });
    connect(m_view, &QTreeWidget::currentItemChanged, this, &ValidationDock::showDetail);
    connect(m_view, &QTreeWidget::itemClicked, this, &ValidationDock::activate);
    connect(m_view, &QTreeWidget::itemActivated, this, &ValidationDock::activate);
    m_view->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_view, &QTreeWidget::customContextMenuRequested, this,
            &ValidationDock::showContextMenu);
    setSession(nullptr);
}

ValidationDock::~ValidationDock() {
    m_watcher.waitForFinished();
}

void ValidationDock::setSession(EditSession* session) {
    ++m_generation;
    m_session = session;
    m_findings.clear();
    m_fixes.clear();
    m_view->clear();
    m_groups.clear();
    showDetail();
    auto* stack = widget()->findChild<QStackedWidget*>();
    if (!session) {
        m_placeholder->setText(tr("Open a standard to see what the National body would find."));
        stack->setCurrentWidget(m_placeholder);
        emit countsChanged(0, 0);
        return;
    }
    connect(session->document(), &StandardDocument::changed, this, &ValidationDock::schedule,
            Qt::UniqueConnection);
    m_placeholder->setText(tr("Checking…"));
    stack->setCurrentWidget(m_placeholder);
    start();
}

bool ValidationDock::isPending() const {
    // m_running, not the watcher: the findings are shown only once its finished signal is handled.
    return m_timer->isActive() || m_running || m_rerun;
}

void ValidationDock::setClassifierStorePath(const QString& path) {
    if (path == m_classifierStorePath) return;
    m_classifierStorePath = path;
    if (m_session) schedule();
}

std::optional<ClassifierFix> ValidationDock::fixOf(int findingIndex) const {
    const auto fix = m_fixes.constFind(findingIndex);
    if (fix == m_fixes.constEnd()) return std::nullopt;
    return *fix;
}

bool ValidationDock::applyFix(int findingIndex) {
    const std::optional<ClassifierFix> fix = fixOf(findingIndex);
    if (!fix || !m_session || !m_session->isContentEditable()) return false;
    return m_session->setValue(fix->elementId, fix->field, fix->language, fix->value);
}

void ValidationDock::showContextMenu(const QPoint& position) {
    QTreeWidgetItem* item = m_view->itemAt(position);
    const QVariant index = item ? item->data(0, FindingIndexRole) : QVariant();
    if (!index.isValid()) return;
    const int i = index.toInt();
    QMenu menu(this);
    menu.addAction(tr("&Go to the Field"), this, [this, item] { activate(item); });
    if (const std::optional<ClassifierFix> fix = fixOf(i)) {
        QAction* apply =
            menu.addAction(tr("&Apply the Classifier's Wording"), this, [this, i] { applyFix(i); });
        apply->setObjectName(QStringLiteral("applyClassifierFix"));
        apply->setToolTip(fix->value);
        apply->setEnabled(m_session && m_session->isContentEditable());
    }
    menu.exec(m_view->viewport()->mapToGlobal(position));
}

void ValidationDock::schedule() {
    m_timer->start();
}

void ValidationDock::start() {
    if (!m_session) return;
    if (m_running) {
        m_rerun = true;
        return;
    }
    // The tree is implicitly shared: the copy is a snapshot the worker reads while editing goes on.
    const DocumentTree snapshot = m_session->tree();
    const QDate today = QDate::currentDate();
    m_runningGeneration = m_generation;
    m_running = true;
    const QString storePath = m_classifierStorePath;
    m_watcher.setFuture(QtConcurrent::run([snapshot, today, storePath] {
        Run run{Validator().validate(snapshot, today), {}};
        if (storePath.isEmpty()) return run;
        // A connection of this thread's own: a QSqlDatabase never crosses threads.
        Result<std::unique_ptr<ClassifierStore>> store = ClassifierStore::open(storePath);
        if (!store) return run;
        for (const ClassifierCheck::Outcome& outcome :
             ClassifierCheck(*store.value()).check(snapshot)) {
            if (outcome.fix) run.fixes.insert(run.findings.size(), *outcome.fix);
            run.findings << outcome.finding;
        }
        return run;
    }));
}

QTreeWidgetItem* ValidationDock::groupItem(const QString& key, const QString& title,
                                           QTreeWidgetItem* parent) {
    QTreeWidgetItem*& item = m_groups[key];
    if (!item) {
        item = parent ? new QTreeWidgetItem(parent) : new QTreeWidgetItem(m_view);
        QFont bold = m_view->font();
        bold.setBold(true);
        item->setFont(0, bold);
        item->setFlags(Qt::ItemIsEnabled);
    }
    item->setText(0, title);
    return item;
}

QString ValidationDock::keyOf(const Finding& finding) {
    return finding.criterion + QLatin1Char('|') + finding.elementId + QLatin1Char('|') +
           finding.field + QLatin1Char('|') + finding.language + QLatin1Char('|') +
           finding.message.en;
}

QString ValidationDock::rowText(const Finding& finding) const {
    QString text = Labels::sentence(finding.instructionIn(m_language));
    QStringList place = finding.placeIn(m_language);
    // A card's findings are under its heading: the card is not named again.
    if (!place.isEmpty() && !PageRef::cardOf(m_session->tree(), finding.elementId).isEmpty())
        place.removeFirst();
    if (!place.isEmpty())
        text += QStringLiteral(" — ") + Labels::sentence(place.join(QStringLiteral(", ")));
    return text;
}

void ValidationDock::showDetail() {
    QTreeWidgetItem* item = m_view->currentItem();
    const QVariant index = item ? item->data(0, FindingIndexRole) : QVariant();
    if (!index.isValid() || index.toInt() >= m_findings.size()) {
        m_detail->hide();
        m_detail->clear();
        return;
    }
    const Finding& finding = m_findings[index.toInt()];
    QString head = finding.severity == Severity::Error     ? tr("Error")
                   : finding.severity == Severity::Warning ? tr("Warning")
                                                           : tr("Information");
    if (const Criterion* criterion = Criterion::find(finding.criterion))
        head += QStringLiteral(" · ") +
                tr("criterion %1: %2").arg(finding.criterion, criterion->title.in(m_language));
    m_detail->setText(
        QStringLiteral("<b>%1</b><br>%2")
            .arg(head.toHtmlEscaped(), finding.message.in(m_language).toHtmlEscaped()));
    m_detail->show();
}

void ValidationDock::show(const Findings& findings) {
    QString selected;
    if (QTreeWidgetItem* current = m_view->currentItem()) {
        const QVariant index = current->data(0, FindingIndexRole);
        if (index.isValid()) selected = keyOf(m_findings.value(index.toInt()));
    }
    m_findings = findings;
    const DocumentTree& tree = m_session->tree();
    // Remember what the user had opened or selected, to find it again after the refresh.
    QSet<QString> collapsed;
    for (auto it = m_groups.cbegin(); it != m_groups.cend(); ++it)
        if (!it.value()->isExpanded()) collapsed.insert(it.key());
    m_view->setUpdatesEnabled(false);
    m_view->clear();
    m_groups.clear();
    const QIcon error = style()->standardIcon(QStyle::SP_MessageBoxCritical);
    const QIcon warning = style()->standardIcon(QStyle::SP_MessageBoxWarning);
    const QIcon information = style()->standardIcon(QStyle::SP_MessageBoxInformation);
    QHash<QString, QPair<int, int>> counts;
    // Groups made in the order of the standard; those left empty go afterwards.
    for (int chapter = PageRef::GeneralProvisions; chapter <= PageRef::ExtraSections; ++chapter) {
        QTreeWidgetItem* group =
            groupItem(QString::number(chapter), Labels::chapter(chapter), nullptr);
        if (chapter != PageRef::ProfessionCards) continue;
        const QStringList cards = tree.children(tree.standardId(), Role::ProfessionCards);
        for (int i = 0; i < cards.size(); ++i) {
            const QString name = m_session->displayName(cards[i]);
            groupItem(cards[i],
                      name.isEmpty() ? tr("Profession card %1").arg(i + 1)
                                     : tr("%1. %2").arg(i + 1).arg(name),
                      group);
        }
    }
    for (int i = 0; i < findings.size(); ++i) {
        const Finding& finding = findings[i];
        const PageRef page = PageRef::locate(tree, finding.elementId, finding.field);
        const QString cardId = PageRef::cardOf(tree, finding.elementId);
        int chapter = page.chapter;
        if (!cardId.isEmpty())
            chapter = PageRef::ProfessionCards;
        else if (page.chapter == PageRef::None) {
            const Node* node = tree.node(page.nodeId);
            chapter = node && node->kind == Kind::ExtraSection ? PageRef::ExtraSections
                                                               : PageRef::Passport;
        }
        const QString chapterKey = QString::number(chapter);
        QTreeWidgetItem* parent = groupItem(chapterKey, Labels::chapter(chapter), nullptr);
        QStringList keys{chapterKey};
        if (!cardId.isEmpty()) {
            parent = m_groups.value(cardId, parent);
            keys << cardId;
        }
        auto* item = new QTreeWidgetItem(parent);
        item->setText(0, rowText(finding));
        item->setToolTip(0, finding.message.in(m_language));
        item->setIcon(0, finding.severity == Severity::Error     ? error
                         : finding.severity == Severity::Warning ? warning
                                                                 : information);
        item->setData(0, FindingIndexRole, i);
        for (const QString& key : keys) {
            auto& count = counts[key];
            if (finding.severity != Severity::Info)
                (finding.severity == Severity::Error ? count.first : count.second)++;
        }
    }
    // Twice: a chapter is empty once its empty cards have gone.
    for (int pass = 0; pass < 2; ++pass)
        for (auto it = m_groups.begin(); it != m_groups.end();) {
            if (it.value()->childCount() == 0) {
                delete it.value();
                it = m_groups.erase(it);
            } else {
                ++it;
            }
        }
    for (auto it = m_groups.begin(); it != m_groups.end(); ++it) {
        const auto count = counts.value(it.key());
        QStringList parts;
        if (count.first) parts << tr("%n error(s)", nullptr, count.first);
        if (count.second) parts << tr("%n warning(s)", nullptr, count.second);
        it.value()->setText(0, it.value()->text(0) + QStringLiteral("  (") +
                                   parts.join(QStringLiteral(", ")) + QLatin1Char(')'));
        it.value()->setExpanded(!collapsed.contains(it.key()));
    }
    m_view->setUpdatesEnabled(true);
    // The finding the user had selected, found again if it is still there.
    if (!selected.isEmpty())
        for (QTreeWidgetItemIterator it(m_view); *it; ++it) {
            const QVariant index = (*it)->data(0, FindingIndexRole);
            if (index.isValid() && keyOf(m_findings.value(index.toInt())) == selected) {
                m_view->setCurrentItem(*it);
                break;
            }
        }
    showDetail();
    auto* stack = widget()->findChild<QStackedWidget*>();
    if (findings.isEmpty()) {
        m_placeholder->setText(tr("No findings: the standard meets every criterion checked."));
        stack->setCurrentWidget(m_placeholder);
    } else {
        stack->setCurrentWidget(m_view);
    }
    emit countsChanged(Validator::errorCount(findings), Validator::warningCount(findings));
    emit validated();
}

void ValidationDock::activate(QTreeWidgetItem* item) {
    if (!item) return;
    const QVariant index = item->data(0, FindingIndexRole);
    if (!index.isValid()) return;
    const int i = index.toInt();
    if (i >= 0 && i < m_findings.size()) emit findingActivated(m_findings[i]);
}

} // namespace kasibi
