#pragma once

#include <QString>

namespace kasibi {

// Which of the two state-used languages a text is written in, told by its letters: Kazakh has
// letters Russian does not (ә ғ қ ң ө ұ ү һ і), frequent enough in any paragraph.
class TextLanguage {
public:
    static QString of(const QString& text); // "kk" or "ru"
    static bool isKazakhLetter(QChar c);
};

} // namespace kasibi
