#pragma once

#include "ui/commands/documentcommand.h"

#include <optional>
#include <QElapsedTimer>

namespace kasibi {

// Sets (or clears) one value. Consecutive keystrokes in the same field merge into one step, so
// undo takes back a burst of typing, not a letter.
class SetValueCommand : public DocumentCommand {
public:
    bool isPermitted() const override;
    static constexpr int Id = 0x4b53;

    SetValueCommand(EditSession* session, const QString& nodeId, const QString& field,
                    const QString& language, const std::optional<QString>& before,
                    const std::optional<QString>& after, int burst);

    int id() const override { return Id; }
    bool mergeWith(const QUndoCommand* other) override;

protected:
    Status apply() override;
    Status revert() override;
    QString revealNodeId() const override { return m_nodeId; }
    QString revealField() const override { return m_field; }
    QString revealLanguage() const override { return m_language; }

private:
    QString m_nodeId;
    QString m_field;
    QString m_language;
    std::optional<QString> m_before;
    std::optional<QString> m_after;
    int m_burst;
};

} // namespace kasibi
