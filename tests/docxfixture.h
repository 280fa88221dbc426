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
// Adds (or, for a path not there yet, creates a package with only) a part of blanks that
// unpacks to more than `unpackedSize` bytes while the package stays small: a zip bomb.
void addBlankPart(const QString& path, const QString& name, qint64 unpackedSize);

} // namespace kasibi::test
