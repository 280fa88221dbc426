#pragma once

#include "core/model/result.h"
#include "core/registry/registryfinding.h"
#include "core/registry/registrysearch.h"

#include <functional>
#include <QDockWidget>

class QLabel;
class QLineEdit;
class QTreeWidget;
class QTreeWidgetItem;

namespace kasibi {

class Registry;

// The registry pane: search across the registered standards (words or codes) and the findings
// of the checks across them; activating a row takes the user to that standard and card.
class RegistryDock : public QDockWidget {
    Q_OBJECT
public:
    // registry() gives the open registry, or the reason there is none.
    explicit RegistryDock(std::function<Result<Registry*>()> registry, QWidget* parent = nullptr);

    QLineEdit* searchField() const { return m_search; }
    QTreeWidget* results() const { return m_results; }
    QTreeWidget* findings() const { return m_findings; }
    QLineEdit* mapField() const { return m_map; }

    Status search(const QString& query);
    Status check();
    void setLanguage(const QString& language) { m_language = language; }

signals:
    // A standard (and a card, an element's field in it) the user wants to see.
    void standardActivated(const QString& standardId, const QString& elementId,
                           const QString& field);
    void mapRequested(const QString& okedCode);
    void failed(const Error& error);

private:
    void activate(QTreeWidgetItem* item);

    std::function<Result<Registry*>()> m_registry;
    QLineEdit* m_search;
    QTreeWidget* m_results;
    QTreeWidget* m_findings;
    QLabel* m_summary;
    QLineEdit* m_map;
    QString m_language = QStringLiteral("ru");
};

} // namespace kasibi
