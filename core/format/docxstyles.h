#pragma once

#include <QByteArray>
#include <QString>

namespace kasibi {

// How every paragraph of a Word package looks (word/styles.xml: Times New Roman 14 pt, the
// headings under Word's own names so that its navigation pane and table of contents see them,
// the table and comment styles) and the document's settings (word/settings.xml).
class DocxStyles {
public:
    // language: the document's, "kk" or "ru", for Word's spelling check.
    static QByteArray styles(const QString& language);
    static QByteArray settings();
};

} // namespace kasibi
