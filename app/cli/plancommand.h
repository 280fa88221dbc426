#pragma once

#include <QString>
#include <QStringList>

// kasibi-cli plan DOC... --year YYYY -o OUT.docx|OUT.pdf [--lang kk|ru]: the Appendix 2 plan of
// the given standards for a year.
int runPlanCommand(const QStringList& documents, const QString& year, const QString& output,
                   const QString& language);
