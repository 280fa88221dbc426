#pragma once

#include "core/model/node.h"
#include "ui/commands/documentcommand.h"

#include <QVector>

namespace kasibi {

// Puts an element (with everything under it) into a list: a new card, function, skill, item.
class InsertElementCommand : public DocumentCommand {
public:
    bool isPermitted() const override;
    InsertElementCommand(EditSession* session, const QString& parentId, const QString& role,
                         int index, const QVector<Node>& subtree, const QString& text);

    QString elementId() const { return m_subtree.first().id; }

protected:
    Status apply() override;
    Status revert() override;
    QString revealNodeId() const override;

private:
    QString m_parentId;
    QString m_role;
    int m_index;
    QVector<Node> m_subtree;
};

} // namespace kasibi
