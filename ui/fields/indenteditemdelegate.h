#pragma once

#include <QStyledItemDelegate>

namespace kasibi {

// Draws each item moved in by its depth (an int under DepthRole), so a list shows a hierarchy
// (the qualification levels and their sublevels) while the items' texts stay what they are: a
// combo box shows its chosen item without the indentation.
class IndentedItemDelegate : public QStyledItemDelegate {
    Q_OBJECT
public:
    static constexpr int DepthRole = Qt::UserRole + 1;

    using QStyledItemDelegate::QStyledItemDelegate;

    // Rows as tall as a menu's, as the other lists of choices have them: easy to hit.
    QSize sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const override;

protected:
    void initStyleOption(QStyleOptionViewItem* option, const QModelIndex& index) const override;
};

} // namespace kasibi
