#pragma once

#include "core/format/documentwriter.h"
#include "core/model/documenttree.h"

#include <QString>
#include <QStringList>

// What the export tests look at: the files as real readers see them (python-docx, poppler,
// LibreOffice), and the texts a standard must show, gathered from the tree independently of
// the layout code under test.
namespace kasibi::test {

// Every text of the standard in one language, in the order the printed standard has them
// (Appendix 1: chapters 1-4, then extra chapters and appendices).
QStringList standardTexts(const DocumentTree& tree, const QString& language);

// Fails the test unless each text occurs in `haystack` after the previous one; white space is
// ignored on both sides, since readers break lines and cells their own way, and a text may be
// cut once (a table cell running over a page break in PDF).
void requireInOrder(const QString& haystack, const QStringList& texts);

struct DocxContent {
    QStringList paragraphs;        // body order, cells included
    QStringList styles;            // the style name of each paragraph
    QList<double> pageMillimetres; // width, height, left, right, top, bottom
    QString footerXml;
};
// Opens the file with python-docx (Debian's python3-docx); fails the test if it cannot.
DocxContent readDocx(const QString& path);

// The stored bytes of one part of a zip package, read with QuaZip.
QByteArray zipEntry(const QString& path, const QString& name);

// Runs a program, fails the test unless it exits 0 within the time; returns its stdout.
QString runTool(const QString& program, const QStringList& arguments, int timeoutMs = 120000);
bool haveTool(const QString& program);

// pdftotext's text of the file (content-stream order, -raw), UTF-8. By default only the text
// area of the page: Qt draws a paragraph that runs over a page break whole on both pages,
// clipped, and the clipped-away lines land in the margins, invisible.
QString pdfText(const QString& path, int firstPage = 0, int lastPage = 0, bool textAreaOnly = true);

// Fails the test unless every font of the PDF is Liberation Serif and embedded (pdffonts).
void requireFontsEmbedded(const QString& pdf);

// Converts with LibreOffice, which the test set-up installs (a missing soffice fails the test);
// returns the PDF's path.
QString convertWithLibreOffice(const QString& docxPath, const QString& outputDirectory,
                               qint64* milliseconds = nullptr);

// Writes the tree with the writer, as the user asks (one language, comments or not); fails the
// test unless it is written and its progress went in order up to 100. Returns the path.
QString writeChecked(const DocumentWriter& writer, const DocumentTree& tree, const QString& path,
                     const QString& language, bool withComments = false);

// A copy of the sample with review comments: one on a skill's name, a reply to it, one on a
// card's main purpose (resolved), and one on an element that is not printed by itself.
DocumentTree sampleWithComments();

} // namespace kasibi::test

namespace kasibi::test {

// One comment of sampleWithCommentOnEveryPlace: its text, and the printed Russian text its range
// must cover, exactly (the value, not the label in front of it).
struct PlacedComment {
    QString text;
    QString covered;
};

// A copy of the sample with one comment on each kind of place a reviewer comments on: the whole
// standard, a chapter, every field of the passport and of a card, an education, a labour
// function as a whole, its kind and name, a skill, a list, one list item (an ability, a
// knowledge item, a competency), a related profession's levels, name and code, and the fields
// of chapter 4.
DocumentTree sampleWithCommentOnEveryPlace(QVector<PlacedComment>* expected);

} // namespace kasibi::test
