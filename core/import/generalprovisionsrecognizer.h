#pragma once

#include "core/import/labelvariants.h"
#include "core/import/recognitioncontext.h"

namespace kasibi {

// Reads chapter 1 of a standard, the general provisions: its scope, and its terms and
// abbreviations printed as «term – definition» lines.
class GeneralProvisionsRecognizer {
public:
    explicit GeneralProvisionsRecognizer(RecognitionContext& context) : m_context(context) {}

    // Whether the label is one of chapter 1's; the text that follows then fills its field.
    bool begin(const LabelVariants::Match& match);
    // Whether the text (its lines cleaned) fills a field of chapter 1.
    bool fill(const QString& clean);

private:
    void pairs(const QString& clean);

    RecognitionContext& m_context;
};

} // namespace kasibi
