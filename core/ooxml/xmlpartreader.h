#pragma once

#include "core/model/result.h"

#include <QCoreApplication>
#include <QXmlStreamReader>

namespace kasibi {

// A streaming reader of one part of an untrusted package: it refuses document type
// declarations (entity expansion is a classic way to make a small file huge) and names the
// part and line in its errors.
class XmlPartReader {
    Q_DECLARE_TR_FUNCTIONS(XmlPartReader)
public:
    // `container` completes "a document type declaration, which a workbook never has".
    XmlPartReader(const QByteArray& bytes, QString part, QString container);

    QXmlStreamReader& xml() { return m_xml; }

    // Next start element (true) or the end of the document (false); errors end reading too.
    bool nextStart();
    // Next token, refusing a DTD; use instead of xml().readNext() when walking by hand.
    QXmlStreamReader::TokenType next();

    Status status(const QString& where) const;

private:
    QXmlStreamReader m_xml;
    QString m_part;
    QString m_container;
};

} // namespace kasibi
