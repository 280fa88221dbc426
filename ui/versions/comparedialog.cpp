#include "ui/versions/comparedialog.h"

#include "core/model/displaytime.h"

#include "core/format/anydocumentreader.h"
#include "core/format/documentreaders.h"
#include "core/format/layoutwriters.h"
#include "ui/commands/editsession.h"
#include "ui/versions/compareview.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QVBoxLayout>

namespace kasibi {

namespace {
const QString kCurrent = QStringLiteral("current");
const QString kOtherFile = QStringLiteral("other-file");
const QString kFilePrefix = QStringLiteral("file:");
} // namespace

CompareDialog::CompareDialog(EditSession* session, QWidget* parent)
    : QDialog(parent), m_session(session), m_older(new QComboBox), m_newer(new QComboBox),
      m_problem(new QLabel), m_view(new CompareView) {
    setObjectName(QStringLiteral("compareDialog"));
    setWindowTitle(tr("Compare Versions"));
    m_older->setObjectName(QStringLiteral("olderChoice"));
    m_newer->setObjectName(QStringLiteral("newerChoice"));
    for (QComboBox* box : {m_older, m_newer}) {
        box->addItem(tr("Current content"), kCurrent);
        if (auto versions = session->document()->versions(); versions)
            for (const VersionInfo& version : versions.value())
                box->addItem(tr("Version \"%1\" of %2")
                                 .arg(version.name, DisplayTime::dateTime(version.created)),
                             version.id);
        box->addItem(tr("Another file of this standard…"), kOtherFile);
        connect(box, &QComboBox::activated, this, [this, box] {
            if (box->currentData().toString() == kOtherFile)
                askFile(box);
            else
                refresh();
        });
    }
    // The usual question: what changed since the last version saved.
    m_older->setCurrentIndex(m_older->count() > 2 ? m_older->count() - 2 : 0);
    m_problem->setObjectName(QStringLiteral("compareProblem"));
    m_problem->setStyleSheet(QStringLiteral("color: #b02a37;"));
    m_problem->setWordWrap(true);
    m_problem->hide();

    auto* choices = new QFormLayout;
    choices->addRow(tr("Older (left):"), m_older);
    choices->addRow(tr("Newer (right):"), m_newer);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    QPushButton* exportButton =
        buttons->addButton(tr("Export Report…"), QDialogButtonBox::ActionRole);
    exportButton->setObjectName(QStringLiteral("exportReport"));
    connect(exportButton, &QPushButton::clicked, this, &CompareDialog::askExport);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(choices);
    layout->addWidget(m_problem);
    layout->addWidget(m_view, 1);
    layout->addWidget(buttons);
    resize(1200, 800);
    refresh();
}

Result<CompareDialog::Loaded> CompareDialog::load(const QString& choice) const {
    using R = Result<Loaded>;
    if (choice == kCurrent) return Loaded{m_session->tree(), {tr("Current content"), {}}};
    if (choice.startsWith(kFilePrefix)) {
        const QString path = choice.mid(kFilePrefix.size());
        Result<DocumentTree> tree = AnyDocumentReader().read(path);
        if (!tree) return tree.error();
        return Loaded{tree.value(), {QFileInfo(path).fileName(), QFileInfo(path).lastModified()}};
    }
    auto versions = m_session->document()->versions();
    if (!versions) return versions.error();
    for (const VersionInfo& version : versions.value()) {
        if (version.id != choice) continue;
        Result<DocumentTree> tree = m_session->document()->versionContent(version.id);
        if (!tree) return tree.error();
        return Loaded{tree.value(), {version.name, version.created}};
    }
    return R::failure(tr("no such version"), m_session->document()->path());
}

void CompareDialog::refresh() {
    Result<Loaded> older = load(m_older->currentData().toString());
    Result<Loaded> newer = load(m_newer->currentData().toString());
    const Error* problem = !older ? &older.error() : !newer ? &newer.error() : nullptr;
    m_problem->setVisible(problem);
    if (problem) {
        m_problem->setText(problem->toString());
        return;
    }
    m_olderState = older.value().state;
    m_newerState = newer.value().state;
    m_view->compare(older.value().tree, newer.value().tree, m_session->contentLanguage());
}

Status CompareDialog::choose(const QString& older, const QString& newer) {
    for (const auto& [box, choice] : {std::pair{m_older, older}, std::pair{m_newer, newer}}) {
        const int index = box->findData(choice);
        if (index < 0) return Status::failure(tr("nothing to compare named %1").arg(choice));
        box->setCurrentIndex(index);
    }
    refresh();
    return {};
}

Status CompareDialog::addFile(const QString& path) {
    Result<DocumentTree> tree = AnyDocumentReader().read(path);
    if (!tree) return tree.error();
    if (tree.value().standardId() != m_session->tree().standardId())
        return Status::failure(tr("not the same standard as the open one (their ids differ)"),
                               path);
    for (QComboBox* box : {m_older, m_newer})
        if (box->findData(QString(kFilePrefix + path)) < 0)
            box->insertItem(box->count() - 1, QFileInfo(path).fileName(),
                            QString(kFilePrefix + path));
    return {};
}

void CompareDialog::askFile(QComboBox* box) {
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Compare with a File"), QFileInfo(m_session->document()->path()).absolutePath(),
        DocumentReaders::openFilter(true));
    if (!path.isEmpty()) {
        if (Status added = addFile(path); !added) {
            QMessageBox::warning(this, tr("The file cannot be compared"), added.error().toString());
        } else {
            box->setCurrentIndex(box->findData(QString(kFilePrefix + path)));
        }
    }
    if (box->currentData().toString() == kOtherFile) box->setCurrentIndex(0);
    refresh();
}

Status CompareDialog::exportReport(const QString& path) const {
    const QString language = m_session->contentLanguage() == QLatin1String("kk")
                                 ? QStringLiteral("kk")
                                 : QStringLiteral("ru");
    const StandardLayout report = ChangeReportLayout::build(
        m_view->older(), m_olderState, m_view->newer(), m_newerState, m_view->changes(), language);
    if (const std::shared_ptr<LayoutWriter> writer = LayoutWriters::forPath(path))
        return writer->write(report, path);
    return Status::failure(
        tr("the change report is written as %1").arg(LayoutWriters::fileNames({}, tr(" or "))),
        path);
}

void CompareDialog::askExport() {
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Export the Change Report"),
        QFileInfo(m_session->document()->path()).absolutePath(), LayoutWriters::fileFilter());
    if (path.isEmpty()) return;
    if (Status written = exportReport(path); !written)
        QMessageBox::warning(this, tr("The report could not be written"),
                             written.error().toString());
}

} // namespace kasibi
