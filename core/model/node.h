#pragma once

#include <QHash>
#include <QString>
#include <QStringList>

namespace kasibi {

// One element of a standard: a card, a skill, a knowledge item, the standard itself.
// Values are keyed by field name, and by "field@language" for localized texts.
struct Node {
    QString id;
    QString kind;
    QString parentId;
    QString role;
    QHash<QString, QString> values;
    QHash<QString, QStringList> children;

    static QString valueKey(const QString& field, const QString& language = {}) {
        return language.isEmpty() ? field : field + QLatin1Char('@') + language;
    }
    static QString fieldOfKey(const QString& key) { return key.section(QLatin1Char('@'), 0, 0); }
    static QString languageOfKey(const QString& key) {
        return key.contains(QLatin1Char('@')) ? key.section(QLatin1Char('@'), 1) : QString();
    }
};

} // namespace kasibi
