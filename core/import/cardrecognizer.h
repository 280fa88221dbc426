#pragma once

#include "core/import/labelvariants.h"
#include "core/import/laborfunctionrecognizer.h"
#include "core/import/listitemsplitter.h"
#include "core/import/recognitioncontext.h"

#include <QRegularExpressionMatch>

namespace kasibi {

// Reads chapter 3 of a standard, the profession cards: each card's NKZ codes, name, ORK and NRK
// levels, education, lists and related professions, with a LaborFunctionRecognizer for its
// labour functions. A card ends at the next card's label or at what follows chapter 3; it is
// then completed: its name from its heading, its functions' kinds, and a note of what the 2023
// card has and the source does not.
class CardRecognizer {
public:
    explicit CardRecognizer(RecognitionContext& context)
        : m_context(context), m_functions(context) {}

    // Whether a card is being read: a card's labels mean nothing outside one.
    bool hasCard() const { return !m_card.isEmpty(); }
    // Whether the label is one of chapter 3's; the text that follows then fills its field.
    bool begin(const LabelVariants::Match& match);
    // Whether the paragraph fills a field or a list of the card: text as read, clean its lines
    // cleaned, line them joined.
    bool fill(const QString& text, const QString& clean, const QString& line);
    // The list being read, into the card's items.
    void finishLists();
    // The card being read, completed.
    void finish();

private:
    void occupationCode(const QString& line);
    void groupCode(const QString& line);
    void level(const QString& line, const QString& field);
    void educationFromLevel(const QString& text);
    void related(const QString& rawLine);

    RecognitionContext& m_context;
    LaborFunctionRecognizer m_functions;
    ListItemSplitter m_items;
    QString m_card, m_cardWhere, m_cardHeading, m_education;
    // A related profession's level, NRK level and code, read from the cells before its name.
    QRegularExpressionMatch m_pendingLevel;
    QString m_pendingNrk, m_pendingCode;
};

} // namespace kasibi
