#include "core/model/phrase.h"

namespace kasibi {

namespace {

QString fillOne(const QString& phrase, std::initializer_list<Phrase> values,
                const QString Phrase::*language) {
    QString out;
    out.reserve(phrase.size() + 32);
    for (qsizetype i = 0; i < phrase.size(); ++i) {
        const int n = i + 1 < phrase.size() && phrase[i] == QLatin1Char('%')
                          ? phrase[i + 1].digitValue()
                          : -1;
        if (n >= 1 && n <= int(values.size())) {
            out += (values.begin() + (n - 1))->*language;
            ++i;
            continue;
        }
        out += phrase[i];
    }
    return out;
}

} // namespace

Phrase Phrase::inQuotes(const Phrase& phrase) {
    return {quoted(phrase.kk), quoted(phrase.ru), enQuoted(phrase.en)};
}

Phrase fill(const Phrase& phrase, std::initializer_list<Phrase> values) {
    return {fillOne(phrase.kk, values, &Phrase::kk), fillOne(phrase.ru, values, &Phrase::ru),
            fillOne(phrase.en, values, &Phrase::en)};
}

} // namespace kasibi
