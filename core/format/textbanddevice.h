#pragma once

#include <memory>
#include <QPaintDevice>

class QPainter;
class QPaintEngine;

namespace kasibi {

// A paint device with the metrics of another that passes everything painted on it to that
// device's painter, except text whose middle lies outside 0..textHeight (device coordinates):
// one page of a paginated text document drawn onto a PDF page, without the lines of the
// neighbouring pages that the layout draws too (see textbanddevice.cpp).
class TextBandDevice final : public QPaintDevice {
public:
    TextBandDevice(const QPaintDevice& device, QPainter& painter, qreal textHeight);
    ~TextBandDevice() override;

    QPaintEngine* paintEngine() const override;

protected:
    int metric(PaintDeviceMetric metric) const override;

private:
    const QPaintDevice& m_device;
    std::unique_ptr<QPaintEngine> m_engine;
};

} // namespace kasibi
