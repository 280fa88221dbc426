#pragma once

#include "core/import/standardlabel.h"

#include <QRegularExpression>
#include <QString>
#include <QStringList>
#include <QVector>

#include <optional>

namespace kasibi {

// The one table of the labels printed standards use, in Russian and Kazakh, across the
// templates of 2017-2022 («Атамекен») and the 2023 Appendix 1 layout (which Kasibi's own
// export prints): each variant with the part of the structure it announces. A label is found
// at the beginning of a paragraph (or of a label cell), after any section number («2.»,
// «Глава 3.», «3-тарау.»), ignoring case and spacing («ЗадачаN:»).
class LabelVariants {
public:
    // What may follow the label in the same paragraph.
    enum class Ending {
        Colon, // the end, or a colon and a value: «Знания» never starts a knowledge item
        Free, // anything: a heading with its name («КАРТОЧКА ПРОФЕССИИ ТЕХНИК…»)
        Before, // the name comes first, the label closes the paragraph (««X» кәсібінің карточкасы»)
    };

    struct Variant {
        StandardLabel label;
        QString text; // '#' stands for a number: «Трудовая функция #»
        QString language;
        Ending ending;
    };

    struct Match {
        StandardLabel label;
        QString language;
        int number = 0;  // the number of a numbered label, or 0
        QString rest;    // the text after the label (and its colon), trimmed
        QString variant; // the variant as the table spells it
    };

    static const QVector<Variant>& all();
    static std::optional<Match> match(const QString& normalizedText);
    // A label whose words a conversion from PDF scattered over a row's cells in another order
    // («Требования компетенциям» | «к» | «личностным»): the same words, three or more.
    static std::optional<Match> matchWords(const QString& scrambledText);
    // Every word the labels are made of: structure, not content.
    static const QStringList& words();
};

} // namespace kasibi
