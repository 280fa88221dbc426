#include "core/import/approvalheader.h"

#include "core/layout/printedlabels.h"

#include <QDate>
#include <QRegularExpression>

namespace kasibi {

namespace {

const QStringList& ruMonths() {
    static const QStringList months{
        QStringLiteral("январ"),  QStringLiteral("феврал"), QStringLiteral("март"),
        QStringLiteral("апрел"),  QStringLiteral("ма"),     QStringLiteral("июн"),
        QStringLiteral("июл"),    QStringLiteral("август"), QStringLiteral("сентябр"),
        QStringLiteral("октябр"), QStringLiteral("ноябр"),  QStringLiteral("декабр")};
    return months;
}

const QStringList& kkMonths() {
    static const QStringList months{
        QStringLiteral("қаңтар"), QStringLiteral("ақпан"),  QStringLiteral("наурыз"),
        QStringLiteral("сәуір"),  QStringLiteral("мамыр"),  QStringLiteral("маусым"),
        QStringLiteral("шілде"),  QStringLiteral("тамыз"),  QStringLiteral("қыркүйек"),
        QStringLiteral("қазан"),  QStringLiteral("қараша"), QStringLiteral("желтоқсан")};
    return months;
}

int monthOf(const QString& word, const QStringList& months) {
    const QString lower = word.toLower();
    // «ма» (мая) is a prefix of nothing else among the Russian stems but must not take «март».
    for (int i = 0; i < months.size(); ++i)
        if (lower.startsWith(months[i]) && !(i == 4 && lower.startsWith(QStringLiteral("мар"))))
            return i + 1;
    return 0;
}

QString isoDate(int year, int month, int day) {
    const QDate date(year, month, day);
    return date.isValid() ? date.toString(Qt::ISODate) : QString();
}

QString simplified(QString text) {
    text.replace(QChar(0x00A0), QLatin1Char(' '));
    return text.simplified();
}

} // namespace

bool ApprovalHeader::looksLikeHeader(const QString& text) {
    const QString lower = text.toLower();
    return (lower.contains(QStringLiteral("приложени")) &&
            lower.contains(QStringLiteral("приказ"))) ||
           lower.contains(QStringLiteral("утвержден приказом")) ||
           (lower.contains(QStringLiteral("бұйрығ")) &&
            (lower.contains(QStringLiteral("қосымша")) ||
             lower.contains(QStringLiteral("бекітілген"))));
}

ApprovalHeader ApprovalHeader::parse(const QString& rawText, const QString& language) {
    const QString text = simplified(rawText);
    ApprovalHeader header;
    const auto option =
        QRegularExpression::CaseInsensitiveOption | QRegularExpression::UseUnicodePropertiesOption;
    // A date as digits, in either language: 05.12.2022.
    static const QRegularExpression digitsDate(
        QStringLiteral("(\\d{1,2})\\s*\\.\\s*(\\d{1,2})\\s*\\.\\s*(\\d{4})"));
    if (language == QLatin1String("kk")) {
        const QRegularExpression appendix(QStringLiteral("(\\d+)\\s*-?\\s*қосымша"), option);
        if (auto m = appendix.match(text); m.hasMatch()) header.appendixNumber = m.captured(1);
        const QRegularExpression date(
            QStringLiteral("(\\d{4})\\s*жылғы\\s*«?\\s*(\\d{1,2})\\s*»?\\s*([\\p{L}]+)"), option);
        int issuerEnd = -1;
        if (auto m = date.match(text); m.hasMatch()) {
            header.orderDate = isoDate(m.captured(1).toInt(), monthOf(m.captured(3), kkMonths()),
                                       m.captured(2).toInt());
            issuerEnd = m.capturedStart();
        } else if (auto d = digitsDate.match(text); d.hasMatch()) {
            header.orderDate =
                isoDate(d.captured(3).toInt(), d.captured(2).toInt(), d.captured(1).toInt());
            issuerEnd = d.capturedStart();
        }
        const QRegularExpression number(QStringLiteral("№\\s*([\\w/-]+)"), option);
        if (auto m = number.match(text); m.hasMatch()) {
            header.orderNumber = m.captured(1);
            if (issuerEnd < 0) issuerEnd = m.capturedStart();
        }
        if (issuerEnd > 0) header.issuer = text.left(issuerEnd).trimmed();
        return header;
    }
    const QRegularExpression appendix(
        QStringLiteral("Приложение\\s*(?:№\\s*)?([\\w-]*\\d[\\w-]*)?"), option);
    if (auto m = appendix.match(text); m.hasMatch()) header.appendixNumber = m.captured(1);
    const QRegularExpression order(QStringLiteral("к\\s+приказу\\s+|приказом\\s+"), option);
    const QRegularExpressionMatch orderAt = order.match(text);
    const int from = orderAt.hasMatch() ? orderAt.capturedEnd() : 0;
    const QString afterOrder = text.mid(from);
    // The issuer ends where the number or the date begins.
    const QRegularExpression issuerEnd(
        QStringLiteral("\\s(?:от\\s+«?\\d|№|\\d{1,2}\\s*\\.\\s*\\d{1,2}\\s*\\.\\s*\\d{4})"),
        option);
    const QRegularExpressionMatch end = issuerEnd.match(afterOrder);
    header.issuer = (end.hasMatch() ? afterOrder.left(end.capturedStart()) : afterOrder).trimmed();
    const QRegularExpression number(QStringLiteral("№\\s*([\\w/-]*\\d[\\w/-]*)"), option);
    if (auto m = number.match(afterOrder); m.hasMatch()) header.orderNumber = m.captured(1);
    const QRegularExpression wordsDate(
        QStringLiteral("«?\\s*(\\d{1,2})\\s*»?\\s+([\\p{L}]+)\\s+(\\d{4})"), option);
    if (auto m = wordsDate.match(afterOrder);
        m.hasMatch() && monthOf(m.captured(2), ruMonths()) > 0)
        header.orderDate = isoDate(m.captured(3).toInt(), monthOf(m.captured(2), ruMonths()),
                                   m.captured(1).toInt());
    else if (auto d = digitsDate.match(afterOrder); d.hasMatch())
        header.orderDate =
            isoDate(d.captured(3).toInt(), d.captured(2).toInt(), d.captured(1).toInt());
    return header;
}

const QStringList& ApprovalHeader::formulaWords() {
    static const QStringList words = [] {
        QStringList list{
            QStringLiteral("приложение"), QStringLiteral("к"),          QStringLiteral("приказу"),
            QStringLiteral("приказом"),   QStringLiteral("от"),         QStringLiteral("года"),
            QStringLiteral("г"),          QStringLiteral("утвержден"),  QStringLiteral("жылғы"),
            QStringLiteral("бұйрығына"),  QStringLiteral("бұйрығымен"), QStringLiteral("қосымша"),
            QStringLiteral("бекітілген")};
        // The month of the date, which is kept as digits, in the forms the header prints.
        for (const Phrase& month : label::orderMonths)
            list << month.in(QStringLiteral("ru")) << month.in(QStringLiteral("kk"));
        return list;
    }();
    return words;
}

} // namespace kasibi
