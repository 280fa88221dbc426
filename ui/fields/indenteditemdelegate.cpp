#include "ui/fields/indenteditemdelegate.h"

namespace kasibi {

QSize IndentedItemDelegate::sizeHint(const QStyleOptionViewItem& option,
                                     const QModelIndex& index) const {
    QSize size = QStyledItemDelegate::sizeHint(option, index);
    size.setHeight(qMax(size.height(), option.fontMetrics.height() + 8));
    return size;
}

void IndentedItemDelegate::initStyleOption(QStyleOptionViewItem* option,
                                           const QModelIndex& index) const {
    QStyledItemDelegate::initStyleOption(option, index);
    // Spaces of the item's own font: the indentation follows the text's size.
    option->text.prepend(QString(4 * index.data(DepthRole).toInt(), QLatin1Char(' ')));
}

} // namespace kasibi
