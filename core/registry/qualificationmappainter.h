#pragma once

#include "core/model/result.h"
#include "core/registry/qualificationmap.h"

#include <QCoreApplication>
#include <QRectF>
#include <QSize>

class QPainter;

namespace kasibi {

// Draws a qualification map: a column per ORK level (lowest on the left), each profession a box
// with its name, standard and NKZ code, its related professions as arrows. The same drawing goes
// to every image format (MapImageWriters), the screen and the printer. Takes fonts: needs a
// QGuiApplication.
class QualificationMapPainter {
    Q_DECLARE_TR_FUNCTIONS(QualificationMapPainter)
public:
    QualificationMapPainter(const QualificationMap& map, const QString& language);

    QSize size() const { return m_size; }
    // The PNG's: size(), or smaller in the same proportions for a map of many professions.
    QSize pngSize() const;
    // The map's title in the painter's language.
    QString title() const;
    void paint(QPainter& painter) const;
    // In the format its name asks for (MapImageWriters); the file is replaced only when complete.
    Status write(const QString& path) const;

private:
    const QualificationMap& m_map;
    QString m_language;
    QVector<QRectF> m_boxes;               // one per profession
    QVector<QPair<int, QRectF>> m_columns; // each level's header place
    QSize m_size;
};

} // namespace kasibi
