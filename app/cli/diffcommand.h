#pragma once

#include <QStringList>

// kasibi-cli diff A B [--json]: the changes between two states of one standard, and whether
// they are significant (rules 17 and 18). A and B are .kasibi or .json files, or FILE@VERSION
// for a version saved inside a .kasibi file (by its name or id). With -o REPORT.docx|.pdf the
// change report (ChangeReportLayout) is written too, in --lang kk or ru.
int runDiffCommand(const QStringList& documents, bool json, const QString& output = {},
                   const QString& language = QStringLiteral("ru"));
