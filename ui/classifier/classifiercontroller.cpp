#include "ui/classifier/classifiercontroller.h"

#include "ui/classifier/classifiereditiondialog.h"
#include "ui/classifier/classifiereditionsdialog.h"
#include "ui/shell/mainwindow.h"
#include "ui/shell/preferences.h"
#include "ui/spelling/spellchecker.h"
#include "ui/validation/validationdock.h"

#include <QAction>
#include <QApplication>
#include <QDir>
#include <QMenu>
#include <QMenuBar>
#include <QStatusBar>

namespace kasibi {

ClassifierController::ClassifierController(MainWindow* window) : QObject(window), m_window(window) {
    setObjectName(QStringLiteral("classifierController"));
    // The names of the editions in use are right words to the spell checker.
    connect(this, &ClassifierController::editionsChanged, this,
            &ClassifierController::teachSpelling);
    if (Status opened = openStore(ClassifierStore::defaultPath()); !opened)
        // Editing goes on without look-ups; the user learns why when they reach for one.
        window->statusBar()->showMessage(
            tr("The classifiers could not be opened: %1").arg(opened.error().toString()), 10000);

    auto* load = new QAction(tr("Load &Classifier Edition…"), window);
    load->setObjectName(QStringLiteral("loadClassifierEdition"));
    connect(load, &QAction::triggered, this, [this] { askLoadEdition(); });
    auto* editions = new QAction(tr("Classifier &Editions…"), window);
    editions->setObjectName(QStringLiteral("classifierEditions"));
    connect(editions, &QAction::triggered, this, &ClassifierController::showEditions);
    // A Tools menu another part of the editor may have made already, else one before Help.
    QMenu* tools = window->menuBar()->findChild<QMenu*>(QStringLiteral("toolsMenu"));
    if (!tools) {
        tools = new QMenu(tr("&Tools"), window->menuBar());
        tools->setObjectName(QStringLiteral("toolsMenu"));
        QAction* before = nullptr;
        QAction* about = window->action(QStringLiteral("about"));
        for (QAction* item : window->menuBar()->actions())
            if (item->menu() && about && item->menu()->actions().contains(about)) before = item;
        window->menuBar()->insertMenu(before, tools);
    }
    tools->addAction(load);
    tools->addAction(editions);
}

ClassifierController::~ClassifierController() = default;

ClassifierController* ClassifierController::of(const QWidget* widget) {
    for (const QWidget* up = widget; up; up = up->parentWidget())
        if (auto* window = qobject_cast<const MainWindow*>(up))
            return window->findChild<ClassifierController*>();
    return nullptr;
}

Status ClassifierController::openStore(const QString& path) {
    Result<std::unique_ptr<ClassifierStore>> opened = ClassifierStore::open(path);
    if (!opened) {
        m_storeError = opened.error();
        m_store.reset();
        m_window->validationDock()->setClassifierStorePath({});
        return opened.error();
    }
    m_store = std::move(opened.value());
    m_storeError = {};
    m_window->validationDock()->setClassifierStorePath(path);
    emit editionsChanged();
    return {};
}

void ClassifierController::teachSpelling() {
    for (const QString& language : {QStringLiteral("kk"), QStringLiteral("ru")}) {
        SpellChecker* checker = SpellChecker::forLanguage(language);
        if (!checker) continue;
        QStringList words;
        for (Classifier classifier : {Classifier::Oked, Classifier::Nkz})
            if (Result<QStringList> names = m_store ? m_store->names(classifier, language)
                                                    : Result<QStringList>(QStringList());
                names)
                for (const QString& name : names.value())
                    words << SpellChecker::wordsOf(name);
        checker->setKnownWords(QStringLiteral("classifiers"), words);
    }
}

Result<ClassifierEdition> ClassifierController::loadEdition(Classifier classifier,
                                                            const QString& path,
                                                            const QString& editionName,
                                                            bool replace) {
    if (!m_store) return m_storeError;
    Result<ClassifierEdition> loaded = m_store->loadFile(
        classifier, path, editionName,
        replace ? ClassifierStore::IfLoaded::Replace : ClassifierStore::IfLoaded::Refuse);
    if (loaded) {
        emit editionsChanged();
        // Codes and names are checked against the edition now in use.
        m_window->validationDock()->schedule();
    }
    return loaded;
}

void ClassifierController::askLoadEdition(Classifier classifier) {
    ClassifierEditionDialog dialog(m_window);
    dialog.setClassifier(classifier);
    if (dialog.exec() != QDialog::Accepted) return;
    QApplication::setOverrideCursor(Qt::WaitCursor);
    Result<ClassifierEdition> loaded =
        loadEdition(dialog.classifier(), dialog.filePath(), dialog.editionName(), dialog.replace());
    QApplication::restoreOverrideCursor();
    if (!loaded) {
        m_window->showFailure(tr("The classifier edition could not be loaded"), loaded.error());
        return;
    }
    m_window->statusBar()->showMessage(
        tr("%1 edition “%2” loaded: %n code(s).", nullptr, loaded.value().entryCount)
            .arg(classifierTitle(loaded.value().classifier), loaded.value().name),
        8000);
}

Status ClassifierController::useEdition(Classifier classifier, const QString& name) {
    if (!m_store) return m_storeError;
    if (Status used = m_store->use(classifier, name); !used) return used;
    emit editionsChanged();
    m_window->validationDock()->schedule();
    return {};
}

Status ClassifierController::removeEdition(Classifier classifier, const QString& name) {
    if (!m_store) return m_storeError;
    if (Status removed = m_store->remove(classifier, name); !removed) return removed;
    emit editionsChanged();
    m_window->validationDock()->schedule();
    return {};
}

void ClassifierController::showEditions() {
    if (!m_store) {
        m_window->showFailure(tr("The classifiers could not be opened"), m_storeError);
        return;
    }
    ClassifierEditionsDialog dialog(this, m_window);
    dialog.exec();
}

QString ClassifierController::editionsSummary() const {
    if (!m_store)
        return tr("The classifiers could not be opened: %1")
            .arg(m_storeError.toString().toHtmlEscaped());
    QStringList lines;
    for (Classifier classifier : {Classifier::Oked, Classifier::Nkz}) {
        Result<ClassifierEdition> inUse = m_store->editionInUse(classifier);
        if (!inUse) {
            lines << tr("%1: %2").arg(classifierTitle(classifier),
                                      inUse.error().message.toHtmlEscaped());
            continue;
        }
        lines << tr("%1: %2 (%n code(s))", nullptr, inUse.value().entryCount)
                     .arg(classifierTitle(classifier),
                          inUse.value().title(Preferences::effectiveUiLanguage()).toHtmlEscaped());
    }
    return tr("Classifier editions in use:") + QStringLiteral("<br>") +
           lines.join(QStringLiteral("<br>"));
}

} // namespace kasibi
