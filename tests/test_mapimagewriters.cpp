#include "core/registry/mapimagewriters.h"
#include "core/registry/qualificationmappainter.h"

#include <catch2/catch.hpp>

#include <QFile>
#include <QTemporaryDir>

using namespace kasibi;

TEST_CASE("The map's image formats name themselves, and a name of another format is refused",
          "[registry][map]") {
    REQUIRE(MapImageWriters::extensions() ==
            QStringList{QStringLiteral("svg"), QStringLiteral("png")});
    // What the editor's save dialog offers and the command line's usage names.
    CHECK(MapImageWriters::fileFilter() ==
          QStringLiteral("SVG drawing (*.svg);;PNG image (*.png)"));
    CHECK(MapImageWriters::fileNames(QStringLiteral("OUT"), QStringLiteral("|")) ==
          QStringLiteral("OUT.svg|OUT.png"));
    CHECK(MapImageWriters::forPath(QStringLiteral("/maps/05.PNG"))->extension() ==
          QStringLiteral("png"));
    CHECK(MapImageWriters::forPath(QStringLiteral("05.pdf")) == nullptr);

    QualificationMap map;
    map.title = {QStringLiteral("05 бөлім"), QStringLiteral("Раздел 05")};
    MapProfession profession;
    profession.name = {QStringLiteral("Экскаватор машинисі"),
                       QStringLiteral("Машинист экскаватора")};
    profession.orkLevel = QStringLiteral("4");
    map.professions << profession;
    const QualificationMapPainter painter(map, QStringLiteral("ru"));
    QTemporaryDir dir;
    const QString jpeg = dir.filePath(QStringLiteral("map.jpg"));
    const Status refused = painter.write(jpeg);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().message ==
          QStringLiteral("a qualification map is written as .svg or .png"));
    CHECK(refused.error().where == jpeg);
    CHECK_FALSE(QFile::exists(jpeg));
    // Each writer writes its own format: the SVG's text, the PNG's signature.
    const QString svg = dir.filePath(QStringLiteral("map.svg"));
    REQUIRE(painter.write(svg).ok());
    QFile drawn(svg);
    REQUIRE(drawn.open(QIODevice::ReadOnly));
    const QByteArray bytes = drawn.readAll();
    CHECK(bytes.contains("<svg"));
    CHECK(bytes.contains("Раздел 05"));
    const QString png = dir.filePath(QStringLiteral("map.png"));
    REQUIRE(painter.write(png).ok());
    QFile image(png);
    REQUIRE(image.open(QIODevice::ReadOnly));
    CHECK(image.read(8) == QByteArray("\x89PNG\r\n\x1a\n", 8));
}
