#pragma once

#include "core/model/documenttree.h"

#include <optional>
#include <QHash>
#include <QString>
#include <QVector>

namespace kasibi {

// The places of the open standard a reviewed copy may speak of, as the printed layout knows
// them: each mark's name with its element and field, and the printed texts in both languages,
// to find a remark's place by its text when the marks were lost.
class ReviewPlaces {
public:
    struct Place {
        QString elementId; // for a list item, the item's own id (its mark is the item's)
        QString field;
    };
    // A reviewed paragraph's text found among the printed texts.
    struct Match {
        QString mark;     // its mark's name
        QString language; // of the printed text it matched
        int from = 0;     // where the place's text stands in the reviewed paragraph
        int length = 0;
    };

    explicit ReviewPlaces(const DocumentTree& tree);

    // The element and field a mark's name stands for; none when it is of no element this
    // document has (deleted since, or another standard's).
    std::optional<Place> place(const QString& mark) const;
    // The text printed in a mark in a language ("" when not printed now).
    QString printed(const QString& mark, const QString& language) const;
    // The place of the text at `offset` of a reviewed paragraph: a paragraph printed exactly so,
    // else the longest printed text (of one place only) the paragraph holds, the one around
    // `offset` first, else the one printed text that holds the whole paragraph.
    std::optional<Match> match(const QString& paragraph, int offset) const;
    // How many marks' printed texts in this language the reviewed texts equal: which language a
    // file without its language property is in.
    int agreement(const QHash<QString, QString>& textOfMark, const QString& language) const;

private:
    struct PrintedMark {
        QString mark;
        int from = 0;
        int length = 0;
    };
    struct PrintedParagraph {
        QString text;
        QString language;
        QVector<PrintedMark> marks;
    };

    QHash<QString, Place> m_places;
    QHash<QString, QString> m_printed[2]; // kk, ru: mark -> text
    QVector<PrintedParagraph> m_paragraphs;
    QHash<QString, QVector<int>> m_paragraphsByText;
    // Printed text -> the marks printing it (a text of two places tells neither).
    QHash<QString, QStringList> m_marksByText[2];
};

} // namespace kasibi
