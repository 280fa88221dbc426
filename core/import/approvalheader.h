#pragma once

#include <QString>
#include <QStringList>

namespace kasibi {

// The header a published standard is printed under, naming the order that approved it:
// «Приложение № 20 к приказу … от 5 декабря 2022 года № 222», «№222 от 05.12.2022г.», or in
// Kazakh «… 2023 жылғы 5 желтоқсандағы № 222 бұйрығына 20-қосымша».
struct ApprovalHeader {
    QString issuer; // in the genitive, as printed after «к приказу»
    QString orderNumber;
    QString orderDate; // yyyy-MM-dd, or "" when not printed in full
    QString appendixNumber;

    bool isEmpty() const {
        return issuer.isEmpty() && orderNumber.isEmpty() && orderDate.isEmpty();
    }

    // Whether a paragraph is such a header (it names an order).
    static bool looksLikeHeader(const QString& text);
    static ApprovalHeader parse(const QString& text, const QString& language);
    // The words of the formula itself («Приложение», «к», «приказу», «от», «года», …): they
    // are structure, the values are what is kept.
    static const QStringList& formulaWords();
};

} // namespace kasibi
