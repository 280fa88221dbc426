#pragma once

#include "core/import/labelvariants.h"
#include "core/import/recognitioncontext.h"

#include <QSet>
#include <QStringList>
#include <QVector>

namespace kasibi {

// Reads the labour functions of a profession card: the list of functions (which older templates
// print with their kinds, mandatory or additional), then each function's block of skills with
// their abilities and knowledge. Older templates print tasks for skills, or no skills at all;
// each such mapping is noted once a document.
class LaborFunctionRecognizer {
public:
    explicit LaborFunctionRecognizer(RecognitionContext& context) : m_context(context) {}

    // Whether the label is one of the labour functions' in the card; the text that follows then
    // fills its field.
    bool begin(const LabelVariants::Match& match, const QString& card);
    // Whether the line fills a function's or a skill's name.
    bool fill(const QString& line);
    // The items of a list just read, when the target is a list of the functions or skills.
    void addList(StandardLabel target, const QStringList& items);
    // At the card's end: each function's kind from the list printed above the blocks, the
    // functions listed without a block added.
    void finish(const QString& card);

private:
    struct ListEntry {
        QString name;
        QString kind;
        QString where;
    };

    void startFunction(const QString& card);
    void ensureSkill(const QString& card);

    RecognitionContext& m_context;
    QString m_function, m_skill;
    QString m_listKind; // of the list being read: "mandatory", "additional" or "" when not told
    QVector<ListEntry> m_functionList;
    QSet<QString> m_additional; // the functions Kasibi's layout marks additional
    bool m_taskNoted = false, m_implicitSkillNoted = false, m_abilitiesAndSkillsNoted = false;
};

} // namespace kasibi
