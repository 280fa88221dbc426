#pragma once

#include "core/classifier/classifier.h"
#include "core/classifier/classifierentry.h"
#include "core/model/result.h"

#include <functional>
#include <QCoreApplication>
#include <QHash>
#include <QStringList>
#include <QVector>

namespace kasibi {

// The table of a classifier edition as published, whatever file it came in (CSV, XLSX): a
// header naming the columns code, name_kk and name_ru (any order, any case; name_kz is taken
// for name_kk, and the Russian and Kazakh headings of published tables are understood too:
// «Код», «Наименование на казахском языке», «Наименование на русском языке», «Қазақша атауы»,
// «Орысша атауы»...; other columns are ignored), then one entry a row. It checks every row (a code
// of the classifier, not seen before, with a name) and derives the hierarchy from the codes. The
// first malformed row refuses the whole table, named as its file names it ("line 12",
// "row 12").
class ClassifierTable {
    Q_DECLARE_TR_FUNCTIONS(ClassifierTable)
public:
    // where: the file, for messages; place: how that file names row number n.
    ClassifierTable(Classifier classifier, QString where, std::function<QString(int)> place);

    // Whether these cells could be a header: one of them is "code". Lets a reader skip the
    // title rows a spreadsheet has above its table.
    static bool looksLikeHeader(const QStringList& cells);

    Status setHeader(int number, const QStringList& cells);
    bool hasHeader() const { return m_codeColumn >= 0; }
    int columnCount() const { return m_columnCount; }
    int codeColumn() const { return m_codeColumn; }
    // A row with fewer cells than the header has empty ones at the end (spreadsheets leave
    // trailing empty cells out). A row with no text at all is skipped.
    Status addRow(int number, const QStringList& cells);
    Result<QVector<ClassifierEntry>> entries() const;

    // A failure at row number n, in the file's words.
    Error failureAt(int number, const QString& reason) const;

private:
    Classifier m_classifier;
    QString m_where;
    std::function<QString(int)> m_place;
    int m_columnCount = 0;
    int m_codeColumn = -1;
    int m_kkColumn = -1;
    int m_ruColumn = -1;
    QVector<ClassifierEntry> m_entries;
    QHash<QString, int> m_rowOfCode;
};

} // namespace kasibi
