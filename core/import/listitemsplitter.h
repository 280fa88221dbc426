#pragma once

#include <QString>
#include <QStringList>

namespace kasibi {

// Turns the paragraphs of a printed list (abilities, knowledge, other names) into its items,
// as a reader counts them: one item a paragraph or a line of one; list markers («1.», «1)»,
// «-», «•», «а)») taken off; a lone «-» means none; a line that starts in lower case or with
// «(», or is a lone abbreviation, after a line without final punctuation, continues the
// item before it (a wrap left by a conversion from PDF); «1. … 2. Capital…» is two items.
class ListItemSplitter {
public:
    void add(const QString& paragraphText);
    const QStringList& items() const { return m_items; }
    bool isEmpty() const { return m_items.isEmpty(); }

    // Tabs and runs of spaces made one space; trimmed.
    static QString normalized(const QString& text);
    // The text without a list marker in front.
    static QString withoutMarker(const QString& text, int* number = nullptr);

private:
    QStringList m_items;
};

} // namespace kasibi
