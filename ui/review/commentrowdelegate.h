#pragma once

#include <QStyledItemDelegate>

namespace kasibi {

// A comment in the comments list as two lines: where it is and when (small, muted) above what
// it says, so that a narrow dock shows a long place whole enough to recognise ("Card «Взрывник»
// › Skill 2 › Knowledge item 3") and the date without columns of their own. A reply names no
// place: its thread does.
class CommentRowDelegate : public QStyledItemDelegate {
    Q_OBJECT
public:
    static constexpr int PlaceRole = Qt::UserRole + 2;
    static constexpr int DateRole = Qt::UserRole + 3;

    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter* painter, const QStyleOptionViewItem& option,
               const QModelIndex& index) const override;
    QSize sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const override;

private:
    static QFont placeFont(const QFont& font);
    static bool hasTopLine(const QModelIndex& index);
};

} // namespace kasibi
