#pragma once

#include <QSet>
#include <QStyledItemDelegate>

namespace kasibi {

class NavigatorModel;

// Marks the pages of the navigator that have open comments with a balloon.
class CommentMarkDelegate : public QStyledItemDelegate {
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
