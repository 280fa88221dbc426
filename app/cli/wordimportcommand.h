#pragma once

#include <QString>
#include <QStringList>

// `kasibi-cli import STANDARD.docx [SECOND.docx] -o OUT.kasibi [--report REPORT.json] [--force]`
int runWordImportCommand(const QStringList& inputs, const QString& output,
                         const QString& reportPath, bool force);
