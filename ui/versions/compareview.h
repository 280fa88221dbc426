#pragma once

#include "core/layout/changereportlayout.h"
#include "core/lifecycle/change.h"
#include "core/lifecycle/changesignificance.h"
#include "core/model/documenttree.h"

#include <QWidget>

class QLabel;
class QTreeWidget;
class QTreeWidgetItem;

namespace kasibi {

// Two states of a standard side by side, older on the left, newer on the right, one row per
// change by element id: added green, removed red, changed yellow with the changed words marked,
// moved blue. On top, whether the change set is significant (rules 17 and 18) and why; edits
// that look like spelling fixes carry a "typo fix" box for the user to confirm.
class CompareView : public QWidget {
    Q_OBJECT
public:
    explicit CompareView(QWidget* parent = nullptr);

    // `language` ("kk" or "ru"): the wording shown for places and names.
    void compare(const DocumentTree& older, const DocumentTree& newer, const QString& language);

    const DocumentTree& older() const { return m_older; }
    const DocumentTree& newer() const { return m_newer; }
    // The changes, typoFix set only on those the user confirmed as typo fixes.
    QVector<Change> changes() const;
    ChangeSignificance verdict() const;
    QString verdictText() const;

    QTreeWidget* view() const { return m_view; }
    // The row of the first change of the element (and field), or nullptr.
    QTreeWidgetItem* itemOf(const QString& elementId, const QString& field = {}) const;
    // The HTML of one side of a change's row: 1 older, 2 newer.
    QString sideHtml(QTreeWidgetItem* item, int column) const;

    static constexpr int ChangeIndexRole = Qt::UserRole + 1;

signals:
    void verdictChanged();

protected:
    void resizeEvent(QResizeEvent* event) override;

private:
    void showVerdict();
    void addRow(QTreeWidgetItem* group, int index);

    DocumentTree m_older;
    DocumentTree m_newer;
    QString m_language;
    QVector<Change> m_changes; // in document order; typoFix: a candidate
    QLabel* m_verdict;
    QTreeWidget* m_view;
};

} // namespace kasibi
