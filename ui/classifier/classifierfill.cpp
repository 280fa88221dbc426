#include "ui/classifier/classifierfill.h"

#include "core/model/schema.h"
#include "ui/commands/editsession.h"

#include <optional>

namespace kasibi {

namespace {

struct Change {
    QString field;
    QString language;
    QString value;
};

// The OKED levels as the passport names them, by ClassifierEntry::level.
QString okedLevel(int level) {
    static const char* names[] = {"section", "division", "group", "class", "subclass"};
    return level >= 1 && level <= 5
               ? QStringLiteral("passport/oked/") + QLatin1String(names[level - 1])
               : QString();
}

int apply(EditSession* session, const QString& nodeId, const QVector<Change>& changes,
          const QString& text) {
    const DocumentTree& tree = session->tree();
    if (!tree.node(nodeId)) return -1;
    QVector<Change> needed;
    for (const Change& change : changes)
        if (tree.value(nodeId, change.field, change.language) != change.value) needed << change;
    if (needed.isEmpty()) return 0;
    bool ok = true;
    {
        const EditSession::Step step(session, text);
        for (const Change& change : std::as_const(needed))
            ok = session->setValue(nodeId, change.field, change.language,
                                   change.value.isEmpty() ? std::nullopt
                                                          : std::optional<QString>(change.value)) &&
                 ok;
    }
    return ok ? int(needed.size()) : -1;
}

} // namespace

int ClassifierFill::fillOked(EditSession* session, const QString& standardId,
                             const QVector<ClassifierEntry>& chain) {
    if (chain.isEmpty()) return 0;
    QVector<Change> changes;
    for (const ClassifierEntry& entry : chain) {
        const QString prefix = okedLevel(entry.level);
        if (prefix.isEmpty()) continue;
        changes << Change{prefix + QStringLiteral("/code"), {}, entry.code};
        // An edition without names in one language leaves what the author wrote there.
        for (const QString& language : {QStringLiteral("kk"), QStringLiteral("ru")})
            if (!entry.name(language).isEmpty())
                changes << Change{prefix + QStringLiteral("/name"), language, entry.name(language)};
    }
    return apply(session, standardId, changes, tr("Fill in OKED %1").arg(chain.first().code));
}

int ClassifierFill::fillOccupation(EditSession* session, const QString& elementId,
                                   const QVector<ClassifierEntry>& chain) {
    if (chain.isEmpty()) return 0;
    const ClassifierEntry& occupation = chain.first();
    QVector<Change> changes{{Field::NkzOccupationCode, {}, occupation.code}};
    // A card keeps its unit group's code too; a related profession only the occupation's.
    const Node* node = session->tree().node(elementId);
    const KindSpec* spec = node ? Schema::kind(node->kind) : nullptr;
    if (spec && spec->field(Field::NkzGroupCode))
        for (const ClassifierEntry& entry : chain)
            if (entry.level == 4) changes << Change{Field::NkzGroupCode, {}, entry.code};
    for (const QString& language : {QStringLiteral("kk"), QStringLiteral("ru")})
        if (!occupation.name(language).isEmpty())
            changes << Change{Field::Name, language, occupation.name(language)};
    return apply(session, elementId, changes, tr("Fill in NKZ %1").arg(occupation.code));
}

} // namespace kasibi
