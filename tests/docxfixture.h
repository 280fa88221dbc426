#pragma once

#include <QByteArray>
#include <QString>
#include <QVector>

#include <utility>

namespace kasibi::test {

// A DOCX as small as Word opens: the package parts and the given body inside <w:body>.
// `prolog` replaces the XML declaration of document.xml (to put a DTD there).
void writeDocx(const QString& path, const QString& body, const QByteArray& prolog = {});
// Adds parts (name, bytes) to a package written by writeDocx (comments, properties, ...).
void addParts(const QString& path, const QVector<std::pair<QString, QByteArray>>& parts);

} // namespace kasibi::test
