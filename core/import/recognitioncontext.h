#pragma once

#include "core/import/importreport.h"
#include "core/import/listitemsplitter.h"
#include "core/import/standardlabel.h"
#include "core/model/documenttree.h"
#include "core/model/phrase.h"

#include <QString>

#include <optional>

namespace kasibi {

// What the readers of a standard's chapters share while one document is recognised: the tree
// they build, the report, where the paragraph being read stands, which field its text fills,
// and the two extra sections that keep what has no place in the 2023 structure.
class RecognitionContext {
public:
    // A paragraph's text kept to be placed later, with where it stood.
    struct Printed {
        QString text;
        QString where;
    };

    RecognitionContext(QString source, QString language);

    DocumentTree tree;
    ImportReport report;
    const QString source;   // the file's name, the start of each note's place
    const QString language; // "kk" or "ru": every text read goes in it
    const QString standard; // the standard's id
    QString where;          // the place of the paragraph being read
    QString labelText;      // the paragraph of the last label, as printed
    // What the text that follows fills; none before the first label.
    std::optional<StandardLabel> target;
    bool restTaken = false; // the text after the label on its line is read: do not fill it
    ListItemSplitter items; // the list being read (abilities, knowledge, other names...)

    QString add(const QString& parent, const QString& role, const QString& kind);
    QString addItem(const QString& parent, const QString& role, const QString& text);
    // The text appended to the field's text in the document's language, after the separator.
    void appendText(const QString& id, const QString& field, const QString& text,
                    const QString& separator);
    void setValue(const QString& id, const QString& field, const QString& value);
    void note(ImportNote::Kind kind, const QString& id, const QString& field,
              const QString& message);
    // A field as printed: its label and the value read from it.
    QString printed(const QString& value) const;
    // Text no label claims, kept in "Unplaced text" for the author to move.
    void unplaced(const QString& text);
    // A field of the older template the 2023 structure has no place for, kept as printed in an
    // extra section, with why.
    void legacy(const QString& text, const QString& why);

private:
    QString section(QString& id, const Phrase& title);

    QString m_unplaced, m_legacy;
};

} // namespace kasibi
