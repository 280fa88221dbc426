#pragma once

#include "ui/export/exportrequest.h"

#include <memory>
#include <QDialog>
#include <vector>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;

namespace kasibi {

class DocumentWriter;

// Asks what to export and where: the format, the language of a printed document, whether the
// review comments go with it, and the file. The file name follows the format and the language
// until the user types or picks one of their own.
class ExportDialog : public QDialog {
    Q_OBJECT
public:
    // documentPath: the open .kasibi file, whose folder and name the suggested file takes.
    ExportDialog(ExportRequest::What what, const QString& documentPath, const QString& language,
                 QWidget* parent = nullptr);

    ExportRequest request() const;

    QComboBox* formatBox() const { return m_format; }
    QComboBox* languageBox() const { return m_language; }
    QCheckBox* commentsBox() const { return m_comments; }
    QCheckBox* marksBox() const { return m_marks; }
    QLineEdit* pathEdit() const { return m_path; }

public slots:
    void accept() override;

private:
    // The format chosen.
    const DocumentWriter& writer() const;
    QString extension() const;
    void formatChanged();
    void suggestPath();
    void browse();

    ExportRequest::What m_what;
    std::vector<std::shared_ptr<DocumentWriter>> m_writers; // as the format box lists them
    QString m_folder;
    QString m_baseName;
    QComboBox* m_format;
    QComboBox* m_language;
    QCheckBox* m_comments;
    QCheckBox* m_marks;
    QLineEdit* m_path;
    QLabel* m_note;
    bool m_pathChosen = false; // typed or picked by the user: no longer suggested
    bool m_replaceConfirmed = false;
};

} // namespace kasibi
