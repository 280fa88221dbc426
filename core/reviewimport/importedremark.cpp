#include "core/reviewimport/importedremark.h"

namespace kasibi {

QString ImportedRemark::kindName(Kind kind) {
    return kind == Kind::Suggestion ? QStringLiteral("suggestion") : QStringLiteral("comment");
}

QString ImportedRemark::anchorName(Anchor anchor) {
    switch (anchor) {
    case Anchor::Mark:
        return QStringLiteral("mark");
    case Anchor::Text:
        return QStringLiteral("text");
    case Anchor::None:
        break;
    }
    return QStringLiteral("none");
}

} // namespace kasibi
