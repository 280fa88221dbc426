#pragma once

#include "core/model/result.h"

#include <memory>
#include <QObject>
#include <QString>
#include <QStringList>

class QMenu;

namespace kasibi {

class MainWindow;
class StandardDocument;

// The standards the window works on as files, as Tiled's DocumentManager: new (blank or from
// the template), open, import from the interchange JSON or from Word, the sample, Save, Save
// As, close, and the recent files. The window shows the document this puts in it.
class DocumentController : public QObject {
    Q_OBJECT
public:
    explicit DocumentController(MainWindow* window);

    // Each of these reports a failure to the user (MainWindow::showFailure) and returns false.
    bool openDocument(const QString& path);
    bool newDocument(const QString& path, bool fromTemplate = false);
    bool importJson(const QString& jsonPath, const QString& documentPath);
    // A standard published in Word, from one file or its Kazakh and Russian files together,
    // becomes the new document at `documentPath`; the import report is shown beside the
    // validation.
    bool importWord(const QStringList& docxPaths, const QString& documentPath);
    bool openSample(const QString& documentPath);
    // File > Save: the file alone holds every change at once (they are committed as made).
    bool save();
    bool saveAs(const QString& path);
    void closeDocument();
    // Opens what the user gave (command line, drop, recent files): a .kasibi, or a .json to
    // import after asking where its document file goes.
    void openPath(const QString& path);
    // The file dialog's filter of everything openPath opens.
    static QString openFilter();
    // Where the file dialogs start: the open document's folder, the last one, or Documents.
    QString documentsFolder() const;
    static QString sampleFileName();
    // The user's documents folder, made if it is not there yet (else the home folder).
    static QString userDocumentsFolder();

    // The File menu's questions before the work above.
    void askNew(bool fromTemplate);
    void askOpen();
    void askOpenSample();
    void askSaveAs();
    void askImport();
    void askImportWord(QStringList docxPaths = {});

    // File > Open Recent, kept as the list of recent files changes.
    void setRecentMenu(QMenu* menu);
    void updateRecentMenu();
    // The open document goes: the list of recent files shows it by the name it has now.
    void rememberName();

private:
    // The window shows the document made or opened, and it joins the recent files; or the user
    // is told why there is none.
    bool take(Result<std::unique_ptr<StandardDocument>> document, const QString& failure,
              const QString& path);
    QString askDocumentPath(const QString& title, const QString& suggestion);
    void rememberRecent(const QString& path);
    // The standard's name in the content language (else the other), to list it by.
    QString standardName() const;

    MainWindow* m_window;
    QMenu* m_recentMenu = nullptr;
};

} // namespace kasibi
