#include "core/format/documentwriters.h"
#include "core/format/layoutwriters.h"

#include <catch2/catch.hpp>

using namespace kasibi;

TEST_CASE("Every printed format is offered for the standard too, and the registries name them") {
    REQUIRE(LayoutWriters::extensions() ==
            QStringList{QStringLiteral("docx"), QStringLiteral("pdf")});
    // The interchange format, then every printed one: the same writers, not copies of them.
    REQUIRE(DocumentWriters::extensions() ==
            QStringList{QStringLiteral("json"), QStringLiteral("docx"), QStringLiteral("pdf")});
    for (const QString& extension : LayoutWriters::extensions()) {
        const QString path = QStringLiteral("out.") + extension;
        CHECK(DocumentWriters::forPath(path).get() == LayoutWriters::forPath(path).get());
        CHECK(DocumentWriters::forPath(path)->printed());
    }
    CHECK_FALSE(DocumentWriters::forPath(QStringLiteral("out.json"))->printed());
    CHECK(LayoutWriters::forPath(QStringLiteral("out.json")) == nullptr);

    // The suffix alone decides, in any case; a name with none, or another after it, has no writer.
    CHECK(LayoutWriters::forPath(QStringLiteral("/a.b/report.PDF"))->extension() ==
          QStringLiteral("pdf"));
    CHECK(LayoutWriters::forPath(QStringLiteral("plan.docx.bak")) == nullptr);
    CHECK(DocumentWriters::forPath(QStringLiteral("docx")) == nullptr);

    // Only Word keeps the review marks; only PDF lays text out with fonts (a QGuiApplication).
    CHECK(DocumentWriters::forPath(QStringLiteral("a.docx"))->keepsReviewMarks());
    CHECK_FALSE(DocumentWriters::forPath(QStringLiteral("a.pdf"))->keepsReviewMarks());
    CHECK(DocumentWriters::forPath(QStringLiteral("a.pdf"))->needsFonts());
    CHECK_FALSE(DocumentWriters::forPath(QStringLiteral("a.docx"))->needsFonts());

    CHECK(LayoutWriters::fileFilter() == QStringLiteral("Word document (*.docx);;PDF (*.pdf)"));
    CHECK(LayoutWriters::fileNames(QStringLiteral("OUT"), QStringLiteral("|")) ==
          QStringLiteral("OUT.docx|OUT.pdf"));
    CHECK(LayoutWriters::fileNames({}, QStringLiteral(" or ")) == QStringLiteral(".docx or .pdf"));
    CHECK(DocumentWriters::fileNames(QStringLiteral("OUT"), QStringLiteral("|")) ==
          QStringLiteral("OUT.json|OUT.docx|OUT.pdf"));
}
