#pragma once

#include "core/model/result.h"

#include <QUndoCommand>

namespace kasibi {

class EditSession;
class StandardDocument;

// A change to the open standard. It goes through StandardDocument like every edit; when the
// document refuses it, the user is told why and the command drops out of the history, so
// what the Edit menu offers to undo always happened.
class DocumentCommand : public QUndoCommand {
public:
    DocumentCommand(EditSession* session, const QString& text);

    void redo() final;
    void undo() final;
    // Whether the document takes this change (either way) now: in review mode only comments and
    // the conclusion change, so a step of the content is neither undone nor redone there.
    virtual bool isPermitted() const;

protected:
    virtual Status apply() = 0;
    virtual Status revert() = 0;
    // Where the change is, to show it to the user on undo and redo.
    virtual QString revealNodeId() const = 0;
    virtual QString revealField() const { return {}; }
    virtual QString revealLanguage() const { return {}; }

    StandardDocument* document() const;
    EditSession* session() const { return m_session; }

private:
    EditSession* m_session;
    bool m_pushed = false;
};

} // namespace kasibi
