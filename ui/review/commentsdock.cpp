#include "ui/review/commentsdock.h"

#include "core/lifecycle/worddiff.h"
#include "core/model/displaytime.h"
#include "core/model/documentorder.h"
#include "core/model/labels.h"
#include "core/model/schema.h"
#include "core/review/commentthreads.h"
#include "core/review/suggestion.h"
#include "ui/commands/editsession.h"
#include "ui/review/commentplace.h"
#include "ui/review/commentrowdelegate.h"
#include "ui/shell/preferences.h"

#include <algorithm>
#include <limits>
#include <QAction>
#include <QBoxLayout>
#include <QComboBox>
#include <QDateTime>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLocale>
#include <QStackedLayout>
#include <QStyleOptionComboBox>
#include <QTimer>
#include <QToolButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace kasibi {

namespace {

constexpr int IdRole = Qt::UserRole + 1;

QString shownTime(const QString& iso) {
    const QDateTime time = QDateTime::fromString(iso, Qt::ISODate);
    if (!time.isValid()) return iso;
    return DisplayTime::dateTime(time.toLocalTime());
}

// The threads in the order asked for; equal keys keep the order of the file.
QStringList ordered(const DocumentTree& tree, QStringList threads, CommentsDock::Order order) {
    if (order == CommentsDock::Order::Place) {
        QHash<QString, QVector<int>> keys;
        for (const QString& id : threads)
            keys.insert(id, DocumentOrder::keyOf(tree, tree.value(id, Field::TargetId),
                                                 tree.value(id, Field::CommentedField)));
        std::stable_sort(threads.begin(), threads.end(), [&](const QString& a, const QString& b) {
            return keys.value(a) < keys.value(b);
        });
    } else {
        // Undated comments (from an older file) last.
        const auto when = [&](const QString& id) {
            const QDateTime time =
                QDateTime::fromString(tree.value(id, Field::Created), Qt::ISODate);
            return time.isValid() ? time.toMSecsSinceEpoch() : std::numeric_limits<qint64>::max();
        };
        std::stable_sort(threads.begin(), threads.end(),
                         [&](const QString& a, const QString& b) { return when(a) < when(b); });
    }
    return threads;
}

} // namespace

CommentsDock::CommentsDock(QWidget* parent)
    : QDockWidget(tr("Comments"), parent), m_view(new QTreeWidget), m_show(new QComboBox),
      m_author(new QComboBox), m_order(new QComboBox), m_reply(new QToolButton),
      m_resolve(new QToolButton), m_remove(new QToolButton), m_apply(new QToolButton),
      m_placeholder(new QLabel), m_detail(new QLabel), m_later(new QTimer(this)) {
    setObjectName(QStringLiteral("commentsDock"));
    auto* body = new QWidget;
    auto* layout = new QVBoxLayout(body);
    layout->setContentsMargins(4, 4, 4, 4);
    auto* filters = new QHBoxLayout;
    m_show->setObjectName(QStringLiteral("commentStatusFilter"));
    m_show->addItem(tr("Open"), int(Show::Open));
    m_show->addItem(tr("Resolved"), int(Show::Resolved));
    m_show->addItem(tr("All"), int(Show::All));
    m_author->setObjectName(QStringLiteral("commentAuthorFilter"));
    m_author->addItem(tr("All authors"), QString());
    m_order->setObjectName(QStringLiteral("commentOrder"));
    m_order->addItem(tr("By place"), int(Order::Place));
    m_order->addItem(tr("By date"), int(Order::Date));
    m_order->setToolTip(tr("List the comments in the order of their places in the standard, or "
                           "of their dates"));
    filters->addWidget(m_show);
    filters->addWidget(m_author, 1);
    filters->addWidget(m_order);
    // A narrow dock (1024 px screens) shortens their wording rather than widen itself.
    for (QComboBox* box : {m_show, m_author, m_order}) {
        QStyleOptionComboBox option;
        option.initFrom(box);
        const QSize twoLetters(box->fontMetrics().horizontalAdvance(QStringLiteral("Ww")),
                               box->fontMetrics().height());
        box->setMinimumWidth(
            box->style()->sizeFromContents(QStyle::CT_ComboBox, &option, twoLetters, box).width());
    }
    layout->addLayout(filters);
    m_commands = new QHBoxLayout;
    m_commands->addStretch(1);
    layout->addLayout(m_commands);

    m_view->setObjectName(QStringLiteral("commentsView"));
    m_view->setHeaderLabels({tr("Comment"), tr("Author")});
    m_view->setRootIsDecorated(true);
    m_view->setAlternatingRowColors(true);
    // A narrow dock: each row names the comment's place and date above its text, beside its
    // author; the one selected is shown whole below.
    m_view->setItemDelegateForColumn(TextColumn, new CommentRowDelegate(m_view));
    m_view->header()->setStretchLastSection(false);
    m_view->header()->setSectionResizeMode(TextColumn, QHeaderView::Stretch);
    m_view->setColumnWidth(AuthorColumn, 120);
    m_detail->setObjectName(QStringLiteral("commentDetail"));
    m_detail->setWordWrap(true);
    m_detail->setTextFormat(Qt::RichText);
    m_detail->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_detail->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    m_detail->setFrameShape(QFrame::StyledPanel);
    m_detail->setMargin(6);
    m_detail->setBackgroundRole(QPalette::Base);
    m_detail->setAutoFillBackground(true);
    m_placeholder->setObjectName(QStringLiteral("commentsPlaceholder"));
    m_placeholder->setAlignment(Qt::AlignCenter);
    m_placeholder->setWordWrap(true);
    m_placeholder->setStyleSheet(QStringLiteral("color: palette(mid);"));
    auto* stack = new QWidget;
    auto* stackLayout = new QStackedLayout(stack);
    stackLayout->setStackingMode(QStackedLayout::StackAll);
    stackLayout->addWidget(m_placeholder);
    stackLayout->addWidget(m_view);
    layout->addWidget(stack, 1);
    layout->addWidget(m_detail);

    // The buttons stand in a row, or one above the other when the dock is narrower than the
    // row (at 1024 px the docks give way to the form, and «Отметить решённым» is long).
    auto* row = new QWidget(body);
    row->setObjectName(QStringLiteral("commentButtons"));
    auto* buttons = new QBoxLayout(QBoxLayout::LeftToRight, row);
    buttons->setContentsMargins(0, 0, 0, 0);
    m_buttons = buttons;
    const auto button = [row](QToolButton* b, const QString& name, const QString& text) {
        b->setObjectName(name);
        b->setText(text);
        b->setToolButtonStyle(Qt::ToolButtonTextOnly);
        b->setParent(row);
    };
    button(m_reply, QStringLiteral("replyButton"), tr("Reply…"));
    button(m_resolve, QStringLiteral("resolveButton"), tr("Resolve"));
    button(m_remove, QStringLiteral("removeCommentButton"), tr("Delete"));
    button(m_apply, QStringLiteral("applySuggestionButton"), tr("Apply"));
    m_apply->setToolTip(tr("Make the suggested change in the standard and resolve the "
                           "suggestion, as one step that Undo takes back"));
    buttons->addWidget(m_apply);
    buttons->addWidget(m_reply);
    buttons->addWidget(m_resolve);
    buttons->addStretch(1);
    buttons->addWidget(m_remove);
    layout->addWidget(row);
    setWidget(body);

    connect(m_show, &QComboBox::currentIndexChanged, this, &CommentsDock::refresh);
    connect(m_author, &QComboBox::currentIndexChanged, this, &CommentsDock::refresh);
    connect(m_order, &QComboBox::currentIndexChanged, this, &CommentsDock::refresh);
    // One click on a comment takes the reader to its place, as a finding in the validation does.
    connect(m_view, &QTreeWidget::itemClicked, this,
            [this](QTreeWidgetItem* item) { emit activated(item->data(0, IdRole).toString()); });
    connect(m_view, &QTreeWidget::itemActivated, this,
            [this](QTreeWidgetItem* item) { emit activated(item->data(0, IdRole).toString()); });
    connect(m_view, &QTreeWidget::currentItemChanged, this, &CommentsDock::updateButtons);
    connect(m_view, &QTreeWidget::currentItemChanged, this, &CommentsDock::updateDetail);
    connect(m_reply, &QToolButton::clicked, this, [this] {
        if (!currentComment().isEmpty()) emit replyRequested(currentComment());
    });
    connect(m_resolve, &QToolButton::clicked, this, [this] {
        const QString id = currentComment();
        if (id.isEmpty() || !m_session) return;
        emit resolveRequested(id, !CommentThreads(m_session->tree()).isResolved(id));
    });
    connect(m_remove, &QToolButton::clicked, this, [this] {
        if (!currentComment().isEmpty()) emit removeRequested(currentComment());
    });
    connect(m_apply, &QToolButton::clicked, this, [this] {
        if (!currentComment().isEmpty() && m_session)
            emit applyRequested(CommentThreads(m_session->tree()).threadOf(currentComment()));
    });
    // Names of cards and skills change as the author types: the places follow a moment later.
    m_later->setSingleShot(true);
    m_later->setInterval(250);
    connect(m_later, &QTimer::timeout, this, &CommentsDock::refresh);
    refresh();
}

void CommentsDock::addCommand(QAction* action) {
    auto* button = new QToolButton;
    button->setDefaultAction(action);
    button->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    button->setObjectName(action->objectName() + QStringLiteral("Button"));
    m_commands->insertWidget(m_commands->count() - 1, button);
}

void CommentsDock::resizeEvent(QResizeEvent* event) {
    QDockWidget::resizeEvent(event);
    arrangeButtons();
}

void CommentsDock::arrangeButtons() {
    QWidget* row = m_buttons->parentWidget();
    QList<QToolButton*> all{m_reply, m_resolve, m_remove};
    if (!m_apply->isHidden()) all << m_apply;
    int inRow = m_buttons->spacing() * int(all.size() - 1);
    int widest = 0;
    for (const QToolButton* button : all) {
        inRow += button->sizeHint().width();
        widest = qMax(widest, button->sizeHint().width());
    }
    // The row's minimum is its widest button, so the dock may be narrower than the row.
    row->setMinimumWidth(widest);
    m_buttons->setDirection(row->width() >= inRow ? QBoxLayout::LeftToRight
                                                  : QBoxLayout::TopToBottom);
}

void CommentsDock::setSession(EditSession* session) {
    for (const QMetaObject::Connection& connection : std::as_const(m_connections))
        disconnect(connection);
    m_connections.clear();
    m_session = session;
    if (session) {
        StandardDocument* document = session->document();
        m_connections << connect(document, &StandardDocument::childrenChanged, this,
                                 [this](const QString& parentId, const QString& role) {
                                     if (role == CommentThreads::Role &&
                                         parentId == m_session->tree().rootId)
                                         refresh();
                                     else
                                         m_later->start();
                                 });
        m_connections << connect(document, &StandardDocument::valueChanged, this,
                                 [this](const QString& id) {
                                     const Node* node = m_session->tree().node(id);
                                     if (node && node->kind == Kind::Comment)
                                         refresh();
                                     else
                                         m_later->start();
                                 });
        m_connections << connect(document, &StandardDocument::contentReset, this,
                                 &CommentsDock::refresh);
        m_connections << connect(document, &StandardDocument::reviewModeChanged, this,
                                 &CommentsDock::updateButtons);
    }
    refresh();
}

void CommentsDock::setShow(Show show) {
    m_show->setCurrentIndex(m_show->findData(int(show)));
}

void CommentsDock::setOrder(Order order) {
    m_order->setCurrentIndex(m_order->findData(int(order)));
}

void CommentsDock::setAuthor(const QString& author) {
    refreshAuthors();
    const int index = m_author->findData(author);
    m_author->setCurrentIndex(index < 0 ? 0 : index);
}

QString CommentsDock::currentComment() const {
    const QTreeWidgetItem* item = m_view->currentItem();
    return item && !item->isHidden() ? item->data(0, IdRole).toString() : QString();
}

void CommentsDock::selectComment(const QString& commentId) {
    for (QTreeWidgetItemIterator it(m_view); *it; ++it)
        if ((*it)->data(0, IdRole).toString() == commentId && !(*it)->isHidden()) {
            m_view->setCurrentItem(*it);
            m_view->scrollToItem(*it);
            return;
        }
}

QStringList CommentsDock::visibleComments() const {
    QStringList ids;
    for (QTreeWidgetItemIterator it(m_view, QTreeWidgetItemIterator::NotHidden); *it; ++it)
        ids << (*it)->data(0, IdRole).toString();
    return ids;
}

void CommentsDock::refreshAuthors() {
    const QString chosen = m_author->currentData().toString();
    const QStringList authors =
        m_session ? CommentThreads(m_session->tree()).authors() : QStringList();
    QStringList shown;
    for (int i = 1; i < m_author->count(); ++i)
        shown << m_author->itemData(i).toString();
    if (shown == authors) return;
    const QSignalBlocker blocker(m_author);
    while (m_author->count() > 1)
        m_author->removeItem(1);
    for (const QString& author : authors)
        m_author->addItem(author, author);
    const int index = m_author->findData(chosen);
    m_author->setCurrentIndex(index < 0 ? 0 : index);
}

void CommentsDock::fill(QTreeWidgetItem* item, const QString& id, bool thread, bool resolved) {
    const DocumentTree& tree = m_session->tree();
    const QString text = tree.value(id, Field::Text);
    item->setData(0, IdRole, id);
    const QString firstLine = text.section(QLatin1Char('\n'), 0, 0);
    item->setText(TextColumn, thread && Suggestion::of(tree, id)
                                  ? tr("Suggestion: %1").arg(firstLine)
                                  : firstLine);
    item->setToolTip(TextColumn, text);
    item->setText(AuthorColumn, tree.value(id, Field::Author));
    item->setData(TextColumn, CommentRowDelegate::DateRole,
                  shownTime(tree.value(id, Field::Created)));
    if (thread) {
        const QString place = CommentPlace::ofComment(*m_session, id);
        item->setData(TextColumn, CommentRowDelegate::PlaceRole, place);
        item->setToolTip(TextColumn, place + QStringLiteral("\n\n") + text);
    }
    if (resolved) {
        const QBrush grey = m_view->palette().brush(QPalette::Disabled, QPalette::Text);
        for (int column = 0; column < m_view->columnCount(); ++column)
            item->setForeground(column, grey);
        if (thread) item->setText(TextColumn, tr("✓ %1").arg(item->text(TextColumn)));
    }
}

void CommentsDock::refresh() {
    m_later->stop();
    const QString current = currentComment();
    m_view->clear();
    refreshAuthors();
    if (!m_session) {
        m_placeholder->setText(tr("Open a standard to see its comments."));
        m_placeholder->show();
        m_view->hide();
        updateButtons();
        updateDetail();
        return;
    }
    const CommentThreads threads(m_session->tree());
    const Show show = Show(m_show->currentData().toInt());
    const QString author = m_author->currentData().toString();
    const DocumentTree& tree = m_session->tree();
    int shown = 0;
    const Order order = Order(m_order->currentData().toInt());
    for (const QString& id : ordered(tree, threads.threads(), order)) {
        const bool resolved = threads.isResolved(id);
        const QStringList replies = threads.replies(id);
        bool byAuthor = author.isEmpty() || tree.value(id, Field::Author) == author;
        for (const QString& reply : replies)
            byAuthor = byAuthor || tree.value(reply, Field::Author) == author;
        const bool visible =
            byAuthor && (show == Show::All || (show == Show::Resolved) == resolved);
        if (!visible) continue;
        auto* item = new QTreeWidgetItem(m_view);
        fill(item, id, true, resolved);
        for (const QString& reply : replies)
            fill(new QTreeWidgetItem(item), reply, false, resolved);
        item->setExpanded(true);
        ++shown;
    }
    const bool any = !threads.threads().isEmpty();
    m_placeholder->setText(any ? tr("No comments match the filter.")
                               : tr("No comments yet. Select a field and press %1 to add one.")
                                     .arg(QKeySequence(QStringLiteral("Ctrl+Alt+M"))
                                              .toString(QKeySequence::NativeText)));
    m_placeholder->setVisible(shown == 0);
    m_view->setVisible(shown > 0);
    if (!current.isEmpty()) selectComment(current);
    updateButtons();
    updateDetail();
}

void CommentsDock::updateDetail() {
    const QString id = m_session ? currentComment() : QString();
    m_detail->setVisible(!id.isEmpty());
    if (id.isEmpty()) return;
    const DocumentTree& tree = m_session->tree();
    const QString thread = CommentThreads(tree).threadOf(id);
    const QString place = CommentPlace::ofComment(*m_session, thread);
    m_detail->setText(
        QStringLiteral("<b>%1</b><br><span style=\"color:#555\">%2, %3</span><p>%4</p>")
            .arg(place.toHtmlEscaped(), tree.value(id, Field::Author).toHtmlEscaped(),
                 shownTime(tree.value(id, Field::Created)).toHtmlEscaped(),
                 tree.value(id, Field::Text)
                     .toHtmlEscaped()
                     .replace(QLatin1Char('\n'), QStringLiteral("<br>"))) +
        suggestionHtml(thread));
}

QString CommentsDock::suggestionHtml(const QString& threadId) const {
    const DocumentTree& tree = m_session->tree();
    const std::optional<Suggestion> suggestion = Suggestion::of(tree, threadId);
    if (!suggestion) return {};
    const QString heading =
        suggestion->language.isEmpty()
            ? tr("Suggested change:")
            : tr("Suggested change (%1):").arg(Labels::language(suggestion->language));
    QString html =
        QStringLiteral("<p><b>%1</b><br>%2</p>")
            .arg(heading.toHtmlEscaped(),
                 WordDiff::inlineHtml(WordDiff::compare(suggestion->before, suggestion->after)));
    if (!CommentThreads(tree).isResolved(threadId) && suggestion->isStale(tree))
        html += QStringLiteral("<p style=\"color:#a40000\">%1</p>")
                    .arg(tr("The text has been changed since the reviewer saw it: the "
                            "suggestion can no longer be applied as it is.")
                             .toHtmlEscaped());
    return html;
}

void CommentsDock::updateButtons() {
    const QString id = currentComment();
    const bool editable = m_session && !m_session->isReadOnly();
    const bool resolved =
        m_session && !id.isEmpty() && CommentThreads(m_session->tree()).isResolved(id);
    m_reply->setEnabled(editable && !id.isEmpty());
    m_resolve->setEnabled(editable && !id.isEmpty());
    m_resolve->setText(resolved ? tr("Reopen") : tr("Resolve"));
    const QString me = Preferences::authorName();
    m_remove->setEnabled(editable && !id.isEmpty() && !me.isEmpty() &&
                         m_session->tree().value(id, Field::Author) == me);
    // Apply changes the content: not in review mode, nor once resolved (applied or declined).
    const bool suggestion =
        m_session && !id.isEmpty() &&
        Suggestion::of(m_session->tree(), CommentThreads(m_session->tree()).threadOf(id));
    m_apply->setVisible(suggestion);
    m_apply->setEnabled(suggestion && m_session->isContentEditable() && !resolved);
    arrangeButtons(); // Reopen and Resolve differ in width
}

} // namespace kasibi
