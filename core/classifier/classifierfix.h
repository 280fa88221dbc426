#pragma once

#include <QString>

namespace kasibi {

// The one-click fix of a classifier finding: put the edition's value into this field.
// The editor applies it through its ordinary edit path (so that it can be undone).
struct ClassifierFix {
    QString elementId;
    QString field;    // as in Schema, e.g. "passport/oked/subclass/name", "name"
    QString language; // "kk" / "ru" for a name, "" for a code
    QString value;
};

} // namespace kasibi
