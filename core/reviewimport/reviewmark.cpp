#include "core/reviewimport/reviewmark.h"

#include <QCryptographicHash>
#include <QRegularExpression>

namespace kasibi {

QString ReviewMark::name(const QString& elementId, const QString& field) {
    const QByteArray hash = QCryptographicHash::hash(
        (elementId + QLatin1Char('|') + field).toUtf8(), QCryptographicHash::Sha1);
    return QLatin1Char('K') + QString::fromLatin1(hash.toHex().left(15));
}

bool ReviewMark::isMarkName(const QString& name) {
    static const QRegularExpression form(QStringLiteral("^K[0-9a-f]{15}$"));
    return form.match(name).hasMatch();
}

} // namespace kasibi
