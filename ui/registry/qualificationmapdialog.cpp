#include "ui/registry/qualificationmapdialog.h"

#include "core/registry/mapimagewriters.h"
#include "core/registry/qualificationmappainter.h"

#include <QDialogButtonBox>
#include <QFileDialog>
#include <QLabel>
#include <QMessageBox>
#include <QPainter>
#include <QPixmap>
#include <QPrintDialog>
#include <QPrinter>
#include <QPushButton>
#include <QScrollArea>
#include <QVBoxLayout>

namespace kasibi {

QualificationMapDialog::QualificationMapDialog(QualificationMap map, const QString& language,
                                               QWidget* parent)
    : QDialog(parent), m_map(std::move(map)), m_language(language), m_picture(new QLabel) {
    setObjectName(QStringLiteral("qualificationMapDialog"));
    setWindowTitle(tr("Qualification Map"));
    const QualificationMapPainter painter(m_map, m_language);
    QPixmap pixmap(painter.size());
    {
        QPainter onPixmap(&pixmap);
        painter.paint(onPixmap);
    }
    m_picture->setPixmap(pixmap);
    auto* scroll = new QScrollArea(this);
    scroll->setWidget(m_picture);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    QPushButton* print = buttons->addButton(tr("&Print…"), QDialogButtonBox::ActionRole);
    QPushButton* save = buttons->addButton(tr("&Save As…"), QDialogButtonBox::ActionRole);
    connect(print, &QPushButton::clicked, this, &QualificationMapDialog::askPrint);
    connect(save, &QPushButton::clicked, this, &QualificationMapDialog::askSave);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(scroll, 1);
    layout->addWidget(buttons);
    resize(qMin(pixmap.width() + 60, 1400), qMin(pixmap.height() + 100, 900));
}

Status QualificationMapDialog::save(const QString& path) const {
    return QualificationMapPainter(m_map, m_language).write(path);
}

void QualificationMapDialog::askSave() {
    const QString path = QFileDialog::getSaveFileName(this, tr("Save the Map"), QString(),
                                                      MapImageWriters::fileFilter());
    if (path.isEmpty()) return;
    if (Status saved = save(path); !saved)
        QMessageBox::warning(this, windowTitle(), saved.error().toString());
}

void QualificationMapDialog::askPrint() {
    QPrinter printer(QPrinter::HighResolution);
    printer.setPageOrientation(QPageLayout::Landscape);
    QPrintDialog dialog(&printer, this);
    if (dialog.exec() != QDialog::Accepted) return;
    const QualificationMapPainter painter(m_map, m_language);
    QPainter onPaper(&printer);
    // The whole map on one page, as large as it fits.
    const QRectF page = printer.pageLayout().paintRectPixels(printer.resolution());
    const qreal scale =
        qMin(page.width() / painter.size().width(), page.height() / painter.size().height());
    onPaper.scale(scale, scale);
    painter.paint(onPaper);
}

} // namespace kasibi
