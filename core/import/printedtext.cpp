#include "core/import/printedtext.h"

#include "core/import/listitemsplitter.h"

#include <QRegularExpression>
#include <QStringList>

namespace kasibi {

QString PrintedText::stripQuotes(QString text) {
    text = text.trimmed();
    static const QRegularExpression quoted(QStringLiteral("^[«\"“„]\\s*(.*?)\\s*[»\"”]?[.:]?$"));
    if (const QRegularExpressionMatch m = quoted.match(text);
        m.hasMatch() && !m.captured(1).contains(QStringLiteral("«")))
        return m.captured(1);
    return text;
}

QString PrintedText::cleanLines(const QString& text) {
    QStringList lines;
    for (const QString& line : text.split(QLatin1Char('\n'))) {
        const QString clean = ListItemSplitter::normalized(line);
        if (!clean.isEmpty()) lines << clean;
    }
    return lines.join(QLatin1Char('\n'));
}

bool PrintedText::isDash(const QString& text) {
    const QString t = text.trimmed();
    return t == QLatin1String("-") || t == QStringLiteral("–") || t == QStringLiteral("—");
}

bool PrintedText::hasLetters(const QString& text) {
    for (const QChar c : text)
        if (c.isLetter()) return true;
    return false;
}

QString PrintedText::comparable(QString text) {
    text = stripQuotes(text).toLower();
    text.remove(QRegularExpression(QStringLiteral("[^\\w]+"),
                                   QRegularExpression::UseUnicodePropertiesOption));
    return text;
}

bool PrintedText::isMark(const QString& text, const Phrase& mark) {
    const QString t = text.trimmed();
    return !t.isEmpty() &&
           (t == mark.in(QStringLiteral("ru")) || t == mark.in(QStringLiteral("kk")));
}

QString PrintedText::withoutItemNumber(const QString& text) {
    static const QRegularExpression number(QStringLiteral("^\\d{1,3}\\.\\s+"));
    return QString(text).remove(number);
}

} // namespace kasibi
