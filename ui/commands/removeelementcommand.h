#pragma once

#include "core/model/node.h"
#include "ui/commands/documentcommand.h"

#include <QVector>

namespace kasibi {

// Removes an element and keeps what was removed, to put it back at the same place on undo.
class RemoveElementCommand : public DocumentCommand {
public:
    bool isPermitted() const override;
    RemoveElementCommand(EditSession* session, const QString& nodeId);

protected:
    Status apply() override;
    Status revert() override;
    QString revealNodeId() const override;

private:
    QString m_nodeId;
    QString m_parentId;
    QString m_role;
    int m_index = 0;
    QVector<Node> m_removed;
};

} // namespace kasibi
