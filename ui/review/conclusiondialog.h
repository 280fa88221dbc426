#pragma once

#include <QDialog>
#include <QHash>
#include <QPointer>

class QComboBox;
class QPushButton;
class QTableWidget;

namespace kasibi {

class EditSession;
class LocalizedTextEditor;

// The National body's conclusion (Appendix 3): the state body, the date of the examination and,
// for each criterion of the form in its three groups, the verdict and the expert's remark. The
// state body and the remarks are written in Kazakh and Russian side by side, like every text of
// the standard, a missing wording marked as everywhere in the form.
// "Fill from validation" drafts every verdict from the findings; the expert then decides.
// Each edit is an undoable command; the dialog follows undo and redo.
class ConclusionDialog : public QDialog {
    Q_OBJECT
public:
    explicit ConclusionDialog(EditSession* session, QWidget* parent = nullptr);

    QTableWidget* table() const { return m_table; }
    QComboBox* verdictEditor(const QString& criterion) const;
    // Null while the criterion is not assessed (a remark needs a verdict first).
    LocalizedTextEditor* remarkEditor(const QString& criterion) const;
    // The assessment element of a criterion, or an empty string if it has none yet.
    QString assessmentOf(const QString& criterion) const;

    // Replaces the assessments with ones drafted from validation, in one undoable step.
    void fillFromValidation();
    void setVerdict(const QString& criterion, const QString& verdict);
    void setRemark(const QString& criterion, const QString& language, const QString& remark);

signals:
    void exportRequested();

private:
    void build();
    void refresh();
    void refreshRow(const QString& criterion);
    void askFillFromValidation();

    QPointer<EditSession> m_session;
    QTableWidget* m_table;
    QPushButton* m_fill;
    QHash<QString, QComboBox*> m_verdicts;
    QHash<QString, QWidget*> m_remarks; // each criterion's cell: its editor or what it waits for
};

} // namespace kasibi
