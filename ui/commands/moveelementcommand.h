#pragma once

#include "ui/commands/documentcommand.h"

namespace kasibi {

// Moves an element to another place in its own list.
class MoveElementCommand : public DocumentCommand {
public:
    MoveElementCommand(EditSession* session, const QString& nodeId, int newIndex);

protected:
    Status apply() override;
    Status revert() override;
    QString revealNodeId() const override { return m_nodeId; }

private:
    QString m_nodeId;
    int m_from;
    int m_to;
};

} // namespace kasibi
