#include "core/import/passportrecognizer.h"

#include "core/classifier/classifiercodes.h"
#include "core/import/printedcodes.h"
#include "core/import/printedtext.h"
#include "core/import/standardrecognizer.h"
#include "core/model/schema.h"

#include <QRegularExpression>
#include <QSet>

namespace kasibi {

bool PassportRecognizer::begin(const LabelVariants::Match& match) {
    switch (match.label) {
    case StandardLabel::Passport:
        m_context.target.reset();
        return true;
    case StandardLabel::StandardName:
    case StandardLabel::StandardCode:
    case StandardLabel::Oked:
    case StandardLabel::Description:
    case StandardLabel::CardList:
        m_context.target = match.label;
        return true;
    default:
        return false;
    }
}

bool PassportRecognizer::fill(const QString& clean, const QString& line) {
    switch (*m_context.target) {
    case StandardLabel::StandardName:
        m_context.appendText(m_context.standard, Field::StandardName,
                             PrintedText::stripQuotes(line), QStringLiteral(" "));
        return true;
    case StandardLabel::StandardCode:
        standardCode(line);
        return true;
    case StandardLabel::Oked:
        oked(clean);
        return true;
    case StandardLabel::Description:
        m_context.appendText(m_context.standard, Field::Description, clean, QStringLiteral("\n"));
        return true;
    case StandardLabel::CardList:
        m_cardList << RecognitionContext::Printed{clean, m_context.where};
        return true;
    default:
        return false;
    }
}

void PassportRecognizer::standardCode(const QString& line) {
    if (PrintedText::isDash(line)) return;
    static const QRegularExpression serial(QLatin1Char('^') + PrintedCodes::serialNumber() +
                                           QLatin1Char('$'));
    static const QRegularExpression code(QLatin1Char('^') + PrintedCodes::standardCode() +
                                         QLatin1Char('$'));
    const QString& standard = m_context.standard;
    if (serial.match(line).hasMatch()) {
        m_context.setValue(standard, Field::SerialNumber, line);
    } else if (const QRegularExpressionMatch m = code.match(line); m.hasMatch()) {
        m_context.setValue(standard, Field::SerialNumber, m.captured(3));
        if (m_context.tree.value(standard, Field::OkedSectionCode).isEmpty())
            m_context.setValue(standard, Field::OkedSectionCode, m.captured(1));
    } else {
        m_context.legacy(m_context.printed(line),
                         StandardRecognizer::tr("the standard's number «%1» is not the serial "
                                                "number of the 2023 code (three digits); kept as "
                                                "printed")
                             .arg(line));
    }
}

void PassportRecognizer::oked(const QString& clean) {
    // An entry as printed: its code, perhaps a dash, its name, which stands apart from the code
    // of a division or a section. The deepest level is tried first.
    static const QVector<QRegularExpression> entries = [] {
        QVector<QRegularExpression> patterns;
        for (int level = ClassifierCodes::DeepestLevel; level >= 1; --level)
            patterns << QRegularExpression(QStringLiteral("^(") +
                                           ClassifierCodes::form(Classifier::Oked, level) +
                                           (level <= 2 ? QStringLiteral(")\\s*[-–—]?\\s+(.*)$")
                                                       : QStringLiteral(")\\s*[-–—]?\\s*(.*)$")));
        return patterns;
    }();
    static const QRegularExpression wordPrefix(
        QStringLiteral("^(?:Секция|Раздел|Группа|Класс|Подкласс|Бөлім|Топ|Сынып|Кіші сынып)"
                       "\\s*:?\\s*"),
        QRegularExpression::CaseInsensitiveOption);
    const QString& standard = m_context.standard;
    for (const QString& rawLine : clean.split(QLatin1Char('\n'))) {
        QString line = rawLine.trimmed();
        line.remove(wordPrefix);
        bool placed = false;
        for (int i = 0; i < entries.size(); ++i) {
            const QRegularExpressionMatch m = entries[i].match(line);
            if (!m.hasMatch()) continue;
            const QString prefix =
                Field::Oked + QLatin1Char('/') +
                ClassifierCodes::levelName(Classifier::Oked, ClassifierCodes::DeepestLevel - i);
            const QString known = m_context.tree.value(standard, prefix + QStringLiteral("/code"));
            if (!known.isEmpty() && known != m.captured(1)) break;
            m_context.setValue(standard, prefix + QStringLiteral("/code"), m.captured(1));
            m_context.appendText(standard, prefix + QStringLiteral("/name"),
                                 m.captured(2).trimmed(), {});
            placed = true;
            break;
        }
        if (!placed)
            m_context.legacy(rawLine,
                             StandardRecognizer::tr("an OKED entry printed without its code; the "
                                                    "2023 structure needs the codes of section, "
                                                    "division, group, class and subclass"));
    }
}

// The printed list of cards is made from the cards in the 2023 structure: kept only when it
// names something the cards do not.
void PassportRecognizer::finish() {
    if (m_cardList.isEmpty()) return;
    const DocumentTree& tree = m_context.tree;
    QSet<QString> names;
    for (const QString& card : tree.children(m_context.standard, Role::ProfessionCards))
        names.insert(PrintedText::comparable(tree.value(card, Field::Name, m_context.language)));
    static const QRegularExpression entry(
        QStringLiteral("^(?:\\d{1,3}\\)\\s*)?(.*?)\\s+[–—-]\\s+.*$"));
    // An entry may give the card's NKZ occupation code before its name, as Kasibi prints it.
    const auto named = [&](const QString& entryName) {
        if (names.contains(PrintedText::comparable(entryName))) return true;
        const QString code = entryName.section(QLatin1Char(' '), 0, 0);
        return ClassifierCodes::hasForm(Classifier::Nkz, ClassifierCodes::DeepestLevel, code) &&
               names.contains(PrintedText::comparable(entryName.section(QLatin1Char(' '), 1)));
    };
    bool matches = true;
    for (const RecognitionContext::Printed& printed : m_cardList)
        for (const QString& line : printed.text.split(QLatin1Char('\n'))) {
            const QRegularExpressionMatch m = entry.match(line);
            matches = matches && m.hasMatch() && named(m.captured(1));
        }
    if (matches) return;
    for (const RecognitionContext::Printed& printed : m_cardList) {
        m_context.where = printed.where;
        m_context.legacy(printed.text,
                         StandardRecognizer::tr("the list of cards is made from the cards in the "
                                                "2023 structure; the printed list is kept as it "
                                                "was"));
    }
}

} // namespace kasibi
