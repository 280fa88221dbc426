#pragma once

#include "core/model/result.h"
#include "core/registry/qualificationmap.h"

#include <QDialog>

class QLabel;

namespace kasibi {

// Shows a qualification map (one standard's, or an OKED section's or division's from the
// registry), prints it and saves it as SVG or PNG.
class QualificationMapDialog : public QDialog {
    Q_OBJECT
public:
    QualificationMapDialog(QualificationMap map, const QString& language,
                           QWidget* parent = nullptr);

    const QualificationMap& map() const { return m_map; }
    QLabel* picture() const { return m_picture; }
    Status save(const QString& path) const;

private:
    void askSave();
    void askPrint();

    QualificationMap m_map;
    QString m_language;
    QLabel* m_picture;
};

} // namespace kasibi
