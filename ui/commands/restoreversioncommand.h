#pragma once

#include "core/model/documenttree.h"
#include "ui/commands/documentcommand.h"

namespace kasibi {

// Makes a saved version the current content, keeping what it replaces to put it back on undo.
// The approval timeline is the record of the procedure, not of the content: it stays as it is.
class RestoreVersionCommand : public DocumentCommand {
public:
    RestoreVersionCommand(EditSession* session, const DocumentTree& version,
                          const QString& versionName);

    // The version's content with the approval timeline of `current`.
    static DocumentTree withTimelineOf(DocumentTree version, const DocumentTree& current);

protected:
    Status apply() override;
    Status revert() override;
    QString revealNodeId() const override;

private:
    DocumentTree m_previous;
    DocumentTree m_restored;
};

} // namespace kasibi
