#pragma once

#include "core/classifier/classifierentry.h"

#include <QCoreApplication>
#include <QVector>

namespace kasibi {

class EditSession;

// Puts a classifier entry chosen in the look-up into the standard: the OKED subclass with its
// class, group, division and section, or the NKZ occupation with its name (and, on a card, its
// unit group), codes and names in both languages. One undo step however many fields change.
class ClassifierFill {
    Q_DECLARE_TR_FUNCTIONS(ClassifierFill)
public:
    // chain: the entry and its ancestors, narrowest first (ClassifierStore::chain). Return the
    // number of fields changed (0 when all were already so); -1 when a change was refused.
    static int fillOked(EditSession* session, const QString& standardId,
                        const QVector<ClassifierEntry>& chain);
    // elementId: a profession card or a related profession.
    static int fillOccupation(EditSession* session, const QString& elementId,
                              const QVector<ClassifierEntry>& chain);
};

} // namespace kasibi
