#pragma once

#include <optional>
#include <QString>

namespace kasibi {

class DocumentTree;

// A comment that proposes a new wording of what it is on (a reviewer's tracked change in Word):
// the whole text of one field, or of one list item, in one language, before and after. Applying
// it is only right while the text is still what the reviewer saw.
struct Suggestion {
    QString commentId;
    QString elementId; // the element, or the list item, whose text it changes
    QString field;     // of that element; a list item's text field for an item
    QString language;  // empty for a value with no languages (a code, a level)
    QString before;
    QString after;

    // The suggestion a comment carries, if it carries one.
    static std::optional<Suggestion> of(const DocumentTree& tree, const QString& commentId);
    // The text the place holds now.
    QString current(const DocumentTree& tree) const;
    // Whether the text was changed since the reviewer saw it, or its element is gone: then
    // applying it would overwrite someone's edit.
    bool isStale(const DocumentTree& tree) const;
};

} // namespace kasibi
