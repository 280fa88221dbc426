#pragma once

#include <optional>
#include <QWidget>

namespace kasibi {

class EditSession;

// The editor of one field of one element. It writes each change through the session as it is
// made, and follows the document when the value changes underneath (undo, redo).
class FieldEditor : public QWidget {
    Q_OBJECT
public:
    FieldEditor(EditSession* session, const QString& nodeId, const QString& field,
                QWidget* parent = nullptr);

    const QString& nodeId() const { return m_nodeId; }
    const QString& field() const { return m_field; }
    // Puts the keyboard focus in the editor (on the side of the language, if it has sides).
    virtual void focusLanguage(const QString& language) = 0;

protected:
    // Shows the value now in the document; called when it changes there.
    virtual void refresh(const QString& language) = 0;
    QString value(const QString& language = {}) const;
    // An empty text clears the value.
    void commit(const QString& text, const QString& language = {});
    void commitValue(const std::optional<QString>& value, const QString& language = {});
    EditSession* session() const { return m_session; }
    bool isEditable() const;
    // Starts a new undo step for typing in this field.
    void beginBurst() { m_burst = 0; }

private:
    EditSession* m_session;
    QString m_nodeId;
    QString m_field;
    int m_burst = 0;
};

} // namespace kasibi
