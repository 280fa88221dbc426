#include "core/registry/qualificationmap.h"
#include "core/registry/qualificationmappainter.h"
#include "core/registry/registry.h"
#include "postgrescluster.h"
#include "standardgenerator.h"
#include "testsupport.h"

#include <catch2/catch.hpp>

#include <QImage>

using namespace kasibi;
using test::PostgresCluster;

namespace {

int indexOf(const QualificationMap& map, const QString& nkz) {
    for (int i = 0; i < map.professions.size(); ++i)
        if (map.professions[i].nkzOccupation == nkz) return i;
    return -1;
}

bool linked(const QualificationMap& map, int from, int to) {
    return std::any_of(map.links.begin(), map.links.end(),
                       [&](const MapLink& link) { return link.from == from && link.to == to; });
}

} // namespace

TEST_CASE("The qualification map of one standard links its cards by their related professions",
          "[registry][map]") {
    const DocumentTree sample = test::sampleTree();
    const QualificationMap map = QualificationMap::ofStandard(sample);
    // Four cards, and the six related professions no card of it describes.
    CHECK(std::count_if(map.professions.begin(), map.professions.end(),
                        [](const MapProfession& p) { return !p.isOutside(); }) == 4);
    CHECK(map.professions.size() == 10);
    const int excavator = indexOf(map, QStringLiteral("8342-1-003"));
    const int master = indexOf(map, QStringLiteral("3121-1-004"));
    const int assistant = indexOf(map, QStringLiteral("8342-1-004"));
    REQUIRE(excavator >= 0);
    REQUIRE(master >= 0);
    REQUIRE(assistant >= 0);
    CHECK(map.professions[assistant].isOutside());
    CHECK(map.professions[assistant].orkLevel == QLatin1String("3"));
    CHECK(linked(map, excavator, assistant));
    // The mining master's related profession is the excavator driver's card: linked to the card.
    CHECK(linked(map, master, excavator));
    CHECK(map.title.ru == QStringLiteral("Добыча руды открытым способом"));

    QTemporaryDir dir;
    const QualificationMapPainter painter(map, QStringLiteral("ru"));
    const QString png = dir.filePath(QStringLiteral("map.png"));
    REQUIRE(painter.write(png).ok());
    const QImage image(png);
    REQUIRE_FALSE(image.isNull());
    CHECK(image.size() == painter.size());
    const QString svg = dir.filePath(QStringLiteral("map.svg"));
    REQUIRE(QualificationMapPainter(map, QStringLiteral("kk")).write(svg).ok());
    const QString drawn = QString::fromUtf8(test::readBytes(svg));
    CHECK(drawn.contains(QStringLiteral("Экскаватор машинисі")));
    CHECK(drawn.contains(QStringLiteral("СБШ 4-деңгей")));
    CHECK_FALSE(painter.write(dir.filePath(QStringLiteral("map.pdf"))).ok());
}

TEST_CASE("The map of a division of thousands of professions is laid out to be seen whole and "
          "its PNG is of a size a viewer opens",
          "[registry][map]") {
    QualificationMap map;
    map.title = {QStringLiteral("05 бөлім"), QStringLiteral("Раздел 05")};
    for (int i = 0; i < 2400; ++i) {
        MapProfession profession;
        profession.standardId = QStringLiteral("s%1").arg(i / 16);
        profession.standardCode = QStringLiteral("B0510%1").arg(1000 + i / 16);
        profession.cardId = QStringLiteral("c%1").arg(i);
        profession.name = {QStringLiteral("Экскаватор машинисі %1").arg(i),
                           QStringLiteral("Машинист экскаватора %1").arg(i)};
        profession.nkzOccupation = QStringLiteral("8342-1-%1").arg(i, 3, 10, QLatin1Char('0'));
        profession.orkLevel = QString::number(3 + i % 4);
        map.professions << profession;
        if (i % 2 == 1) map.links << MapLink{i - 1, i};
    }
    const QualificationMapPainter painter(map, QStringLiteral("ru"));
    // Not a strip of 24-box columns some 27,000 pixels long: no wider than a landscape page.
    CHECK(painter.size().width() <= 1.5 * painter.size().height());
    CHECK(painter.size().height() <= painter.size().width());

    QTemporaryDir dir;
    const QString png = dir.filePath(QStringLiteral("map.png"));
    REQUIRE(painter.write(png).ok());
    const QImage image(png);
    REQUIRE_FALSE(image.isNull());
    // At most 16 million pixels (the whole map drawn would be over 40 million), in the map's
    // proportions, and not shrunk past reading: a box's text is at least half its size.
    const qreal pixels = qreal(image.width()) * image.height();
    CHECK(pixels <= 16e6);
    CHECK(image.width() >= painter.size().width() / 2);
    CHECK(qAbs(qreal(image.width()) / image.height() -
               qreal(painter.size().width()) / painter.size().height()) < 0.01);
}

TEST_CASE("The registry's qualification map of an OKED division follows related professions "
          "into other standards",
          "[registry][map]") {
    PostgresCluster& cluster = PostgresCluster::instance();
    const QString connection = cluster.newRegistry();
    auto opened = Registry::open(connection);
    REQUIRE(opened.ok());
    Registry& registry = *opened.value();
    // Numbers 0 and 10 fall in OKED division 05, number 1 in 06.
    DocumentTree a = StandardGenerator::generate(StandardGenerator::typical());
    StandardGenerator::distinguish(a, 0);
    DocumentTree b = StandardGenerator::generate(StandardGenerator::typical());
    StandardGenerator::distinguish(b, 10);
    DocumentTree elsewhere = StandardGenerator::generate(StandardGenerator::typical());
    StandardGenerator::distinguish(elsewhere, 1);
    const QString aCard = a.children(a.standardId(), QStringLiteral("professionCards")).at(2);
    const QString related = a.children(aCard, QStringLiteral("relatedProfessions")).first();
    a.setValue(related, QStringLiteral("nkzOccupationCode"),
               StandardGenerator::nkzOccupation(10, 5));
    for (const DocumentTree* tree : {&a, &b, &elsewhere})
        REQUIRE(registry.publish(*tree, std::nullopt).ok());

    Result<QualificationMap> made =
        QualificationMap::ofRegistry(registry.database(), QStringLiteral("05"));
    REQUIRE(made.ok());
    const QualificationMap& map = made.value();
    CHECK(std::count_if(map.professions.begin(), map.professions.end(),
                        [](const MapProfession& p) { return !p.isOutside(); }) == 16);
    const int from = indexOf(map, StandardGenerator::nkzOccupation(0, 2));
    const int to = indexOf(map, StandardGenerator::nkzOccupation(10, 5));
    REQUIRE(from >= 0);
    REQUIRE(to >= 0);
    CHECK(map.professions[to].standardId == b.standardId());
    CHECK(map.professions[to].standardCode == b.standardCode());
    CHECK(linked(map, from, to));
    CHECK(std::none_of(map.professions.begin(), map.professions.end(), [&](const MapProfession& p) {
        return p.standardId == elsewhere.standardId();
    }));
    // A section takes in its divisions.
    Result<QualificationMap> section =
        QualificationMap::ofRegistry(registry.database(), QStringLiteral("B"));
    REQUIRE(section.ok());
    CHECK(std::count_if(section.value().professions.begin(), section.value().professions.end(),
                        [](const MapProfession& p) { return !p.isOutside(); }) == 24);
    Result<QualificationMap> wrong =
        QualificationMap::ofRegistry(registry.database(), QStringLiteral("05.1"));
    REQUIRE_FALSE(wrong.ok());
    CHECK(wrong.error().message.contains(QStringLiteral("OKED section")));
    CHECK_FALSE(QualificationMap::ofRegistry(registry.database(), QStringLiteral("99")).ok());

    QTemporaryDir dir;
    QString output, errors;
    const QString svg = dir.filePath(QStringLiteral("05.svg"));
    REQUIRE(test::runCli({QStringLiteral("registry"), QStringLiteral("map"), QStringLiteral("05"),
                          QStringLiteral("-o"), svg, QStringLiteral("--db"), connection},
                         &output, &errors) == 0);
    CHECK(QString::fromUtf8(test::readBytes(svg)).contains(b.standardCode()));
    CHECK(test::runCli({QStringLiteral("registry"), QStringLiteral("map"), QStringLiteral("05"),
                        QStringLiteral("-o"), dir.filePath(QStringLiteral("05.pdf")),
                        QStringLiteral("--db"), connection},
                       nullptr, &errors) == 2);
    CHECK(errors.contains(QStringLiteral(".svg or .png")));
}
