#include "core/import/generalprovisionsrecognizer.h"

#include "core/import/printedtext.h"
#include "core/model/schema.h"

#include <QRegularExpression>

namespace kasibi {

bool GeneralProvisionsRecognizer::begin(const LabelVariants::Match& match) {
    switch (match.label) {
    case StandardLabel::GeneralProvisions:
    case StandardLabel::Scope:
        m_context.target = StandardLabel::Scope;
        return true;
    case StandardLabel::Terms:
        m_context.target = StandardLabel::Terms;
        return true;
    case StandardLabel::Abbreviations:
        m_context.target = StandardLabel::Abbreviations;
        return true;
    default:
        return false;
    }
}

bool GeneralProvisionsRecognizer::fill(const QString& clean) {
    switch (*m_context.target) {
    case StandardLabel::Scope:
        m_context.appendText(m_context.standard, Field::Scope,
                             PrintedText::withoutItemNumber(clean), QStringLiteral("\n"));
        return true;
    case StandardLabel::Terms:
    case StandardLabel::Abbreviations:
        pairs(clean);
        return true;
    default:
        return false;
    }
}

// «Term – definition» lines of the glossary or of the abbreviations.
void GeneralProvisionsRecognizer::pairs(const QString& clean) {
    static const QRegularExpression separator(QStringLiteral("\\s*[–—]\\s*|\\s+-\\s+|:\\s"));
    const bool terms = m_context.target == StandardLabel::Terms;
    for (const QString& rawLine : clean.split(QLatin1Char('\n'))) {
        const QString line = ListItemSplitter::withoutMarker(rawLine).trimmed();
        const QRegularExpressionMatch found = separator.match(line);
        if (!found.hasMatch() || found.capturedStart() == 0) {
            m_context.unplaced(rawLine);
            continue;
        }
        const QString id =
            m_context.add(m_context.standard, terms ? Role::Terms : Role::Abbreviations,
                          terms ? Kind::Term : Kind::Abbreviation);
        m_context.appendText(id, terms ? Field::Term : Field::Abbreviation,
                             line.left(found.capturedStart()).trimmed(), {});
        // The list's punctuation («;» between items, «.» at the end) is the layout's.
        QString definition = line.mid(found.capturedEnd()).trimmed();
        if (definition.endsWith(QLatin1Char(';')) || definition.endsWith(QLatin1Char('.')))
            definition.chop(1);
        m_context.appendText(id, terms ? Field::Definition : Field::Expansion, definition, {});
    }
}

} // namespace kasibi
