#include "core/format/docxxml.h"

#include <QStringList>

namespace kasibi {

DocxXml::DocxXml(const QString& root, const QVector<std::pair<QString, QString>>& rootAttributes)
    : m_buffer(&m_bytes) {
    m_buffer.open(QIODevice::WriteOnly);
    m_xml.setDevice(&m_buffer);
    m_xml.writeStartDocument(QStringLiteral("1.0"), true);
    start(root);
    for (const auto& [name, value] : rootAttributes)
        attribute(name, value);
}

void DocxXml::value(const QString& name, const QString& val) {
    m_xml.writeEmptyElement(name);
    m_xml.writeAttribute(QStringLiteral("w:val"), val);
}

void DocxXml::runs(const QString& text) {
    const QStringList lines = text.split(QLatin1Char('\n'));
    for (int i = 0; i < lines.size(); ++i) {
        start(QStringLiteral("w:r"));
        if (i > 0) empty(QStringLiteral("w:br"));
        const QStringList pieces = lines[i].split(QLatin1Char('\t'));
        for (int j = 0; j < pieces.size(); ++j) {
            if (j > 0) empty(QStringLiteral("w:tab"));
            if (pieces[j].isEmpty()) continue;
            start(QStringLiteral("w:t"));
            attribute(QStringLiteral("xml:space"), QStringLiteral("preserve"));
            m_xml.writeCharacters(pieces[j]);
            end();
        }
        end();
    }
}

void DocxXml::borders(const QString& element) {
    start(element);
    for (const char* side : {"top", "left", "bottom", "right", "insideH", "insideV"}) {
        empty(QStringLiteral("w:") + QLatin1String(side));
        attribute(QStringLiteral("w:val"), QStringLiteral("single"));
        attribute(QStringLiteral("w:sz"), QStringLiteral("4"));
        attribute(QStringLiteral("w:space"), QStringLiteral("0"));
        attribute(QStringLiteral("w:color"), QStringLiteral("000000"));
    }
    end();
}

QByteArray DocxXml::finish() {
    m_xml.writeEndDocument();
    m_buffer.close();
    return m_bytes;
}

} // namespace kasibi
