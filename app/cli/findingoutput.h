#pragma once

#include "core/validation/finding.h"

#include <QJsonObject>
#include <QString>

// How kasibi-cli prints one finding: the JSON object of `validate --json` (which `registry check
// --json` extends) and the text line.
namespace findingoutput {

QJsonObject toJson(const kasibi::Finding& finding, const QString& language);
QString toLine(const kasibi::Finding& finding, const QString& language);

} // namespace findingoutput
