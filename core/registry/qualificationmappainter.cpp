#include "core/registry/qualificationmappainter.h"

#include "core/registry/mapimagewriters.h"

#include <QFontMetricsF>
#include <QImage>
#include <QMap>
#include <QPainter>
#include <QPainterPath>
#include <QPixmap>
#include <QSaveFile>
#include <QtMath>

namespace kasibi {

namespace {

constexpr qreal kMargin = 32;
constexpr qreal kTitleHeight = 48;
constexpr qreal kHeaderHeight = 36;
constexpr qreal kBoxWidth = 230;
constexpr qreal kBoxHeight = 58;
constexpr qreal kColumnGap = 70;
constexpr qreal kRowGap = 14;
constexpr int kRowsPerColumn = 24;      // at least; a level with more professions gets more columns
constexpr qreal kWidestAspect = 1.4142; // width to height of a landscape A4 page
// A PNG of a larger map is drawn smaller, down to this many pixels: a bitmap of tens of
// millions of pixels takes seconds to draw and write and is no easier to read than the SVG,
// which keeps every detail at any size.
constexpr qreal kLargestPng = 16e6;

const QColor kCardFill(0xE8, 0xF0, 0xFA);
const QColor kCardLine(0x2F, 0x5D, 0x8A);
const QColor kOutsideLine(0x88, 0x88, 0x88);
const QColor kLink(0x44, 0x44, 0x44);

QFont font(qreal points, bool bold = false) {
    QFont font(QStringLiteral("Liberation Sans"));
    font.setPointSizeF(points);
    font.setBold(bold);
    return font;
}

} // namespace

QualificationMapPainter::QualificationMapPainter(const QualificationMap& map,
                                                 const QString& language)
    : m_map(map), m_language(language) {
    QMap<int, QVector<int>> byLevel;
    int largest = 0;
    for (int i = 0; i < map.professions.size(); ++i) {
        QVector<int>& level = byLevel[QualificationMap::levelOf(map.professions[i])];
        level << i;
        largest = qMax(largest, int(level.size()));
    }
    const auto columnsOf = [](int members, int rows) { return (members + rows - 1) / rows; };
    const auto widthOf = [](int columns) {
        return columns * kBoxWidth + (columns - 1) * kColumnGap / 2;
    };
    // A map of many professions gets taller columns rather than ever more of them, until it is
    // no wider than a landscape page is to its height: a division of thousands of professions in
    // columns of 24 would be a strip some 30,000 pixels long, neither viewed nor printed whole.
    int rows = kRowsPerColumn;
    for (; rows < largest; ++rows) {
        qreal width = 2 * kMargin - kColumnGap;
        for (const QVector<int>& members : byLevel)
            width += widthOf(columnsOf(int(members.size()), rows)) + kColumnGap;
        if (width <= kWidestAspect * (kMargin * 2 + kTitleHeight + kHeaderHeight +
                                      rows * (kBoxHeight + kRowGap)))
            break;
    }
    m_boxes.resize(map.professions.size());
    qreal x = kMargin;
    int tallest = 0;
    for (auto level = byLevel.cbegin(); level != byLevel.cend(); ++level) {
        const QVector<int>& members = level.value();
        const qreal width = widthOf(columnsOf(int(members.size()), rows));
        m_columns << qMakePair(level.key(),
                               QRectF(x, kMargin + kTitleHeight, width, kHeaderHeight));
        for (int n = 0; n < members.size(); ++n) {
            const int column = n / rows;
            const int row = n % rows;
            m_boxes[members[n]] =
                QRectF(x + column * (kBoxWidth + kColumnGap / 2),
                       kMargin + kTitleHeight + kHeaderHeight + row * (kBoxHeight + kRowGap),
                       kBoxWidth, kBoxHeight);
            tallest = qMax(tallest, row + 1);
        }
        x += width + kColumnGap;
    }
    m_size =
        QSize(qCeil(qMax(x - kColumnGap + kMargin, 480.0)),
              qCeil(kMargin * 2 + kTitleHeight + kHeaderHeight + tallest * (kBoxHeight + kRowGap)));
}

void QualificationMapPainter::paint(QPainter& painter) const {
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing);
    painter.fillRect(QRectF(QPointF(0, 0), QSizeF(m_size)), Qt::white);
    painter.setPen(Qt::black);
    painter.setFont(font(15, true));
    painter.drawText(QRectF(kMargin, kMargin, m_size.width() - 2 * kMargin, kTitleHeight),
                     Qt::AlignLeft | Qt::AlignTop | Qt::TextSingleLine, title());

    painter.setFont(font(10, true));
    const bool kazakh = m_language == QLatin1String("kk");
    for (const auto& [level, place] : m_columns)
        painter.drawText(
            place, Qt::AlignLeft | Qt::AlignVCenter,
            level == 0
                ? (kazakh ? QStringLiteral("Деңгейі жоқ") : QStringLiteral("Без уровня"))
                : (kazakh ? QStringLiteral("СБШ %1-деңгей") : QStringLiteral("Уровень ОРК %1"))
                      .arg(level));

    // Arrows first, so the boxes are drawn over their ends. On a bitmap (a PNG, the screen) an
    // arrow is a one-pixel line at any scale: a scaled 1.2-point stroke of a curve across the map
    // costs the raster engine several times more (over a second for a division's 1,200 links).
    // On paper and in SVG it keeps its width.
    const bool bitmap = dynamic_cast<const QImage*>(painter.device()) ||
                        dynamic_cast<const QPixmap*>(painter.device());
    QPen linkPen(kLink, bitmap ? 0 : 1.2);
    linkPen.setCosmetic(bitmap);
    painter.setPen(linkPen);
    // A bitmap drawn below its size (the PNG of a large map) is an overview dense with arrows:
    // smoothed, they look the same there and take three times as long.
    painter.setRenderHint(QPainter::Antialiasing, !bitmap || painter.worldTransform().m11() >= 1);
    for (const MapLink& link : m_map.links) {
        const QRectF from = m_boxes[link.from];
        const QRectF to = m_boxes[link.to];
        const bool forward = to.left() >= from.right();
        const bool sameColumn = qFuzzyCompare(to.left(), from.left());
        const QPointF start = forward || sameColumn ? QPointF(from.right(), from.center().y())
                                                    : QPointF(from.left(), from.center().y());
        const QPointF end =
            forward ? QPointF(to.left(), to.center().y()) : QPointF(to.right(), to.center().y());
        const qreal bend = sameColumn ? kColumnGap / 2 : (end.x() - start.x()) / 2;
        QPainterPath path(start);
        path.cubicTo(start + QPointF(bend, 0), end - QPointF(sameColumn ? -bend : bend, 0), end);
        painter.setBrush(Qt::NoBrush);
        painter.drawPath(path);
        const qreal direction = forward ? -1 : 1;
        QPolygonF head;
        head << end << end + QPointF(8 * direction, -4) << end + QPointF(8 * direction, 4);
        painter.setBrush(kLink);
        painter.drawPolygon(head);
    }

    painter.setRenderHint(QPainter::Antialiasing);
    const QFont nameFont = font(8.5, true);
    const QFont noteFont = font(7.5);
    for (int i = 0; i < m_map.professions.size(); ++i) {
        const MapProfession& profession = m_map.professions[i];
        const QRectF box = m_boxes[i];
        if (profession.isOutside()) {
            painter.setPen(QPen(kOutsideLine, 1, Qt::DashLine));
            painter.setBrush(Qt::white);
        } else {
            painter.setPen(QPen(kCardLine, 1.2));
            painter.setBrush(kCardFill);
        }
        painter.drawRoundedRect(box, 5, 5);
        const QRectF text = box.adjusted(7, 4, -7, -4);
        painter.setPen(profession.isOutside() ? kOutsideLine : Qt::black);
        painter.setFont(nameFont);
        const QFontMetricsF metrics(nameFont, painter.device());
        QString name = profession.name.in(m_language);
        if (name.isEmpty())
            name = profession.name.in(kazakh ? QStringLiteral("ru") : QStringLiteral("kk"));
        // Two lines at most: what does not fit ends in an ellipsis.
        const QRectF nameArea(text.left(), text.top(), text.width(), text.height() - 14);
        if (metrics.boundingRect(nameArea, Qt::TextWordWrap, name).height() > nameArea.height())
            name = metrics.elidedText(name, Qt::ElideRight, text.width() * 1.8);
        painter.drawText(nameArea, Qt::TextWordWrap | Qt::AlignLeft | Qt::AlignTop, name);
        painter.setFont(noteFont);
        const QString note = profession.isOutside()
                                 ? (kazakh ? QStringLiteral("ҰКЖ %1, картада жоқ")
                                           : QStringLiteral("НКЗ %1, вне карты"))
                                       .arg(profession.nkzOccupation)
                                 : profession.standardCode + QStringLiteral(" · ") +
                                       (kazakh ? QStringLiteral("ҰКЖ ") : QStringLiteral("НКЗ ")) +
                                       profession.nkzOccupation;
        painter.drawText(QRectF(text.left(), text.bottom() - 12, text.width(), 12),
                         Qt::AlignLeft | Qt::AlignVCenter | Qt::TextSingleLine, note);
    }
    painter.restore();
}

QSize QualificationMapPainter::pngSize() const {
    const qreal pixels = qreal(m_size.width()) * m_size.height();
    if (pixels <= kLargestPng) return m_size;
    const qreal scale = qSqrt(kLargestPng / pixels);
    return QSize(qMax(1, qFloor(m_size.width() * scale)), qMax(1, qFloor(m_size.height() * scale)));
}

QString QualificationMapPainter::title() const {
    return m_map.title.in(m_language);
}

Status QualificationMapPainter::write(const QString& path) const {
    const std::shared_ptr<MapImageWriter> writer = MapImageWriters::forPath(path);
    if (!writer)
        return Status::failure(tr("a qualification map is written as %1")
                                   .arg(MapImageWriters::fileNames({}, tr(" or "))),
                               path);
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return Status::failure(tr("cannot be written: %1").arg(file.errorString()), path);
    if (Status written = writer->write(*this, file); !written)
        return Status::failure(tr("cannot be written: %1").arg(written.error().message), path);
    if (!file.commit())
        return Status::failure(tr("cannot be written: %1").arg(file.errorString()), path);
    return {};
}

} // namespace kasibi
