#pragma once

#include <QCoreApplication>
#include <QString>

namespace kasibi {

class EditSession;

// Where a comment is, in words a reader of the standard follows:
// "Card «Взрывник» › Labour function 1 › Skill 2 › Knowledge item 3".
class CommentPlace {
    Q_DECLARE_TR_FUNCTIONS(CommentPlace)
public:
    static QString describe(const EditSession& session, const QString& targetId,
                            const QString& field);
    // The place of a comment; one whose element was deleted says where it was, as it kept it.
    static QString ofComment(const EditSession& session, const QString& commentId);
};

} // namespace kasibi
