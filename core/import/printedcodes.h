#pragma once

#include "core/classifier/classifier.h"

#include <QRegularExpressionMatch>
#include <QString>

namespace kasibi {

// The codes and levels a standard prints, as the recognition finds them in Word text. Each is
// built on the one statement of its form (ClassifierCodes for OKED and NKZ codes,
// QualificationLevel for ORK and NRK levels, the schema for the serial number) and loosened only
// where printed standards vary: spaces, a comma for the dot, a range of levels.
class PrintedCodes {
public:
    // A classifier code as a regular expression without anchors, with spaces allowed around the
    // hyphens of an NKZ occupation code («2513 - 0 - 001»).
    static QString spaced(Classifier classifier, int level);
    // A code read with spaced(), in its form: «2513-0-001».
    static QString tight(QString printed);
    // A level as printed, without anchors: capture 1 the level, 2 the sublevel after a dot or a
    // comma («4,2»), 3 the upper level of a range («5 - 6»). It goes first in a pattern.
    static QString level();
    // The level a match of level() reads: «4», «4.2».
    static QString levelOf(const QRegularExpressionMatch& match);
    // The standard's serial number, without anchors.
    static QString serialNumber();
    // The standard's code as printed, «B07102012» or «B 07102 012», without anchors: captures
    // the OKED section, the digits of the subclass and the serial number.
    static QString standardCode();
};

} // namespace kasibi
