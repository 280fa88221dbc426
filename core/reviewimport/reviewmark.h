#pragma once

#include <QString>

namespace kasibi {

// The invisible mark a Word export puts around each text it prints (a bookmark: Word and
// LibreOffice both keep bookmarks when they save, invisible in print), so that a reviewer's
// comments and tracked changes come back to the element and field they are about. The name is
// a hash of the place rather than a key into a table kept in the file: a reviewer's editor may
// drop parts it does not know, and the importer finds a name again by hashing the places of the
// open document.
class ReviewMark {
public:
    // "K" and 15 hexadecimal digits of SHA-1 over "elementId|field": within Word's limits for
    // bookmark names (40 characters, a letter first). A list item's mark is its own id's, with
    // the item's text field.
    static QString name(const QString& elementId, const QString& field);
    static bool isMarkName(const QString& name);

    // Custom document properties (docProps/custom.xml) a marked export carries: the standard it
    // was exported from, and the language it is printed in.
    static inline const QString StandardIdProperty = QStringLiteral("KasibiStandardId");
    static inline const QString LanguageProperty = QStringLiteral("KasibiLanguage");
};

} // namespace kasibi
