#include "core/ooxml/xmlpartreader.h"

namespace kasibi {

XmlPartReader::XmlPartReader(const QByteArray& bytes, QString part, QString container)
    : m_xml(bytes), m_part(std::move(part)), m_container(std::move(container)) {}

QXmlStreamReader::TokenType XmlPartReader::next() {
    const QXmlStreamReader::TokenType token = m_xml.readNext();
    if (token == QXmlStreamReader::DTD) {
        m_xml.raiseError(tr("a document type declaration, which a %1 never has").arg(m_container));
        return QXmlStreamReader::Invalid;
    }
    return token;
}

bool XmlPartReader::nextStart() {
    while (!m_xml.atEnd()) {
        const QXmlStreamReader::TokenType token = next();
        if (token == QXmlStreamReader::Invalid) return false;
        if (token == QXmlStreamReader::StartElement) return true;
    }
    return false;
}

Status XmlPartReader::status(const QString& where) const {
    if (!m_xml.hasError()) return Status::success();
    return Status::failure(tr("the part %1 is not well-formed XML (line %2): %3")
                               .arg(m_part)
                               .arg(m_xml.lineNumber())
                               .arg(m_xml.errorString()),
                           where);
}

} // namespace kasibi
