#pragma once

#include "core/model/documenttree.h"

#include <QString>
#include <QStringList>

// kasibi-cli plan DOC... --year YYYY -o OUT.docx|OUT.pdf [--lang kk|ru]: the Appendix 2 plan of
// the given standards for a year.
int runPlanCommand(const QStringList& documents, const QString& year, const QString& output,
                   const QString& language);

// The year, output and language of a plan checked (0 and the message on stderr when wrong).
int planYear(const QString& year, const QString& output, const QString& language);
// Writes the plan of these standards (the registry's too); the exit status.
int writePlan(const QVector<kasibi::DocumentTree>& standards, int year, const QString& output,
              const QString& language);
