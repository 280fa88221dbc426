#pragma once

#include "core/layout/changereportlayout.h"
#include "core/model/result.h"

#include <QDialog>

class QComboBox;
class QLabel;

namespace kasibi {

class CompareView;
class EditSession;

// Picks the two states to compare (the current content, a saved version, or another file of
// the same standard), shows them in a CompareView and exports the change report.
class CompareDialog : public QDialog {
    Q_OBJECT
public:
    explicit CompareDialog(EditSession* session, QWidget* parent = nullptr);

    CompareView* view() const { return m_view; }
    QComboBox* olderChoice() const { return m_older; }
    QComboBox* newerChoice() const { return m_newer; }

    // Chooses the states: "current", a version id, or a file path; then compares them.
    Status choose(const QString& older, const QString& newer);
    // Adds another .kasibi or .json file to both lists; refused unless it is the same standard.
    Status addFile(const QString& path);
    // Writes the report of what is shown as DOCX or PDF, by the file's extension.
    Status exportReport(const QString& path) const;

private:
    struct Loaded {
        DocumentTree tree;
        ChangeReportLayout::State state;
    };
    Result<Loaded> load(const QString& choice) const;
    void refresh();
    void askFile(QComboBox* box);
    void askExport();

    EditSession* m_session;
    QComboBox* m_older;
    QComboBox* m_newer;
    QLabel* m_problem;
    CompareView* m_view;
    ChangeReportLayout::State m_olderState;
    ChangeReportLayout::State m_newerState;
};

} // namespace kasibi
