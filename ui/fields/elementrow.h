#pragma once

#include <QFrame>
#include <QIcon>
#include <QPoint>
#include <QPointer>

#include "ui/commands/editsession.h"

class QLabel;
class QPushButton;
class QToolButton;

namespace kasibi {

class EditSession;

// One element in a list editor. Inline rows hold the editors of the element's fields (a term,
// an ability, a developer); linked rows show its name and open its own page (a card, a
// function, a skill). The handle drags the row; Ctrl+Shift+Up/Down move it from the keyboard.
// In a list of texts (abilities, knowledge) Enter starts the next item, Shift+Enter breaks the
// line.
class ElementRow : public QFrame {
    Q_OBJECT
public:
    enum class Mode { Inline, Linked };

    ElementRow(EditSession* session, const QString& nodeId, Mode mode, bool movable,
               QWidget* parent = nullptr);

    // Two sheets, one over the other: what Duplicate shows here and on the toolbar.
    static QIcon duplicateIcon();

    const QString& nodeId() const { return m_nodeId; }
    void setNumber(int number, int count);
    // Focuses the editor of the field (or the first editor, or the open button).
    void focusField(const QString& field, const QString& language);

signals:
    void moveRequested(const QString& nodeId, int delta);
    void removeRequested(const QString& nodeId);
    void duplicateRequested(const QString& nodeId);
    void addAfterRequested(const QString& nodeId);
    void openRequested(const QString& nodeId);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void buildInline();
    void buildLinked();
    void refreshLinked();
    void elideOpenText();
    void watchKeys(QWidget* widget);

    QPointer<EditSession> m_session;
    QString m_nodeId;
    Mode m_mode;
    QLabel* m_handle = nullptr;
    QLabel* m_number = nullptr;
    QWidget* m_content = nullptr;
    QPushButton* m_open = nullptr;
    QString m_openText; // the name in full; the button shows as much as fits
    QLabel* m_detail = nullptr;
    QToolButton* m_up = nullptr;
    QToolButton* m_down = nullptr;
    QPoint m_pressPosition;
    bool m_enterAddsNext = false;
};

} // namespace kasibi
