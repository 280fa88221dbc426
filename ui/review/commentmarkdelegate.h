#pragma once

#include "ui/shell/navigatordelegate.h"

#include <QSet>

namespace kasibi {

class NavigatorModel;

// Marks the pages of the navigator that have open comments with a balloon (and numbers the rows
// as the navigator's own delegate does, whose place it takes).
class CommentMarkDelegate : public NavigatorDelegate {
    Q_OBJECT
public:
    CommentMarkDelegate(NavigatorModel* model, QObject* parent = nullptr);

    // Keys of PageRef::key-like form: the element id, or "chapter:N".
    void setMarkedPages(const QSet<QString>& pages) { m_pages = pages; }
    bool isMarked(const QModelIndex& index) const;
    static QString keyOf(int chapter, const QString& nodeId);

protected:
    void initStyleOption(QStyleOptionViewItem* option, const QModelIndex& index) const override;

private:
    NavigatorModel* m_model;
    QSet<QString> m_pages;
};

} // namespace kasibi
