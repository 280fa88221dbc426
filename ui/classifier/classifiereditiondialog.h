#pragma once

#include "core/classifier/classifier.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;

namespace kasibi {

// Asks for a classifier edition to load: OKED or NKZ, the CSV file, the edition's name.
class ClassifierEditionDialog : public QDialog {
    Q_OBJECT
public:
    explicit ClassifierEditionDialog(QWidget* parent = nullptr);

    Classifier classifier() const;
    void setClassifier(Classifier classifier);
    QString filePath() const;
    QString editionName() const;
    bool replace() const;

public slots:
    void accept() override;

private:
    void browse();

    QComboBox* m_classifier;
    QLineEdit* m_file;
    QLineEdit* m_name;
    QCheckBox* m_replace;
    QLabel* m_source;
};

} // namespace kasibi
