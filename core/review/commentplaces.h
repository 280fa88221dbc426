#pragma once

#include "core/model/documenttree.h"
#include "core/model/localizedtext.h"

namespace kasibi {

// Where a comment is, in words of both languages ("Карточка профессии «Машинист» › Трудовая
// функция «…» › Навык «…» › Знание «…»"), as the comment keeps it (Field::CommentPlace): written
// when the comment is made and again whenever its element, or one around it, is renamed or
// deleted, so that a comment whose element is gone still says where it was.
class CommentPlaces {
public:
    // The place of a field (or the whole, for an empty field) of an element.
    static LocalizedText of(const DocumentTree& tree, const QString& targetId,
                            const QString& field);
    // The place a comment keeps: the one its target has now, or the one it kept when the target
    // is gone.
    static LocalizedText ofComment(const DocumentTree& tree, const QString& commentId);
    // The comments on an element or on anything inside it.
    static QStringList within(const DocumentTree& tree, const QString& elementId);
};

} // namespace kasibi
