#pragma once

#include "core/model/node.h"
#include "ui/commands/documentcommand.h"

#include <QVector>

namespace kasibi {

// Puts a copy of an element, with new ids throughout, right after it.
class DuplicateElementCommand : public DocumentCommand {
public:
    DuplicateElementCommand(EditSession* session, const QString& nodeId);

    QString copyId() const { return m_copy.isEmpty() ? QString() : m_copy.first().id; }

protected:
    Status apply() override;
    Status revert() override;
    QString revealNodeId() const override;

private:
    QString m_parentId;
    QString m_role;
    int m_index = 0;
    QVector<Node> m_copy;
};

} // namespace kasibi
