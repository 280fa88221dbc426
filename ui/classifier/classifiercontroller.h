#pragma once

#include "core/classifier/classifierstore.h"
#include "core/model/result.h"

#include <memory>
#include <QObject>

class QWidget;

namespace kasibi {

class MainWindow;

// The OKED and NKZ editions in the editor: the store, opened once in the GUI thread for the
// look-ups of the forms; its path for the validation dock, whose worker opens a connection of
// its own; Tools > Load Classifier Edition; the editions in use for Help > About.
class ClassifierController : public QObject {
    Q_OBJECT
public:
    explicit ClassifierController(MainWindow* window);
    ~ClassifierController() override;

    // The controller of the window a widget is in; nullptr outside a MainWindow.
    static ClassifierController* of(const QWidget* widget);

    // nullptr when the store could not be opened (storeError() says why).
    const ClassifierStore* store() const { return m_store.get(); }
    const Error& storeError() const { return m_storeError; }
    // Another store file (tests; a shared store later); the validation follows it.
    Status openStore(const QString& path);

    Result<ClassifierEdition> loadEdition(Classifier classifier, const QString& path,
                                          const QString& editionName, bool replace);
    // The load dialog, on this classifier.
    void askLoadEdition(Classifier classifier = Classifier::Oked);
    // Tools > Classifier Editions: the loaded editions, to switch the one in use or remove one.
    void showEditions();
    Status useEdition(Classifier classifier, const QString& name);
    Status removeEdition(Classifier classifier, const QString& name);
    // "OKED: <edition> (<n> codes)" per classifier, as rich text for the About box.
    QString editionsSummary() const;

signals:
    void editionsChanged();

private:
    void teachSpelling();

    MainWindow* m_window;
    std::unique_ptr<ClassifierStore> m_store;
    Error m_storeError;
};

} // namespace kasibi
