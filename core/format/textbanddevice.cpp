#include "core/format/textbanddevice.h"

#include <QPaintEngine>
#include <QPainter>
#include <QPainterPath>

namespace kasibi {

namespace {

// Paints onto another painter all that it is given except text outside the page's text area.
//
// The text document layout draws a paragraph or table cell that runs over a page break on both
// pages, and no clip rect in its paint context keeps the lines of one page off the other:
// QTextLayout::draw() starts from the last line that lies wholly above the clip rect rather than
// the first one below it (Qt 6.4, qtextlayout.cpp: firstLine = i for every line above), so the
// last line of the previous page is drawn too. The painter clip hides it, but QPdfEngine writes
// all text it is given unless the clip is empty, and search, copy and pdftotext found the line
// on both pages. Dropping such text here leaves everything else exactly as Qt draws it, in the
// same order, which is the reading order of text extraction.
class TextBandEngine final : public QPaintEngine {
public:
    // Text is kept when its middle lies in 0..height of the device: on the page that shows most
    // of it.
    TextBandEngine(QPainter& target, qreal height)
        : QPaintEngine(AllFeatures), m_target(target), m_height(height) {}

    bool begin(QPaintDevice*) override {
        m_target.save();
        setDirty(AllDirty); // the target carries another painter's state
        return true;
    }
    bool end() override {
        m_target.restore();
        return true;
    }
    Type type() const override { return User; }

    void updateState(const QPaintEngineState& state) override {
        const DirtyFlags dirty = state.state();
        if (dirty & DirtyTransform) m_target.setWorldTransform(m_transform = state.transform());
        // A clip path takes precedence over a region, as in QPdfEngine.
        if (dirty & DirtyClipPath)
            m_target.setClipPath(state.clipPath(), state.clipOperation());
        else if (dirty & DirtyClipRegion)
            m_target.setClipRegion(state.clipRegion(), state.clipOperation());
        else if (dirty & DirtyClipEnabled)
            m_target.setClipping(state.isClipEnabled());
        if (dirty & DirtyPen) m_target.setPen(state.pen());
        if (dirty & DirtyBrush) m_target.setBrush(state.brush());
        if (dirty & DirtyBrushOrigin) m_target.setBrushOrigin(state.brushOrigin());
        if (dirty & DirtyFont) m_target.setFont(state.font());
        if (dirty & DirtyBackground) m_target.setBackground(state.backgroundBrush());
        if (dirty & DirtyBackgroundMode) m_target.setBackgroundMode(state.backgroundMode());
        if (dirty & DirtyHints) {
            m_target.setRenderHints(m_target.renderHints(), false);
            m_target.setRenderHints(state.renderHints());
        }
        if (dirty & DirtyCompositionMode) m_target.setCompositionMode(state.compositionMode());
        if (dirty & DirtyOpacity) m_target.setOpacity(state.opacity());
    }

    // The painter has split the text into items of one font and drawn any underline itself;
    // the target painter would draw an underline again, over it.
    void drawTextItem(const QPointF& p, const QTextItem& item) override {
        const qreal middle = (item.descent() - item.ascent()) / 2;
        const qreal y = m_transform.map(p + QPointF(0, middle)).y();
        if (y >= 0 && y < m_height) m_target.drawTextItem(p, item);
    }
    void drawRects(const QRectF* rects, int count) override { m_target.drawRects(rects, count); }
    void drawLines(const QLineF* lines, int count) override { m_target.drawLines(lines, count); }
    void drawEllipse(const QRectF& rect) override { m_target.drawEllipse(rect); }
    void drawPath(const QPainterPath& path) override { m_target.drawPath(path); }
    void drawPoints(const QPointF* points, int count) override {
        m_target.drawPoints(points, count);
    }
    void drawPolygon(const QPointF* points, int count, PolygonDrawMode mode) override {
        switch (mode) {
        case OddEvenMode:
            m_target.drawPolygon(points, count, Qt::OddEvenFill);
            break;
        case WindingMode:
            m_target.drawPolygon(points, count, Qt::WindingFill);
            break;
        case ConvexMode:
            m_target.drawConvexPolygon(points, count);
            break;
        case PolylineMode:
            m_target.drawPolyline(points, count);
            break;
        }
    }
    void drawPixmap(const QRectF& rect, const QPixmap& pixmap, const QRectF& source) override {
        m_target.drawPixmap(rect, pixmap, source);
    }
    void drawTiledPixmap(const QRectF& rect, const QPixmap& pixmap,
                         const QPointF& offset) override {
        m_target.drawTiledPixmap(rect, pixmap, offset);
    }
    void drawImage(const QRectF& rect, const QImage& image, const QRectF& source,
                   Qt::ImageConversionFlags flags) override {
        m_target.drawImage(rect, image, source, flags);
    }

private:
    QPainter& m_target;
    const qreal m_height;
    QTransform m_transform;
};

} // namespace

TextBandDevice::TextBandDevice(const QPaintDevice& device, QPainter& painter, qreal textHeight)
    : m_device(device), m_engine(std::make_unique<TextBandEngine>(painter, textHeight)) {}

TextBandDevice::~TextBandDevice() = default;

QPaintEngine* TextBandDevice::paintEngine() const {
    return m_engine.get();
}

int TextBandDevice::metric(PaintDeviceMetric metric) const {
    switch (metric) {
    case PdmWidth:
        return m_device.width();
    case PdmHeight:
        return m_device.height();
    case PdmWidthMM:
        return m_device.widthMM();
    case PdmHeightMM:
        return m_device.heightMM();
    case PdmNumColors:
        return m_device.colorCount();
    case PdmDepth:
        return m_device.depth();
    case PdmDpiX:
        return m_device.logicalDpiX();
    case PdmDpiY:
        return m_device.logicalDpiY();
    case PdmPhysicalDpiX:
        return m_device.physicalDpiX();
    case PdmPhysicalDpiY:
        return m_device.physicalDpiY();
    case PdmDevicePixelRatio:
        return qRound(m_device.devicePixelRatio());
    case PdmDevicePixelRatioScaled:
        return qRound(m_device.devicePixelRatio() * devicePixelRatioFScale());
    }
    return QPaintDevice::metric(metric);
}

} // namespace kasibi
