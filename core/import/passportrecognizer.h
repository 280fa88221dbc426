#pragma once

#include "core/import/labelvariants.h"
#include "core/import/recognitioncontext.h"

#include <QVector>

namespace kasibi {

// Reads chapter 2 of a standard, the passport: the standard's name, its code (the serial
// number, and the OKED section when no OKED entry gives it), its OKED entries, the description,
// and the printed list of cards, which is kept only when it names something the cards do not.
class PassportRecognizer {
public:
    explicit PassportRecognizer(RecognitionContext& context) : m_context(context) {}

    // Whether the label is one of chapter 2's; the text that follows then fills its field.
    bool begin(const LabelVariants::Match& match);
    // Whether the text (its lines cleaned; line: them joined) fills a field of chapter 2.
    bool fill(const QString& clean, const QString& line);
    // After the cards are read: the printed list of cards checked against them.
    void finish();

private:
    void standardCode(const QString& line);
    void oked(const QString& clean);

    RecognitionContext& m_context;
    QVector<RecognitionContext::Printed> m_cardList;
};

} // namespace kasibi
