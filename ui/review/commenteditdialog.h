#pragma once

#include <QDialog>

class QDialogButtonBox;
class QPlainTextEdit;

namespace kasibi {

// Asks for the words of a new comment or of a reply, showing where it goes and, for a reply,
// what it answers.
class CommentEditDialog : public QDialog {
    Q_OBJECT
public:
    CommentEditDialog(const QString& place, const QString& quoted, QWidget* parent = nullptr);

    QString text() const;
    // Starts the comment with this text, the cursor after it.
    void setText(const QString& text);

private:
    QPlainTextEdit* m_edit;
    QDialogButtonBox* m_buttons;
};

} // namespace kasibi
