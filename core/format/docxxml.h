#pragma once

#include <QBuffer>
#include <QByteArray>
#include <QString>
#include <QVector>
#include <QXmlStreamWriter>

namespace kasibi {

// One XML part of a Word package being written: every part is written the same way, with the
// w: names spelled out.
class DocxXml {
public:
    static inline const QString WordNamespace =
        QStringLiteral("http://schemas.openxmlformats.org/wordprocessingml/2006/main");
    static inline const QString RelationshipsNamespace =
        QStringLiteral("http://schemas.openxmlformats.org/officeDocument/2006/relationships");
    static inline const QString Word2010Namespace =
        QStringLiteral("http://schemas.microsoft.com/office/word/2010/wordml");
    static inline const QString Word2012Namespace =
        QStringLiteral("http://schemas.microsoft.com/office/word/2012/wordml");
    static inline const QString MarkupCompatibilityNamespace =
        QStringLiteral("http://schemas.openxmlformats.org/markup-compatibility/2006");

    // Starts the part with its root element and the root's attributes (its namespaces), in
    // this order.
    explicit DocxXml(const QString& root,
                     const QVector<std::pair<QString, QString>>& rootAttributes = {});
    DocxXml(const DocxXml&) = delete;
    DocxXml& operator=(const DocxXml&) = delete;

    QXmlStreamWriter& operator()() { return m_xml; }
    void start(const QString& name) { m_xml.writeStartElement(name); }
    void end() { m_xml.writeEndElement(); }
    void attribute(const QString& name, const QString& value) { m_xml.writeAttribute(name, value); }
    // An empty element with one w:val.
    void value(const QString& name, const QString& val);
    void empty(const QString& name) { m_xml.writeEmptyElement(name); }
    // Text as runs: a line feed is a line break, a tab a tab, like the user typed them.
    void runs(const QString& text);
    // Single black lines on every side and between the cells, for a table or its style.
    void borders(const QString& element);
    // Closes the elements still open, the root too, and gives the part's bytes.
    QByteArray finish();

private:
    QByteArray m_bytes;
    QBuffer m_buffer;
    QXmlStreamWriter m_xml;
};

} // namespace kasibi
