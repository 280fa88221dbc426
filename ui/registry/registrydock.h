#pragma once

#include "core/registry/registryfinding.h"
#include "core/registry/registrysearch.h"

#include <QDockWidget>

class QLabel;
class QPushButton;
class QLineEdit;
class QTreeWidget;
class QTreeWidgetItem;

namespace kasibi {

// The registry pane: search across the registered standards (words or codes) and the findings
// of the checks across them; activating a row takes the user to that standard and card. A view
// only: it asks (signals) and shows what the registry answered; the calls are the controller's.
class RegistryDock : public QDockWidget {
    Q_OBJECT
public:
    explicit RegistryDock(QWidget* parent = nullptr);

    QLineEdit* searchField() const { return m_search; }
    QTreeWidget* results() const { return m_results; }
    QTreeWidget* findings() const { return m_findings; }
    QLineEdit* mapField() const { return m_map; }
    QPushButton* findButton() const { return m_find; }

    void showHits(const QVector<RegistryHit>& hits);
    void showFindings(const RegistryFindings& findings);
    // While a registry call runs, the pane asks for nothing more.
    void setBusy(bool busy);
    void setLanguage(const QString& language) { m_language = language; }

signals:
    void searchRequested(const QString& query);
    void checkRequested();
    // A standard (and a card, an element's field in it) the user wants to see.
    void standardActivated(const QString& standardId, const QString& elementId,
                           const QString& field);
    void mapRequested(const QString& okedCode);

private:
    void activate(QTreeWidgetItem* item);

    QLineEdit* m_search;
    QPushButton* m_find;
    QPushButton* m_check;
    QPushButton* m_mapButton;
    QTreeWidget* m_results;
    QTreeWidget* m_findings;
    QLabel* m_summary;
    QLineEdit* m_map;
    QString m_language = QStringLiteral("ru");
};

} // namespace kasibi
