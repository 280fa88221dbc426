#pragma once

#include "core/model/phrase.h"

#include <QString>
#include <QStringList>
#include <QVector>

namespace kasibi {

// One step of the approval procedure of chapter 2 of the Rules, with its deadline.
struct ApprovalStep {
    QString key;
    int workingDays = 0; // 0: the Rules set no deadline
    QString rule;        // the rule that sets it
    Phrase title;

    static const QVector<ApprovalStep>& all(); // in the order of the procedure
    static const ApprovalStep* find(const QString& key);
    static QStringList keys();
};

} // namespace kasibi
