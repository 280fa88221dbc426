#include "ui/commands/documentcommand.h"

#include "ui/commands/editsession.h"

namespace kasibi {

DocumentCommand::DocumentCommand(EditSession* session, const QString& text)
    : QUndoCommand(text), m_session(session) {}

bool DocumentCommand::isPermitted() const {
    return m_session->isContentEditable();
}

StandardDocument* DocumentCommand::document() const {
    return m_session->document();
}

void DocumentCommand::redo() {
    if (Status done = apply(); !done) {
        setObsolete(true);
        m_session->reportFailure(done.error());
        return;
    }
    // The first redo is the edit itself, made where the user is looking.
    if (m_pushed) m_session->reveal(revealNodeId(), revealField(), revealLanguage());
    m_pushed = true;
}

void DocumentCommand::undo() {
    if (Status done = revert(); !done) {
        setObsolete(true);
        m_session->reportFailure(done.error());
        return;
    }
    m_session->reveal(revealNodeId(), revealField(), revealLanguage());
}

} // namespace kasibi
