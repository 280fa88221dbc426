#pragma once

#include "core/model/phrase.h"

#include <QString>
#include <QVector>

namespace kasibi {

// One line of the National body's checklist (Appendix 3 of the Rules).
struct Criterion {
    QString number; // "1.1" ... "3.5"; the glossary's duplicated "1.2" is "1.2a"
    int group = 1;  // 1 main part, 2 profession cards, 3 technical data
    Phrase title;   // the Russian as printed in Appendix 3

    // Every criterion, in the order of the form.
    static const QVector<Criterion>& all();
    static const Criterion* find(const QString& number);
    // The headings of the three groups, as printed in the form.
    static QString groupTitle(int group, const QString& language);
};

} // namespace kasibi
