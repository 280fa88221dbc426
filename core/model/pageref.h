#pragma once

#include <QString>

namespace kasibi {

class DocumentTree;

// One page of the editor: a chapter of the standard (its fields live on the Standard element)
// or an element with a form of its own (a card, a labour function, a skill, an extra section).
struct PageRef {
    enum Chapter {
        None = 0,
        GeneralProvisions = 1,
        Passport = 2,
        ProfessionCards = 3,
        TechnicalData = 4,
        ExtraSections = 5
    };

    Chapter chapter = None;
    QString nodeId; // the element of an element page; empty for a chapter

    bool isValid() const { return chapter != None || !nodeId.isEmpty(); }
    bool operator==(const PageRef&) const = default;

    static PageRef ofChapter(Chapter chapter) { return {chapter, {}}; }
    static PageRef ofNode(const QString& id) { return {None, id}; }
    // The page where a field (or a list, or the element itself) of an element is edited.
    static PageRef locate(const DocumentTree& tree, const QString& elementId, const QString& field);
    // The profession card an element belongs to, or an empty string.
    static QString cardOf(const DocumentTree& tree, const QString& elementId);
    static bool hasOwnPage(const QString& kind);
};

} // namespace kasibi
