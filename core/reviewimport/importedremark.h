#pragma once

#include <QString>

namespace kasibi {

// One remark a reviewer made in Word or LibreOffice, as it comes back into the standard: a
// comment, or a tracked change (a suggestion: the field's whole text before and after it).
struct ImportedRemark {
    enum class Kind { Comment, Suggestion };
    // How its place was found: by the mark the export put around the text, by matching the
    // reviewed text to the standard's texts, or not at all (then it is on the standard as a
    // whole, with the reviewed text quoted).
    enum class Anchor { Mark, Text, None };

    Kind kind = Kind::Comment;
    // The element and field it is about. A list item (an ability, a knowledge item, ...) is
    // elementId = the list's owner, field = the list's role, itemId = the item; an unanchored
    // remark is on the standard (elementId = its id, field "").
    QString elementId;
    QString field;
    QString itemId;
    // The language of the reviewed text ("kk" or "ru"). A suggestion on a field that has no
    // languages (a code, a level) has none: its value is set without one.
    QString language;
    QString author;
    QString initials;
    QString created; // ISO 8601, with the offset when the file gives one
    // A comment's words (paragraphs joined by '\n'); a suggestion's words say what is proposed.
    QString text;
    // A suggestion: the whole text of the field (or item) in `language` before and after the
    // change. Applying it sets `after`, and is refused when the text no longer equals `before`.
    QString before;
    QString after;
    // The reviewed text the remark was on, as the reviewer saw it (a comment's range, or the
    // paragraph of an unanchored change).
    QString quoted;
    QString replyTo; // commentId of the remark it answers ("" for a thread's first)
    bool resolved = false;
    Anchor anchoredBy = Anchor::None;
    // Already in the document (same author, time, place and text): nothing is added for it.
    bool duplicate = false;
    // The id of its comment in the document: the new one, or the one it duplicates.
    QString commentId;

    // The comment's place in the document's terms: targetId and field of a Kasibi comment.
    QString targetId() const { return itemId.isEmpty() ? elementId : itemId; }
    QString commentedField() const { return itemId.isEmpty() ? field : QString(); }

    // "comment" / "suggestion"; "mark" / "text" / "none" (the CLI's JSON).
    static QString kindName(Kind kind);
    static QString anchorName(Anchor anchor);
};

} // namespace kasibi
