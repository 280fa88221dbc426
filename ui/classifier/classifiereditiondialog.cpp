#include "ui/classifier/classifiereditiondialog.h"

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
#include <QPushButton>
#include <QVBoxLayout>

namespace kasibi {

ClassifierEditionDialog::ClassifierEditionDialog(QWidget* parent)
    : QDialog(parent), m_classifier(new QComboBox), m_file(new QLineEdit), m_name(new QLineEdit),
      m_replace(new QCheckBox(tr("&Replace an edition of the same name"))), m_source(new QLabel) {
    setObjectName(QStringLiteral("classifierEditionDialog"));
    setWindowTitle(tr("Load a Classifier Edition"));
    m_classifier->addItem(tr("%1 (economic activities)").arg(classifierTitle(Classifier::Oked)),
                          int(Classifier::Oked));
    m_classifier->addItem(tr("%1 (occupations)").arg(classifierTitle(Classifier::Nkz)),
                          int(Classifier::Nkz));
    // Which official document to load, and where it is published.
    m_source->setObjectName(QStringLiteral("classifierSource"));
    m_source->setWordWrap(true);
    const auto showSource = [this] { m_source->setText(classifierSource(classifier())); };
    connect(m_classifier, &QComboBox::currentIndexChanged, this, showSource);
    showSource();
    m_name->setPlaceholderText(tr("e.g. GK RK 03-2019 (2023)"));
    auto* browse = new QPushButton(tr("&Browse…"));
    auto* fileRow = new QHBoxLayout;
    fileRow->addWidget(m_file, 1);
    fileRow->addWidget(browse);
    auto* note = new QLabel(tr("An Excel workbook (.xlsx) or a CSV file (UTF-8 or Windows-1251) "
                               "with the columns code, name_kk and name_ru. The edition loaded "
                               "last is the one in use."));
    note->setWordWrap(true);
    note->setStyleSheet(QStringLiteral("color: palette(mid);"));
    auto* form = new QFormLayout;
    form->addRow(tr("&Classifier:"), m_classifier);
    form->addRow(QString(), m_source);
    // A row of a layout gets no buddy from QFormLayout: without one the '&' would show.
    auto* fileLabel = new QLabel(tr("&File:"));
    fileLabel->setBuddy(m_file);
    form->addRow(fileLabel, fileRow);
    form->addRow(tr("Edition &name:"), m_name);
    form->addRow(QString(), m_replace);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Cancel);
    buttons->addButton(tr("&Load"), QDialogButtonBox::AcceptRole)->setDefault(true);
    connect(buttons, &QDialogButtonBox::accepted, this, &ClassifierEditionDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &ClassifierEditionDialog::reject);
    connect(browse, &QPushButton::clicked, this, &ClassifierEditionDialog::browse);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(note);
    layout->addWidget(buttons);
    setMinimumWidth(520);
}

void ClassifierEditionDialog::browse() {
    const QString path =
        QFileDialog::getOpenFileName(this, windowTitle(), m_file->text(),
                                     tr("Classifier editions (*.xlsx *.csv);;All files (*)"));
    if (path.isEmpty()) return;
    m_file->setText(QDir::toNativeSeparators(path));
    if (m_name->text().isEmpty()) m_name->setText(QFileInfo(path).completeBaseName());
}

Classifier ClassifierEditionDialog::classifier() const {
    return Classifier(m_classifier->currentData().toInt());
}

void ClassifierEditionDialog::setClassifier(Classifier classifier) {
    m_classifier->setCurrentIndex(m_classifier->findData(int(classifier)));
}

QString ClassifierEditionDialog::filePath() const {
    return QDir::fromNativeSeparators(m_file->text().trimmed());
}

QString ClassifierEditionDialog::editionName() const {
    return m_name->text().trimmed();
}

bool ClassifierEditionDialog::replace() const {
    return m_replace->isChecked();
}

void ClassifierEditionDialog::accept() {
    if (filePath().isEmpty()) {
        m_file->setFocus();
        return;
    }
    if (editionName().isEmpty()) {
        m_name->setFocus();
        return;
    }
    QDialog::accept();
}

} // namespace kasibi
