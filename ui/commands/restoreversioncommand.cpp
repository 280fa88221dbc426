#include "ui/commands/restoreversioncommand.h"

#include "core/model/schema.h"
#include "core/model/standarddocument.h"
#include "ui/commands/editsession.h"

namespace kasibi {

namespace {}

RestoreVersionCommand::RestoreVersionCommand(EditSession* session, const DocumentTree& version,
                                             const QString& versionName)
    : DocumentCommand(session, EditSession::tr("Restore Version \"%1\"").arg(versionName)),
      m_previous(session->tree()), m_restored(withTimelineOf(version, session->tree())) {}

DocumentTree RestoreVersionCommand::withTimelineOf(DocumentTree version,
                                                   const DocumentTree& current) {
    for (const QString& id : version.children(version.rootId, Role::Timeline))
        version.removeSubtree(id);
    int index = 0;
    for (const QString& id : current.children(current.rootId, Role::Timeline))
        version.insertSubtree(version.rootId, Role::Timeline, index++, current.subtree(id));
    return version;
}

Status RestoreVersionCommand::apply() {
    return document()->replaceContent(m_restored);
}

Status RestoreVersionCommand::revert() {
    return document()->replaceContent(m_previous);
}

QString RestoreVersionCommand::revealNodeId() const {
    return session()->tree().standardId();
}

} // namespace kasibi
