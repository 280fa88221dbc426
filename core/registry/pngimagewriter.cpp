#include "core/registry/pngimagewriter.h"

#include <QImage>
#include <QIODevice>

#include <png.h>

namespace kasibi {

namespace {

struct Sink {
    QIODevice* device = nullptr;
    bool deviceFailed = false;
    char reason[200] = {}; // libpng's own words
};

void writeBytes(png_structp png, png_bytep data, size_t length) {
    auto* sink = static_cast<Sink*>(png_get_io_ptr(png));
    if (sink->device->write(reinterpret_cast<const char*>(data), qint64(length)) !=
        qint64(length)) {
        sink->deviceFailed = true;
        png_error(png, "write");
    }
}

void flushNothing(png_structp) {}

void fail(png_structp png, png_const_charp message) {
    auto* sink = static_cast<Sink*>(png_get_error_ptr(png));
    qstrncpy(sink->reason, message, sizeof sink->reason);
    png_longjmp(png, 1);
}

void ignoreWarning(png_structp, png_const_charp) {}

// libpng reports an error by a long jump back to here: nothing between holds an object with a
// destructor that the jump would skip.
bool encode(png_structp png, png_infop info, const QImage& image) {
    if (setjmp(png_jmpbuf(png))) return false;
    png_set_IHDR(png, info, png_uint_32(image.width()), png_uint_32(image.height()), 8,
                 PNG_COLOR_TYPE_RGB, PNG_INTERLACE_NONE, PNG_COMPRESSION_TYPE_DEFAULT,
                 PNG_FILTER_TYPE_DEFAULT);
    png_set_pHYs(png, info, png_uint_32(image.dotsPerMeterX()), png_uint_32(image.dotsPerMeterY()),
                 PNG_RESOLUTION_METER);
    png_set_filter(png, PNG_FILTER_TYPE_BASE, PNG_FILTER_NONE);
    png_set_compression_level(png, 1);
    png_write_info(png, info);
    // An RGB32 pixel is the word 0xffRRGGBB: B, G, R, 0xff in memory on a little-endian machine.
#if Q_BYTE_ORDER == Q_LITTLE_ENDIAN
    png_set_bgr(png);
    png_set_filler(png, 0, PNG_FILLER_AFTER);
#else
    png_set_filler(png, 0, PNG_FILLER_BEFORE);
#endif
    for (int y = 0; y < image.height(); ++y)
        png_write_row(png, image.constScanLine(y));
    png_write_end(png, info);
    return true;
}

} // namespace

Status PngImageWriter::write(const QImage& given, QIODevice* device) {
    const QImage image = given.format() == QImage::Format_RGB32
                             ? given
                             : given.convertToFormat(QImage::Format_RGB32);
    if (image.isNull()) return Status::failure(tr("the image is empty or too large"));
    Sink sink;
    sink.device = device;
    png_structp png = png_create_write_struct(PNG_LIBPNG_VER_STRING, &sink, fail, ignoreWarning);
    png_infop info = png ? png_create_info_struct(png) : nullptr;
    if (!info) {
        png_destroy_write_struct(&png, nullptr);
        return Status::failure(tr("out of memory for the PNG image"));
    }
    png_set_write_fn(png, &sink, writeBytes, flushNothing);
    const bool written = encode(png, info, image);
    png_destroy_write_struct(&png, &info);
    if (!written)
        return Status::failure(
            tr("the PNG image could not be written: %1").arg(QString::fromUtf8(sink.reason)));
    return {};
}

} // namespace kasibi
