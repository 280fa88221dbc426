#include "ui/review/commentmarkdelegate.h"

#include "ui/review/commentbadges.h"
#include "ui/shell/navigatormodel.h"

namespace kasibi {

CommentMarkDelegate::CommentMarkDelegate(NavigatorModel* model, QObject* parent)
    : NavigatorDelegate(parent), m_model(model) {}

QString CommentMarkDelegate::keyOf(int chapter, const QString& nodeId) {
    return nodeId.isEmpty() ? QStringLiteral("chapter:%1").arg(chapter) : nodeId;
}

bool CommentMarkDelegate::isMarked(const QModelIndex& index) const {
    const PageRef page = m_model->pageAt(index);
    return page.isValid() && m_pages.contains(keyOf(page.chapter, page.nodeId));
}

void CommentMarkDelegate::initStyleOption(QStyleOptionViewItem* option,
                                          const QModelIndex& index) const {
    NavigatorDelegate::initStyleOption(option, index);
    if (!isMarked(index)) return;
    static const QIcon icon = CommentBadges::icon();
    option->features |= QStyleOptionViewItem::HasDecoration;
    option->icon = icon;
    option->decorationSize = QSize(14, 14);
    option->decorationPosition = QStyleOptionViewItem::Right;
}

} // namespace kasibi
