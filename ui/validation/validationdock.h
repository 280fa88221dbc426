#pragma once

#include "core/classifier/classifierfix.h"
#include "core/validation/finding.h"

#include <optional>
#include <QDockWidget>
#include <QFutureWatcher>
#include <QPointer>

class QLabel;
class QTimer;
class QTreeWidget;
class QTreeWidgetItem;

namespace kasibi {

class EditSession;

// The findings of validation, grouped by chapter and by profession card. Each row says what to do
// first; where it is, the grouping says (and, inside a card, the row's end). The selected
// finding is shown in full under the list. Validation runs on a snapshot of the document in a
// worker thread a moment after the last change, so typing never waits for it; a click or Enter
// on a finding takes the user to the field.
class ValidationDock : public QDockWidget {
    Q_OBJECT
public:
    explicit ValidationDock(QWidget* parent = nullptr);
    ~ValidationDock() override;

    void setSession(EditSession* session); // nullptr: no document
    // The language of the messages: "ru", "kk" or "en".
    void setMessageLanguage(const QString& language) { m_language = language; }
    const Findings& findings() const { return m_findings; }
    QTreeWidget* view() const { return m_view; }
    // The selected finding in full: its criterion, its message with the place.
    QLabel* detail() const { return m_detail; }
    // The text of a finding's row.
    QString rowText(const Finding& finding) const;
    bool isPending() const;
    // The classifier store the worker checks codes and names against (its own connection);
    // empty: no classifier check.
    void setClassifierStorePath(const QString& path);
    // The classifier's wording for a finding, when it offers one; applying it is undoable.
    std::optional<ClassifierFix> fixOf(int findingIndex) const;
    bool applyFix(int findingIndex);

    static constexpr int DebounceMilliseconds = 300;

public slots:
    void schedule();

signals:
    void findingActivated(const kasibi::Finding& finding);
    void countsChanged(int errors, int warnings);
    // A run has finished and its findings are shown.
    void validated();

private:
    // What one run of the worker finds: the findings and, by their index, the classifier fixes.
    struct Run {
        Findings findings;
        QHash<int, ClassifierFix> fixes;
    };

    void start();
    void showContextMenu(const QPoint& position);
    void show(const Findings& findings);
    QTreeWidgetItem* groupItem(const QString& key, const QString& title, QTreeWidgetItem* parent);
    void activate(QTreeWidgetItem* item);
    void showDetail();
    static QString keyOf(const Finding& finding);

    QPointer<EditSession> m_session;
    QTreeWidget* m_view;
    QLabel* m_placeholder;
    QLabel* m_detail;
    QTimer* m_timer;
    QFutureWatcher<Run> m_watcher;
    bool m_rerun = false;
    // Until the finished signal is handled, not just until the worker is done.
    bool m_running = false;
    int m_generation = 0;
    int m_runningGeneration = 0;
    QString m_language = QStringLiteral("ru");
    Findings m_findings;
    QHash<int, ClassifierFix> m_fixes;
    QString m_classifierStorePath;
    QHash<QString, QTreeWidgetItem*> m_groups;
};

} // namespace kasibi
