#include "ui/review/commentrowdelegate.h"

#include <algorithm>
#include <QApplication>
#include <QPainter>

namespace kasibi {

bool CommentRowDelegate::hasTopLine(const QModelIndex& index) {
    return !index.data(PlaceRole).toString().isEmpty() ||
           !index.data(DateRole).toString().isEmpty();
}

QFont CommentRowDelegate::placeFont(const QFont& font) {
    QFont small = font;
    small.setPointSizeF(font.pointSizeF() * 0.9);
    return small;
}

QSize CommentRowDelegate::sizeHint(const QStyleOptionViewItem& option,
                                   const QModelIndex& index) const {
    QSize size = QStyledItemDelegate::sizeHint(option, index);
    if (hasTopLine(index)) size.rheight() += QFontMetrics(placeFont(option.font)).height() + 2;
    return size;
}

void CommentRowDelegate::paint(QPainter* painter, const QStyleOptionViewItem& option,
                               const QModelIndex& index) const {
    if (!hasTopLine(index)) {
        QStyledItemDelegate::paint(painter, option, index);
        return;
    }
    QStyleOptionViewItem item = option;
    initStyleOption(&item, index);
    const QString text = item.text;
    item.text.clear();
    const QWidget* widget = option.widget;
    QStyle* style = widget ? widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &item, painter, widget);

    const QRect area =
        style->subElementRect(QStyle::SE_ItemViewItemText, &item, widget).adjusted(3, 1, -3, -1);
    const bool selected = item.state & QStyle::State_Selected;
    const QPalette::ColorGroup group =
        item.state & QStyle::State_Enabled ? QPalette::Normal : QPalette::Disabled;
    const QFont small = placeFont(item.font);
    const QFontMetrics placeMetrics(small);
    const QFontMetrics textMetrics(item.font);
    painter->save();
    painter->setFont(small);
    painter->setPen(item.palette.color(group, selected ? QPalette::HighlightedText
                                                       : QPalette::PlaceholderText));
    QRect line(area.left(), area.top(), area.width(), placeMetrics.height());
    const QString date = index.data(DateRole).toString();
    painter->drawText(line, Qt::AlignRight | Qt::AlignVCenter, date);
    const int room = area.width() - (date.isEmpty() ? 0 : placeMetrics.horizontalAdvance(date) + 8);
    painter->drawText(line, Qt::AlignLeft | Qt::AlignVCenter,
                      placeMetrics.elidedText(index.data(PlaceRole).toString(), Qt::ElideMiddle,
                                              std::max(room, 0)));
    painter->setFont(item.font);
    // The text keeps the colour given to the row (a resolved thread's grey).
    const QVariant foreground = index.data(Qt::ForegroundRole);
    painter->setPen(selected               ? item.palette.color(group, QPalette::HighlightedText)
                    : foreground.isValid() ? foreground.value<QBrush>().color()
                                           : item.palette.color(group, QPalette::Text));
    line = QRect(area.left(), line.bottom() + 2, area.width(), textMetrics.height());
    painter->drawText(line, Qt::AlignLeft | Qt::AlignVCenter,
                      textMetrics.elidedText(text, Qt::ElideRight, area.width()));
    painter->restore();
}

} // namespace kasibi
