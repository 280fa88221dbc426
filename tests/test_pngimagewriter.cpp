#include "core/registry/pngimagewriter.h"

#include <catch2/catch.hpp>

#include <QBuffer>
#include <QImage>
#include <QPainter>

using namespace kasibi;

TEST_CASE("A PNG written by Kasibi's own writer reads back pixel for pixel", "[registry][map]") {
    // Colours whose channels all differ, so a swapped red and blue or a shifted byte shows.
    QImage image(37, 23, QImage::Format_RGB32);
    image.fill(QColor(0x12, 0x34, 0x56));
    {
        QPainter painter(&image);
        painter.setRenderHint(QPainter::Antialiasing);
        painter.setPen(QPen(QColor(0xC0, 0x40, 0x10), 2));
        painter.setBrush(QColor(0x20, 0xA0, 0xE0));
        painter.drawEllipse(QRectF(3.5, 2.5, 28, 17));
    }
    image.setDotsPerMeterX(2835);
    image.setDotsPerMeterY(2835);
    QBuffer buffer;
    REQUIRE(buffer.open(QIODevice::WriteOnly));
    REQUIRE(PngImageWriter::write(image, &buffer).ok());
    QImage read;
    REQUIRE(read.loadFromData(buffer.data(), "PNG"));
    CHECK(read.size() == image.size());
    CHECK(read.convertToFormat(QImage::Format_RGB32) == image);
    // Its resolution travels with it: printed, it keeps its size.
    CHECK(read.dotsPerMeterX() == 2835);
}

TEST_CASE("A PNG that cannot be written is reported, not left half-written as a success",
          "[registry][map]") {
    QImage image(64, 64, QImage::Format_RGB32);
    image.fill(Qt::white);
    QBuffer closed; // never opened: every write fails
    const Status written = PngImageWriter::write(image, &closed);
    REQUIRE_FALSE(written.ok());
    CHECK(written.error().message.contains(QStringLiteral("could not be written")));
}
