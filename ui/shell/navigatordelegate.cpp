#include "ui/shell/navigatordelegate.h"

#include "core/model/schema.h"
#include "ui/shell/navigatormodel.h"

namespace kasibi {

void NavigatorDelegate::initStyleOption(QStyleOptionViewItem* option,
                                        const QModelIndex& index) const {
    QStyledItemDelegate::initStyleOption(option, index);
    const QString kind = index.data(NavigatorModel::KindRole).toString();
    if (kind == Kind::ProfessionCard || kind == Kind::LaborFunction || kind == Kind::Skill)
        option->text = NavigatorModel::tr("%1. %2").arg(index.row() + 1).arg(option->text);
}

} // namespace kasibi
