#pragma once

#include "core/model/pageref.h"

#include <QStringList>
#include <QVector>

namespace kasibi {

class DocumentTree;

// What a page of the editor shows, in the order of the Rules (Appendix 1): which fields, which
// lists, under which item numbers. The editors themselves come from the schema.
struct FormEntry {
    enum class Type {
        Fields,       // one or more fields side by side
        Classified,   // an OKED level: its code and its name (names = the prefix)
        List,         // a list of children edited in place (names = the role)
        LinkedList,   // a list of children with pages of their own
        StandardCode, // the code of the standard, derived, read-only
        CardSummary,  // the list of profession cards of the passport, derived
        Note          // a line of explanation
    };
    Type type = Type::Fields;
    QStringList names;
    QString number; // "1)" for the card's items, as in the Rules
    QString text;   // heading (or the note itself); the field's label when empty
};

class FormPlan {
public:
    // The element whose fields the page edits (the standard for a chapter).
    static QString elementOf(const DocumentTree& tree, const PageRef& page);
    static QVector<FormEntry> entries(const DocumentTree& tree, const PageRef& page);
};

} // namespace kasibi
