#include "core/format/docxproperties.h"

#include "core/format/docxxml.h"
#include "core/model/programversion.h"
#include "core/reviewimport/reviewmark.h"

namespace kasibi {

QByteArray DocxProperties::core(const StandardLayout& layout) {
    DocxXml xml(QStringLiteral("cp:coreProperties"),
                {{QStringLiteral("xmlns:cp"),
                  QStringLiteral(
                      "http://schemas.openxmlformats.org/package/2006/metadata/core-properties")},
                 {QStringLiteral("xmlns:dc"), QStringLiteral("http://purl.org/dc/elements/1.1/")}});
    xml.start(QStringLiteral("dc:title"));
    xml().writeCharacters(layout.title);
    xml.end();
    xml.start(QStringLiteral("dc:creator"));
    xml().writeCharacters(QStringLiteral("Kasibi"));
    xml.end();
    xml.start(QStringLiteral("dc:language"));
    xml().writeCharacters(layout.language == QLatin1String("kk") ? QStringLiteral("kk-KZ")
                                                                 : QStringLiteral("ru-RU"));
    xml.end();
    return xml.finish();
}

// The program that made the file, as Word's File > Properties shows it. AppVersion has the
// form the standard gives it (XX.YYYY): major, then minor and patch, two digits each.
QByteArray DocxProperties::app() {
    const QStringList parts = ProgramVersion::number().split(QLatin1Char('.'));
    auto twoDigits = [&](int i) { return parts.value(i).rightJustified(2, QLatin1Char('0')); };
    DocxXml xml(
        QStringLiteral("Properties"),
        {{QStringLiteral("xmlns"),
          QStringLiteral(
              "http://schemas.openxmlformats.org/officeDocument/2006/extended-properties")}});
    xml.start(QStringLiteral("Application"));
    xml().writeCharacters(ProgramVersion::withName());
    xml.end();
    xml.start(QStringLiteral("AppVersion"));
    xml().writeCharacters(twoDigits(0) + QLatin1Char('.') + twoDigits(1) + twoDigits(2));
    xml.end();
    return xml.finish();
}

// The standard a marked copy was exported from and its language, as custom document
// properties (Word's File > Properties > Custom), which Word and LibreOffice keep: a reviewed
// copy of another standard is recognised when it comes back.
QByteArray DocxProperties::custom(const StandardLayout& layout) {
    DocxXml xml(
        QStringLiteral("Properties"),
        {{QStringLiteral("xmlns"),
          QStringLiteral(
              "http://schemas.openxmlformats.org/officeDocument/2006/custom-properties")},
         {QStringLiteral("xmlns:vt"),
          QStringLiteral("http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes")}});
    int pid = 2; // the first one the standard leaves to documents
    for (const auto& [name, value] :
         {std::pair{ReviewMark::StandardIdProperty, layout.markedStandardId},
          std::pair{ReviewMark::LanguageProperty, layout.language}}) {
        xml.start(QStringLiteral("property"));
        xml.attribute(QStringLiteral("fmtid"),
                      QStringLiteral("{D5CDD505-2E9C-101B-9397-08002B2CF9AE}"));
        xml.attribute(QStringLiteral("pid"), QString::number(pid++));
        xml.attribute(QStringLiteral("name"), name);
        xml.start(QStringLiteral("vt:lpwstr"));
        xml().writeCharacters(value);
        xml.end();
        xml.end();
    }
    return xml.finish();
}

} // namespace kasibi
