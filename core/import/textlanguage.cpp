#include "core/import/textlanguage.h"

namespace kasibi {

bool TextLanguage::isKazakhLetter(QChar c) {
    static const QString letters = QStringLiteral("әғқңөұүһіӘҒҚҢӨҰҮҺІ");
    return letters.contains(c);
}

QString TextLanguage::of(const QString& text) {
    qint64 cyrillic = 0, kazakh = 0;
    for (const QChar c : text) {
        if (isKazakhLetter(c))
            ++kazakh;
        else if (c.unicode() >= 0x0400 && c.unicode() <= 0x04FF && c.isLetter())
            ++cyrillic;
    }
    // Kazakh text has one of its own letters in every dozen or so; a Russian text quoting a
    // Kazakh name has a handful in thousands.
    return kazakh * 50 > cyrillic + kazakh ? QStringLiteral("kk") : QStringLiteral("ru");
}

} // namespace kasibi
