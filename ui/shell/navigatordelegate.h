#pragma once

#include <QStyledItemDelegate>

namespace kasibi {

// Draws the navigator's cards, labour functions and skills with their number in their list
// ("2. Машинист экскаватора"). The number is the row's place, so it is drawn here rather than
// held in NavigatorModel's data: a row inserted, moved or removed would otherwise change the data
// of every row after it without the model saying so.
class NavigatorDelegate : public QStyledItemDelegate {
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;

protected:
    void initStyleOption(QStyleOptionViewItem* option, const QModelIndex& index) const override;
};

} // namespace kasibi
