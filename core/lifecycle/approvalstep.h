#pragma once

#include <QString>
#include <QStringList>
#include <QVector>

namespace kasibi {

// One step of the approval procedure of chapter 2 of the Rules, with its deadline.
struct ApprovalStep {
    QString key;
    int workingDays = 0; // 0: the Rules set no deadline
    QString rule;        // the rule that sets it
    QString titleRu;
    QString titleKk;
    QString titleEn;

    QString title(const QString& language) const {
        if (language == QLatin1String("kk")) return titleKk;
        if (language == QLatin1String("en")) return titleEn;
        return titleRu;
    }

    static const QVector<ApprovalStep>& all(); // in the order of the procedure
    static const ApprovalStep* find(const QString& key);
    static QStringList keys();
};

} // namespace kasibi
