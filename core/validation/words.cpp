#include "core/validation/words.h"

namespace kasibi::validation {

namespace {

QString fillOne(const QString& phrase, std::initializer_list<Words> values,
                const QString Words::*language) {
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

const QString& Words::in(const QString& language) const {
    if (language == QLatin1String("ru")) return ru;
    if (language == QLatin1String("kk")) return kk;
    return en;
}

Words Words::same(const QString& text) {
    return {text, text, text};
}

Words Words::inQuotes(const QString& text) {
    return inQuotes(same(text));
}

Words Words::inQuotes(const Words& words) {
    return {QStringLiteral("«") + words.ru + QStringLiteral("»"),
            QStringLiteral("«") + words.kk + QStringLiteral("»"),
            QLatin1Char('"') + words.en + QLatin1Char('"')};
}

Words fill(const Words& phrase, std::initializer_list<Words> values) {
    return {fillOne(phrase.ru, values, &Words::ru), fillOne(phrase.kk, values, &Words::kk),
            fillOne(phrase.en, values, &Words::en)};
}

} // namespace kasibi::validation
