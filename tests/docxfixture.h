#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>
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

// A comment of Word's comments part, one paragraph of text each. With a `paraId` its paragraphs
// carry w14:paraId, the last one that (the id Word's commentsExtended part names it by).
struct WordComment {
    int id = 0;
    QString author;
    QString date;
    QStringList paragraphs;
    QString paraId;
    QString initials = QStringLiteral("WR");
};
// word/comments.xml with these comments.
QByteArray commentsPart(const QVector<WordComment>& comments);
// word/_rels/document.xml.rels relating document.xml to comments.xml (and to Word's
// commentsExtended.xml when `extended`).
QByteArray commentRelationships(bool extended = false);

} // namespace kasibi::test
