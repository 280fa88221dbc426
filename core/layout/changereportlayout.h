#pragma once

#include "core/layout/standardlayout.h"
#include "core/lifecycle/change.h"
#include "core/model/documenttree.h"

#include <QDateTime>

namespace kasibi {

// The printed report of the changes between two states of one standard (rules 16-18): which
// states were compared, whether the change is significant and why, then every change grouped
// by chapter and profession card in the order of the standard, each at its place in words with
// the old and the new wording. Written by the DOCX and PDF writers like any layout.
class ChangeReportLayout {
public:
    // One of the two states compared: a saved version ("sent to the state body", its date), the
    // current content, or a file.
    struct State {
        QString name;
        QDateTime created; // invalid when the state has no date of its own
    };

    // `changes` as StandardDiff gives them; a change keeps typoFix only when it is taken as a
    // typo fix (confirmed by the user), so the verdict is ChangeSignificance::judge(changes).
    static StandardLayout build(const DocumentTree& older, const State& olderState,
                                const DocumentTree& newer, const State& newerState,
                                const QVector<Change>& changes, const QString& language);

    // Where an element (and its field) is, in words of the language ("kk" or "ru"):
    // "Карточка профессии «Машинист» › Трудовая функция «…» › Навык «…» › Знания".
    static QString placeInWords(const DocumentTree& tree, const QString& elementId,
                                const QString& field, const QString& language);
    // The reason for the verdict, in words of the language, citing rule 17 or 18.
    static QString verdictInWords(const DocumentTree& older, const DocumentTree& newer,
                                  const QVector<Change>& changes, const QString& language);
    // One change as the report prints it, in words of the language: its place, what happened
    // ("Изменено"), and the wording before and after (names of what was added or removed,
    // places or positions of what moved).
    struct Row {
        QString place;
        QString kind;
        QString before;
        QString after;
    };
    static Row rowOf(const Change& change, const DocumentTree& older, const DocumentTree& newer,
                     const QString& language);
    // What an element says: its name, or its text for a list item.
    static QString elementWording(const DocumentTree& tree, const QString& elementId,
                                  const QString& language);
    // 1-4: the chapter the change is in; 5: extra chapters and appendices.
    static int chapterOf(const Change& change);
    // The profession card the change is in, or "" outside the cards.
    static QString cardOf(const Change& change, const DocumentTree& older,
                          const DocumentTree& newer);
    // The changes in the order of the printed standard: chapters 1-4, cards by their number,
    // then extra chapters.
    static QVector<Change> inDocumentOrder(QVector<Change> changes);
};

} // namespace kasibi
