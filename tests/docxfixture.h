#pragma once

#include <QByteArray>
#include <QString>

namespace kasibi::test {

// A DOCX as small as Word opens: the package parts and the given body inside <w:body>.
// `prolog` replaces the XML declaration of document.xml (to put a DTD there).
void writeDocx(const QString& path, const QString& body, const QByteArray& prolog = {});

} // namespace kasibi::test
