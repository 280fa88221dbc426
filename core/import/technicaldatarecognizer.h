#pragma once

#include "core/import/labelvariants.h"
#include "core/import/recognitioncontext.h"
#include "core/import/textpiece.h"

namespace kasibi {

// Reads chapter 4 of a standard, the technical data: the state body, the developers with their
// contact persons, the sectoral council's protocol, the dates of the National body's conclusion
// and of Atameken's recommendation, the version and the planned update.
class TechnicalDataRecognizer {
public:
    explicit TechnicalDataRecognizer(RecognitionContext& context) : m_context(context) {}

    // Whether the label is one of chapter 4's; the text that follows then fills its field.
    bool begin(const LabelVariants::Match& match, const TextPiece& piece);
    // Whether the line (the paragraph's lines joined) fills a field of chapter 4.
    bool fill(const QString& line, const TextPiece& piece);
    // After the whole document: a state body it does not name is noted missing.
    void finish();

private:
    void contact(StandardLabel label, const QString& value);
    void developer(const QString& line, const TextPiece& piece);
    void sectoralCouncil(const QString& line);
    void dateField(const QString& line, const QString& field);
    void version(const QString& line);
    void plannedUpdate(const QString& line);

    RecognitionContext& m_context;
    QString m_organization; // the state body or the developer being read
    bool m_organizationHasContact = false;
    int m_developersCell = -1;
};

} // namespace kasibi
