#include "core/import/listitemsplitter.h"

#include <QRegularExpression>

namespace kasibi {

namespace {

bool endsFinished(const QString& text) {
    if (text.isEmpty()) return true;
    const QChar last = text.back();
    return last == QLatin1Char('.') || last == QLatin1Char(';') || last == QLatin1Char(':') ||
           last == QLatin1Char('!') || last == QLatin1Char('?');
}

// «ИБ.», «БД»: an abbreviation left alone on a line by a wrap.
bool isLoneAbbreviation(const QString& text) {
    static const QRegularExpression pattern(QStringLiteral("^[А-ЯЁӘҒҚҢӨҰҮҺІA-Z]{1,6}\\.?$"));
    return pattern.match(text).hasMatch();
}

} // namespace

QString ListItemSplitter::normalized(const QString& text) {
    QString result = text;
    result.replace(QChar(0x00A0), QLatin1Char(' '));
    result.replace(QLatin1Char('\t'), QLatin1Char(' '));
    return result.simplified();
}

QString ListItemSplitter::withoutMarker(const QString& text, int* number) {
    static const QRegularExpression numbered(QStringLiteral("^(\\d{1,3})\\s*[.)]\\s*(?=\\S)"));
    static const QRegularExpression bullet(
        QStringLiteral("^(?:[-–—•·*▪●◦○■□➢✓]|[а-яa-zәғқңөұүһі]\\))\\s*(?=\\S)"));
    if (number) *number = 0;
    if (const QRegularExpressionMatch found = numbered.match(text); found.hasMatch()) {
        if (number) *number = found.captured(1).toInt();
        return text.mid(found.capturedLength());
    }
    if (const QRegularExpressionMatch found = bullet.match(text); found.hasMatch())
        return text.mid(found.capturedLength());
    return text;
}

void ListItemSplitter::add(const QString& paragraphText) {
    for (const QString& rawLine : paragraphText.split(QLatin1Char('\n'))) {
        const QString line = normalized(rawLine);
        if (line.isEmpty()) continue;
        int number = 0;
        QString text = withoutMarker(line, &number).trimmed();
        const bool marked = text.size() != line.size();
        if (text.isEmpty() || text == QLatin1String("-") || text == QStringLiteral("–")) continue;
        const QChar first = text.front();
        const bool continues =
            !m_items.isEmpty() && !marked && !endsFinished(m_items.back()) &&
            (first.isLower() || first == QLatin1Char('(') || isLoneAbbreviation(text));
        if (continues) {
            m_items.back() += QLatin1Char(' ') + text;
            continue;
        }
        // «1. … 2. Capital…»: items run together in one paragraph.
        if (number > 0) {
            static const QRegularExpression nextNumber(
                QStringLiteral("\\s(\\d{1,3})\\s*\\.\\s*(?=[А-ЯЁӘҒҚҢӨҰҮҺІA-Z])"));
            int expected = number + 1;
            for (QRegularExpressionMatch found = nextNumber.match(text); found.hasMatch();
                 found = nextNumber.match(text)) {
                if (found.captured(1).toInt() != expected) break;
                m_items << text.left(found.capturedStart()).trimmed();
                text = text.mid(found.capturedEnd()).trimmed();
                ++expected;
            }
        }
        m_items << text;
    }
}

} // namespace kasibi
