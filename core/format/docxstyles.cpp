#include "core/format/docxstyles.h"

#include "core/format/docxpage.h"
#include "core/format/docxxml.h"

#include <functional>

namespace kasibi {

namespace {

void writeStyle(DocxXml& xml, const QString& type, const QString& id, const QString& name,
                const QString& basedOn, const std::function<void()>& paragraphProperties,
                const std::function<void()>& runProperties, bool isDefault = false) {
    xml.start(QStringLiteral("w:style"));
    xml.attribute(QStringLiteral("w:type"), type);
    if (isDefault) xml.attribute(QStringLiteral("w:default"), QStringLiteral("1"));
    xml.attribute(QStringLiteral("w:styleId"), id);
    xml.value(QStringLiteral("w:name"), name);
    if (!basedOn.isEmpty()) xml.value(QStringLiteral("w:basedOn"), basedOn);
    if (type == QLatin1String("paragraph") && id != QLatin1String("Normal"))
        xml.value(QStringLiteral("w:next"), id.startsWith(QLatin1String("Table"))
                                                ? QStringLiteral("TableText")
                                                : QStringLiteral("Normal"));
    xml.empty(QStringLiteral("w:qFormat"));
    if (paragraphProperties) {
        xml.start(QStringLiteral("w:pPr"));
        paragraphProperties();
        xml.end();
    }
    if (runProperties) {
        xml.start(QStringLiteral("w:rPr"));
        runProperties();
        xml.end();
    }
    xml.end();
}

} // namespace

QByteArray DocxStyles::styles(const QString& language) {
    DocxXml xml(QStringLiteral("w:styles"), {{QStringLiteral("xmlns:w"), DocxXml::WordNamespace}});
    auto font = [&](int halfPoints) {
        xml.empty(QStringLiteral("w:rFonts"));
        for (const char* which : {"w:ascii", "w:hAnsi", "w:cs", "w:eastAsia"})
            xml.attribute(QLatin1String(which), QStringLiteral("Times New Roman"));
        xml.value(QStringLiteral("w:sz"), QString::number(halfPoints));
        xml.value(QStringLiteral("w:szCs"), QString::number(halfPoints));
    };
    auto size = [&](int halfPoints) {
        xml.value(QStringLiteral("w:sz"), QString::number(halfPoints));
        xml.value(QStringLiteral("w:szCs"), QString::number(halfPoints));
    };
    auto bold = [&] {
        xml.empty(QStringLiteral("w:b"));
        xml.empty(QStringLiteral("w:bCs"));
    };
    auto alignment = [&](const char* value) {
        xml.value(QStringLiteral("w:jc"), QLatin1String(value));
    };
    auto indent = [&](int firstLine) {
        xml.empty(QStringLiteral("w:ind"));
        xml.attribute(QStringLiteral("w:firstLine"), QString::number(firstLine));
    };
    auto spacing = [&](int before, int after) {
        xml.empty(QStringLiteral("w:spacing"));
        xml.attribute(QStringLiteral("w:before"), QString::number(before));
        xml.attribute(QStringLiteral("w:after"), QString::number(after));
    };

    xml.start(QStringLiteral("w:docDefaults"));
    xml.start(QStringLiteral("w:rPrDefault"));
    xml.start(QStringLiteral("w:rPr"));
    font(28);
    xml.empty(QStringLiteral("w:lang"));
    const QString tag =
        language == QLatin1String("kk") ? QStringLiteral("kk-KZ") : QStringLiteral("ru-RU");
    xml.attribute(QStringLiteral("w:val"), tag);
    xml.attribute(QStringLiteral("w:eastAsia"), tag);
    xml.attribute(QStringLiteral("w:bidi"), QStringLiteral("ar-SA"));
    xml.end();
    xml.end();
    xml.start(QStringLiteral("w:pPrDefault"));
    xml.start(QStringLiteral("w:pPr"));
    xml.empty(QStringLiteral("w:spacing"));
    xml.attribute(QStringLiteral("w:after"), QStringLiteral("0"));
    xml.attribute(QStringLiteral("w:line"), QStringLiteral("240"));
    xml.attribute(QStringLiteral("w:lineRule"), QStringLiteral("auto"));
    xml.end();
    xml.end();
    xml.end();

    const QString paragraph = QStringLiteral("paragraph");
    writeStyle(
        xml, paragraph, QStringLiteral("Normal"), QStringLiteral("Normal"), {},
        [&] {
            alignment("both");
            indent(DocxPage::firstLineIndent());
        },
        {}, true);
    // Built-in names ("Title", "heading 1"...) so Word's navigation pane and table of contents
    // treat them as its own headings.
    writeStyle(
        xml, paragraph, QStringLiteral("Title"), QStringLiteral("Title"), QStringLiteral("Normal"),
        [&] {
            xml.empty(QStringLiteral("w:keepNext"));
            spacing(0, 480);
            alignment("center");
            indent(0);
        },
        bold);
    for (int level = 1; level <= 3; ++level) {
        writeStyle(
            xml, paragraph, QStringLiteral("Heading%1").arg(level),
            QStringLiteral("heading %1").arg(level), QStringLiteral("Normal"),
            [&] {
                xml.empty(QStringLiteral("w:keepNext"));
                xml.empty(QStringLiteral("w:keepLines"));
                spacing(level == 1 ? 360 : 240, 240);
                alignment("center");
                indent(0);
                xml.value(QStringLiteral("w:outlineLvl"), QString::number(level - 1));
            },
            bold);
    }
    writeStyle(xml, paragraph, QStringLiteral("BodyNoIndent"),
               QStringLiteral("Body Text No Indent"), QStringLiteral("Normal"), [&] { indent(0); },
               {});
    writeStyle(xml, paragraph, QStringLiteral("RightAligned"), QStringLiteral("Right Aligned"),
               QStringLiteral("Normal"),
               [&] {
                   xml.empty(QStringLiteral("w:ind"));
                   xml.attribute(QStringLiteral("w:left"),
                                 QString::number(DocxPage::textWidth(false) / 2));
                   xml.attribute(QStringLiteral("w:firstLine"), QStringLiteral("0"));
                   alignment("center");
                   spacing(0, 240);
               },
               {});
    writeStyle(
        xml, paragraph, QStringLiteral("TableText"), QStringLiteral("Table Text"),
        QStringLiteral("Normal"),
        [&] {
            alignment("left");
            indent(0);
        },
        [&] { size(24); });
    writeStyle(xml, paragraph, QStringLiteral("TableLabel"), QStringLiteral("Table Label"),
               QStringLiteral("TableText"), {}, [&] {
                   bold();
                   size(24);
               });
    writeStyle(
        xml, paragraph, QStringLiteral("Footer"), QStringLiteral("footer"),
        QStringLiteral("Normal"),
        [&] {
            alignment("center");
            indent(0);
        },
        [&] { size(24); });
    writeStyle(
        xml, paragraph, QStringLiteral("CommentText"), QStringLiteral("annotation text"),
        QStringLiteral("Normal"),
        [&] {
            alignment("left");
            indent(0);
        },
        [&] { size(20); });
    writeStyle(xml, QStringLiteral("character"), QStringLiteral("CommentReference"),
               QStringLiteral("annotation reference"), {}, {}, [&] { size(16); });

    xml.start(QStringLiteral("w:style"));
    xml.attribute(QStringLiteral("w:type"), QStringLiteral("table"));
    xml.attribute(QStringLiteral("w:styleId"), QStringLiteral("TableGrid"));
    xml.value(QStringLiteral("w:name"), QStringLiteral("Table Grid"));
    xml.start(QStringLiteral("w:tblPr"));
    xml.borders(QStringLiteral("w:tblBorders"));
    xml.start(QStringLiteral("w:tblCellMar"));
    for (const char* side : {"w:left", "w:right"}) {
        xml.empty(QLatin1String(side));
        xml.attribute(QStringLiteral("w:w"), QStringLiteral("85"));
        xml.attribute(QStringLiteral("w:type"), QStringLiteral("dxa"));
    }
    xml.end();
    xml.end();
    xml.end();

    return xml.finish();
}

QByteArray DocxStyles::settings() {
    DocxXml xml(QStringLiteral("w:settings"),
                {{QStringLiteral("xmlns:w"), DocxXml::WordNamespace}});
    xml.value(QStringLiteral("w:defaultTabStop"), QString::number(DocxPage::firstLineIndent()));
    xml.value(QStringLiteral("w:characterSpacingControl"), QStringLiteral("doNotCompress"));
    xml.start(QStringLiteral("w:compat"));
    xml.empty(QStringLiteral("w:compatSetting"));
    xml.attribute(QStringLiteral("w:name"), QStringLiteral("compatibilityMode"));
    xml.attribute(QStringLiteral("w:uri"),
                  QStringLiteral("http://schemas.microsoft.com/office/word"));
    xml.attribute(QStringLiteral("w:val"), QStringLiteral("15"));
    xml.end();
    return xml.finish();
}

} // namespace kasibi
