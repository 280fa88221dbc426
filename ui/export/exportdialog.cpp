#include "ui/export/exportdialog.h"

#include "core/format/documentwriters.h"
#include "core/format/layoutwriters.h"
#include "core/model/labels.h"

#include <algorithm>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QVBoxLayout>

namespace kasibi {

ExportDialog::ExportDialog(ExportRequest::What what, const QString& documentPath,
                           const QString& language, QWidget* parent)
    : QDialog(parent), m_what(what), m_folder(QFileInfo(documentPath).absolutePath()),
      m_baseName(QFileInfo(documentPath).completeBaseName()), m_format(new QComboBox),
      m_language(new QComboBox), m_comments(new QCheckBox(tr("With the review &comments"))),
      m_marks(new QCheckBox(tr("With &marks for a review in Word"))), m_path(new QLineEdit),
      m_note(new QLabel) {
    setObjectName(QStringLiteral("exportDialog"));
    setWindowTitle(what == ExportRequest::What::Standard ? tr("Export the Standard")
                                                         : tr("Export the Conclusion"));
    m_format->setObjectName(QStringLiteral("exportFormat"));
    m_language->setObjectName(QStringLiteral("exportLanguage"));
    m_comments->setObjectName(QStringLiteral("exportComments"));
    m_marks->setObjectName(QStringLiteral("exportMarks"));
    m_path->setObjectName(QStringLiteral("exportPath"));

    // Printed formats first: they are what is sent to the ministry.
    if (what == ExportRequest::What::Standard)
        m_writers = DocumentWriters::all();
    else
        m_writers.assign(LayoutWriters::all().begin(), LayoutWriters::all().end());
    std::stable_partition(
        m_writers.begin(), m_writers.end(),
        [](const std::shared_ptr<DocumentWriter>& writer) { return writer->printed(); });
    for (const std::shared_ptr<DocumentWriter>& writer : m_writers)
        m_format->addItem(writer->title(), writer->extension());
    for (const QString& code : {QStringLiteral("kk"), QStringLiteral("ru")})
        m_language->addItem(Labels::language(code), code);
    m_language->setCurrentIndex(qMax(0, m_language->findData(language)));
    m_comments->setToolTip(tr("Word comments in DOCX, numbered notes at the end of a PDF."));
    m_comments->setVisible(what == ExportRequest::What::Standard);
    m_marks->setChecked(true);
    m_marks->setToolTip(tr("Invisible marks of where each text is, by which the comments and "
                           "tracked changes of a reviewer come back (Review > Import Review From "
                           "Word). Leave them out for a clean published copy."));
    m_marks->setVisible(what == ExportRequest::What::Standard);
    m_note->setWordWrap(true);
    m_note->setStyleSheet(QStringLiteral("color: palette(mid);"));

    auto* browse = new QPushButton(tr("&Browse…"));
    browse->setObjectName(QStringLiteral("exportBrowse"));
    auto* pathRow = new QHBoxLayout;
    pathRow->addWidget(m_path, 1);
    pathRow->addWidget(browse);

    auto* form = new QFormLayout;
    form->addRow(tr("&Format:"), m_format);
    form->addRow(tr("&Language:"), m_language);
    form->addRow(QString(), m_comments);
    form->addRow(QString(), m_marks);
    // A row of a layout gets no buddy from QFormLayout: without one the '&' would show.
    auto* pathLabel = new QLabel(tr("F&ile:"));
    pathLabel->setBuddy(m_path);
    form->addRow(pathLabel, pathRow);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Cancel);
    buttons->addButton(tr("&Export"), QDialogButtonBox::AcceptRole)->setDefault(true);
    connect(buttons, &QDialogButtonBox::accepted, this, &ExportDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &ExportDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_note);
    layout->addStretch(1);
    layout->addWidget(buttons);
    setMinimumWidth(560);

    connect(m_format, &QComboBox::currentIndexChanged, this, &ExportDialog::formatChanged);
    connect(m_language, &QComboBox::currentIndexChanged, this, &ExportDialog::suggestPath);
    connect(m_path, &QLineEdit::textEdited, this, [this] {
        m_pathChosen = true;
        m_replaceConfirmed = false;
    });
    connect(browse, &QPushButton::clicked, this, &ExportDialog::browse);
    formatChanged();
}

const DocumentWriter& ExportDialog::writer() const {
    return *m_writers.at(qMax(0, m_format->currentIndex()));
}

QString ExportDialog::extension() const {
    return writer().extension();
}

void ExportDialog::formatChanged() {
    const bool printed = writer().printed();
    m_language->setEnabled(printed);
    m_comments->setEnabled(printed);
    m_marks->setEnabled(writer().keepsReviewMarks());
    m_note->setText(printed ? QString()
                            : tr("The interchange format holds both languages, the comments and "
                                 "everything else the document has."));
    if (m_pathChosen) {
        // The user's own name keeps its stem; only the extension follows the format.
        const QFileInfo chosen(m_path->text());
        if (!m_path->text().isEmpty() && chosen.suffix().toLower() != extension())
            m_path->setText(chosen.path() + QLatin1Char('/') + chosen.completeBaseName() +
                            QLatin1Char('.') + extension());
        m_replaceConfirmed = false;
        return;
    }
    suggestPath();
}

void ExportDialog::suggestPath() {
    if (m_pathChosen) return;
    QString name = m_baseName;
    if (m_what == ExportRequest::What::Conclusion) name += tr("-conclusion");
    if (writer().printed()) name += QLatin1Char('-') + m_language->currentData().toString();
    m_path->setText(QDir::toNativeSeparators(m_folder + QLatin1Char('/') + name + QLatin1Char('.') +
                                             extension()));
}

void ExportDialog::browse() {
    // The file dialog asks before replacing a file, so it is not asked again.
    QString path = QFileDialog::getSaveFileName(
        this, windowTitle(), QDir::fromNativeSeparators(m_path->text()), writer().fileFilter());
    if (path.isEmpty()) return;
    if (QFileInfo(path).suffix().toLower() != extension()) path += QLatin1Char('.') + extension();
    m_path->setText(QDir::toNativeSeparators(path));
    m_pathChosen = true;
    m_replaceConfirmed = true;
}

ExportRequest ExportDialog::request() const {
    ExportRequest request;
    request.what = m_what;
    request.path = QDir::fromNativeSeparators(m_path->text().trimmed());
    if (QFileInfo(request.path).suffix().isEmpty()) request.path += QLatin1Char('.') + extension();
    request.language = m_language->currentData().toString();
    request.withComments =
        m_what == ExportRequest::What::Standard && writer().printed() && m_comments->isChecked();
    request.withMarks = m_marks->isChecked();
    return request;
}

void ExportDialog::accept() {
    const ExportRequest chosen = request();
    if (m_path->text().trimmed().isEmpty()) {
        m_path->setFocus();
        return;
    }
    if (!m_replaceConfirmed && QFileInfo::exists(chosen.path) &&
        QMessageBox::question(
            this, windowTitle(),
            tr("%1 already exists. Replace it?").arg(QDir::toNativeSeparators(chosen.path)),
            QMessageBox::Yes | QMessageBox::No, QMessageBox::No) != QMessageBox::Yes)
        return;
    QDialog::accept();
}

} // namespace kasibi
