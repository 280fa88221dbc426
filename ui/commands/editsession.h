#pragma once

#include "core/model/result.h"
#include "core/model/standarddocument.h"

#include <memory>
#include <optional>
#include <QElapsedTimer>
#include <QObject>
#include <QTimer>
#include <QUndoStack>

namespace kasibi {

// An open standard being edited: the document, its undo history and the edits a user can make.
// Forms, the navigator and the menus all edit through here, so every change is an undoable
// command that goes through StandardDocument and is saved the moment it is made.
class EditSession : public QObject {
    Q_OBJECT
public:
    explicit EditSession(std::unique_ptr<StandardDocument> document, QObject* parent = nullptr);
    ~EditSession() override;

    StandardDocument* document() const { return m_document.get(); }
    // Save As: the editing goes on in the copy, with its history, since the copy holds the same
    // elements under the same ids. Whoever listens to the document must listen to the new one.
    void continueIn(std::unique_ptr<StandardDocument> copy);
    const DocumentTree& tree() const { return m_document->tree(); }
    QUndoStack* undoStack() const { return m_undoStack; }
    bool isReadOnly() const { return m_document->isReadOnly(); }
    QString readOnlyExplanation() const { return m_document->readOnlyExplanation(); }
    // Whether the standard's content may be edited now: not in a read-only file, nor in review
    // mode (where only comments and the conclusion change).
    bool isContentEditable() const { return !isReadOnly() && !m_document->isReviewMode(); }

    // The languages the standard is written in (its "languages" value), kk and ru by default.
    QStringList requiredLanguages() const;
    // The language names are shown in where one wording is enough (navigator, lists).
    QString contentLanguage() const { return m_contentLanguage; }
    void setContentLanguage(const QString& language) { m_contentLanguage = language; }
    // The element's name in the content language, else in the other one; empty if it has none.
    QString displayName(const QString& nodeId) const;

    // Whether there is a step to undo (redo) that the document takes now: in review mode, only
    // the steps of comments and the conclusion.
    bool canUndo() const;
    bool canRedo() const;

    // Typing in one field within one burst (between focusing it and leaving it) is one undo step.
    int newBurst() { return ++m_lastBurst; }

    // `text` names the undo step when the field's own "Edit …" does not say what it is.
    bool setValue(const QString& nodeId, const QString& field, const QString& language,
                  const std::optional<QString>& value, int burst = 0, const QString& text = {});
    // Returns the id of the new element, or an empty string when it could not be added.
    QString addElement(const QString& parentId, const QString& role, int index = -1);
    QString duplicateElement(const QString& nodeId);
    bool removeElement(const QString& nodeId);
    bool moveElement(const QString& nodeId, int newIndex);
    // Puts a subtree made elsewhere (a comment, an assessment) into a list at `index` (at its
    // end when negative) as the undo step `text`. The id of its top element, or an empty string
    // when it could not be added.
    QString insertSubtree(const QString& parentId, const QString& role, int index,
                          const QVector<Node>& subtree, const QString& text);

    // The edits made while a Step lives are one undo step named `text`: undo takes them back
    // together (a comment with its replies deleted, a review imported).
    class Step {
    public:
        Step(EditSession* session, const QString& text);
        ~Step();
        Step(const Step&) = delete;
        Step& operator=(const Step&) = delete;

    private:
        EditSession* m_session;
    };
    // The whole list replaced by these elements (e.g. the conclusion's assessments drafted
    // anew), as one step named `text`. False when the document refused part of it.
    bool replaceChildren(const QString& parentId, const QString& role,
                         const QVector<QVector<Node>>& subtrees, const QString& text);
    // A saved version made the current content, as one step; false when the document refused
    // it (the failure is reported, and the step is not in the history).
    bool restoreVersion(const DocumentTree& version, const QString& versionName);

    // The .kasibi file alone holds every change (see StandardDocument::checkpoint): done by
    // itself CheckpointDelay after the last change (and at least every CheckpointLatest while
    // changes keep coming), when a version is saved and when the user leaves the application;
    // called at once on Save and before an export or Save As.
    Result<bool> checkpointNow();
    static constexpr int CheckpointDelay = 1000;  // ms
    static constexpr int CheckpointLatest = 5000; // ms
    bool isCheckpointPending() const;

    // Called by commands: a failed change is shown to the user and leaves the history true.
    void reportFailure(const Error& error);
    // Called by commands on undo and redo, so the user sees what changed back.
    void reveal(const QString& nodeId, const QString& field, const QString& language);

signals:
    void failed(const kasibi::Error& error);
    void revealRequested(const QString& nodeId, const QString& field, const QString& language);

private:
    void watchDocument();
    void scheduleCheckpoint();

    std::unique_ptr<StandardDocument> m_document;
    QTimer* m_checkpointTimer;
    QElapsedTimer m_pendingSince;
    QUndoStack* m_undoStack;
    QString m_contentLanguage = QStringLiteral("ru");
    int m_lastBurst = 0;
};

} // namespace kasibi
