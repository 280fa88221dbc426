#pragma once

#include <QString>

namespace kasibi {

enum class ChangeKind { Added, Removed, Changed, Moved };

// One difference between two states of a standard, found by element id.
struct Change {
    ChangeKind kind = ChangeKind::Changed;
    QString elementId;
    QString elementKind;
    QString path;        // JSON Pointer: in the newer state, or in the older one for a removal
    QString field;       // for Changed: the field; "" otherwise
    QString language;    // for Changed localized texts: "kk" or "ru"
    QString before;      // for Changed: the old value
    QString after;       // for Changed: the new value
    bool inCard = false; // a profession card's content (rule 17)
    bool withinParent = false; // for Moved: only its place among the same siblings changed
    bool typoFix = false;      // for Changed texts: looks like a spelling fix (rule 18)

    static QString kindName(ChangeKind kind) {
        switch (kind) {
        case ChangeKind::Added:
            return QStringLiteral("added");
        case ChangeKind::Removed:
            return QStringLiteral("removed");
        case ChangeKind::Changed:
            return QStringLiteral("changed");
        case ChangeKind::Moved:
            return QStringLiteral("moved");
        }
        return {};
    }
};

} // namespace kasibi
